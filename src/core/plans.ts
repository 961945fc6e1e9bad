/**
 * The therapy plans, in one table, and the safety bounds a custom plan must respect.
 *
 * Sources (../shared/content/FACTS.md): ice ≤ 20 min per application, 10–15 typical, never more
 * [NHS-SS][MPFT-C][CUH]; repeat only once the skin is back to normal temperature, every 2–3 h
 * while awake, for the first 2–3 days [NHS-SS][MERSEY]; heat ~20 min on a low setting [MAYO],
 * 10–15 min up to 3 times a day [MPFT-H]. The seed's 20/20 cycle is a common routine with little
 * evidence [CC-2nd]; the NHS advises every 2–3 h ("Spaced cold").
 */
import type { CustomPlanInput, Modality, Plan, PlanId, PresetId, Settings, Step } from './types';
import { HOUR } from './types';

export const BOUNDS = {
  /** 20 min is a hard cap for cold: unwrapped ice over 20 min can burn [CUH][NHS-SS]. */
  ice: { min: 5, max: 20 },
  /** Heat ~20 min at a time [MAYO]; 10–15 min [MPFT-H]. No source supports longer at home. */
  heat: { min: 5, max: 20 },
  /**
   * At least 20 min, so skin is back to normal temperature before the next application
   * [NHS-SS][MPFT-C]; no source supports a shorter rest than the common 20/20 routine.
   */
  rest: { min: 20, max: 240 },
  /** Ice is for the first 2–3 days [NHS-SS][MERSEY]: every ice plan ends within 72 h. */
  windowHours: { min: 1, max: 72 },
} as const;

/** The spasm may have started up to 72 h before Start (the end of the acute window). */
export const MAX_INJURY_AGE_MS = 72 * HOUR;

/**
 * A rest right after an application may be skipped (a person's explicit choice) only once the
 * shortest rest we ever plan has passed: skipping never brings two applications closer than
 * `BOUNDS.rest.min`, so the skin has rewarmed [NHS-SS][MPFT-C]. In the 20/20 cycle that rest
 * cannot be skipped at all (it ends at 20 min anyway); a longer one can be ended from minute 20.
 */
export const SKIP_REST_AFTER_MINUTES: number = BOUNDS.rest.min;

/** An application ended after this long counts as done (the ice page: 10–15 min typical). */
export const DONE_AFTER_MINUTES = 10;

/**
 * Heat: ~20 min [MAYO], at most 3 times a day [MPFT-H], spaced through the waking day: 5 h apart
 * (e.g. 08:00, 13:00, 18:00), then 13 h 40 min overnight, so any 24 h holds at most 3 starts;
 * quiet hours (default 23:00–07:00) hold a due one until morning. It ends after 3 days, counted
 * from Start: the heat-wrap trials ran 2–3 days [COCH-HC][NADLER], and they are no licence for
 * more; see a GP or physio if there is no improvement after a few weeks [NHS-BP].
 */
export const HEAT_PLAN = { minutes: 20, perDay: 3, gapMinutes: 5 * 60, days: 3 } as const;

function heatDay(): Step[] {
  const { minutes, perDay, gapMinutes } = HEAT_PLAN;
  const steps: Step[] = [];
  for (let i = 0; i < perDay; i++) {
    const last = i === perDay - 1;
    steps.push({ kind: 'apply', modality: 'heat', minutes });
    // The day's rests add up to 24 h with the applications: a cycle is exactly one day.
    const rest = last ? 24 * 60 - (perDay - 1) * gapMinutes - minutes : gapMinutes - minutes;
    steps.push({ kind: 'rest', minutes: rest });
  }
  return steps;
}

export const PRESETS: Readonly<Record<PresetId, (acuteWindowHours: 48 | 72) => Plan>> = {
  // Named "20/20 cycle" on screen: a common routine with little evidence [CC-2nd].
  guide: (acuteWindowHours) => ({
    id: 'guide',
    steps: [
      { kind: 'apply', modality: 'ice', minutes: 20 },
      { kind: 'rest', minutes: 20 },
    ],
    windowHours: acuteWindowHours,
    afterWindow: 'suggestHeat',
  }),
  // "Every 2 h while awake": 20 min on, 100 min off, start to start 2 h [NHS-SS][CUH].
  spaced: () => ({
    id: 'spaced',
    steps: [
      { kind: 'apply', modality: 'ice', minutes: 20 },
      { kind: 'rest', minutes: 100 },
    ],
    windowHours: 72,
    afterWindow: 'suggestHeat',
  }),
  heat: () => ({
    id: 'heat',
    steps: heatDay(),
    windowHours: HEAT_PLAN.days * 24,
    afterWindow: 'none',
  }),
};

/**
 * Where a plan's window is counted from. Ice windows are the acute days after the spasm started;
 * heat may follow a spasm of any age, so its window counts from Start.
 */
export function windowAnchor(plan: Plan): 'injury' | 'start' {
  return plan.steps.some((step) => step.kind === 'apply' && step.modality === 'ice')
    ? 'injury'
    : 'start';
}

export type CustomField = 'applyMinutes' | 'restMinutes' | 'windowHours';

export interface CustomError {
  readonly field: CustomField;
  readonly code: 'tooShort' | 'tooLong' | 'notANumber' | 'untilStopped';
  readonly min: number;
  readonly max: number;
}

export type PlanResult =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly errors: readonly CustomError[] };

function checkRange(
  field: CustomField,
  value: unknown,
  min: number,
  max: number,
): CustomError | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isInteger(value)) {
    return { field, code: 'notANumber', min, max };
  }
  if (value < min) return { field, code: 'tooShort', min, max };
  if (value > max) return { field, code: 'tooLong', min, max };
  return null;
}

function isModality(value: unknown): value is Modality {
  return value === 'ice' || value === 'heat';
}

/** Validates a custom plan against the safety bounds; every broken field is reported. */
export function validateCustom(input: CustomPlanInput): PlanResult {
  const modality: Modality = isModality(input.modality) ? input.modality : 'ice';
  const apply = BOUNDS[modality];
  const { min, max } = BOUNDS.windowHours;
  const errors = [
    checkRange('applyMinutes', input.applyMinutes, apply.min, apply.max),
    checkRange('restMinutes', input.restMinutes, BOUNDS.rest.min, BOUNDS.rest.max),
    // Ice always ends within 72 h; only heat may run until stopped.
    input.windowHours === null && modality === 'heat'
      ? null
      : input.windowHours === null
        ? { field: 'windowHours' as const, code: 'untilStopped' as const, min, max }
        : checkRange('windowHours', input.windowHours, min, max),
  ].filter((e): e is CustomError => e !== null);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    plan: {
      id: 'custom',
      steps: [
        { kind: 'apply', modality, minutes: input.applyMinutes },
        { kind: 'rest', minutes: input.restMinutes },
      ],
      windowHours: input.windowHours,
      afterWindow: modality === 'ice' ? 'suggestHeat' : 'none',
    },
  };
}

function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}

/**
 * A custom plan brought within today's bounds (settings stored under older, looser bounds):
 * an application is shortened to the cap, a rest lengthened to the minimum, and an ice plan
 * that ran "until stopped" ends at 72 h.
 */
export function repairCustom(input: CustomPlanInput, fallback: CustomPlanInput): CustomPlanInput {
  const modality: Modality = isModality(input.modality) ? input.modality : fallback.modality;
  const apply = BOUNDS[modality];
  const { min, max } = BOUNDS.windowHours;
  const open = input.windowHours === null && modality === 'heat';
  return {
    modality,
    applyMinutes: clampInt(
      input.applyMinutes,
      apply.min,
      apply.max,
      Math.min(fallback.applyMinutes, apply.max),
    ),
    restMinutes: clampInt(
      input.restMinutes,
      BOUNDS.rest.min,
      BOUNDS.rest.max,
      fallback.restMinutes,
    ),
    windowHours: open ? null : clampInt(input.windowHours, min, max, max),
  };
}

/** The plan a session starts with: a preset, or the validated custom plan. */
export function planFor(planId: PlanId, settings: Settings, custom?: CustomPlanInput): PlanResult {
  if (planId === 'custom') return validateCustom(custom ?? settings.custom);
  // An id from a message is only typed, not checked: `toString` or `__proto__` is no preset.
  if (!Object.hasOwn(PRESETS, planId)) return { ok: false, errors: [] };
  return { ok: true, plan: PRESETS[planId](settings.acuteWindowHours) };
}

function samePlan(a: Plan, b: Plan): boolean {
  return (
    a.id === b.id &&
    a.windowHours === b.windowHours &&
    a.afterWindow === b.afterWindow &&
    a.steps.length === b.steps.length &&
    a.steps.every((step, i) => {
      const other = b.steps[i];
      return (
        other !== undefined &&
        step.kind === other.kind &&
        step.minutes === other.minutes &&
        (step.kind === 'rest' || (other.kind === 'apply' && step.modality === other.modality))
      );
    })
  );
}

/**
 * True when a stored plan is a current preset exactly, or a custom plan within the bounds (a
 * corrupted, hand-edited or older plan may be neither; see `repairPlan`).
 */
export function isSafePlan(plan: Plan): boolean {
  if (plan.id !== 'custom') {
    return ([48, 72] as const).some((hours) => samePlan(plan, PRESETS[plan.id as PresetId](hours)));
  }
  const [apply, rest] = plan.steps;
  if (plan.steps.length !== 2 || apply?.kind !== 'apply' || rest?.kind !== 'rest') return false;
  return validateCustom({
    modality: apply.modality,
    applyMinutes: apply.minutes,
    restMinutes: rest.minutes,
    windowHours: plan.windowHours,
  }).ok;
}

/**
 * The safe plan a stored one becomes: a preset is replaced by today's preset of that id (the old
 * "heat 20 / rest 60 until stopped" becomes the 3-a-day heat plan; the 20/20 cycle keeps its
 * 48 or 72 h); a custom [application, rest] plan is brought within the bounds. Null when the
 * plan cannot be read as either. Every preset and custom plan alternates application and rest
 * from step 0, so a session's step index keeps its meaning (an application stays one).
 */
export function repairPlan(plan: Plan): Plan | null {
  if (isSafePlan(plan)) return plan;
  if (plan.id !== 'custom') {
    return PRESETS[plan.id as PresetId](plan.windowHours === 72 ? 72 : 48);
  }
  const [apply, rest] = plan.steps;
  if (plan.steps.length !== 2 || apply?.kind !== 'apply' || rest?.kind !== 'rest') return null;
  const input = repairCustom(
    {
      modality: apply.modality,
      applyMinutes: apply.minutes,
      restMinutes: rest.minutes,
      windowHours: plan.windowHours,
    },
    { modality: apply.modality, applyMinutes: 15, restMinutes: 120, windowHours: 72 },
  );
  const repaired = validateCustom(input);
  return repaired.ok ? repaired.plan : null;
}

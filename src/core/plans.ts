/**
 * The therapy plans, in one table, and the safety bounds a custom plan must respect.
 *
 * Sources (../shared/content/FACTS.md): ice ≤ 20 min per application, never more [NHS-SS][CUH];
 * repeat only once the skin is back to normal temperature; heat ~20 min on a low setting [MAYO].
 * The seed's 20/20 cycle is a convention, not evidence; the NHS advises every 2–3 h ("Spaced cold").
 */
import type { CustomPlanInput, Modality, Plan, PlanId, PresetId, Settings } from './types';
import { HOUR } from './types';

export const BOUNDS = {
  /** 20 min is a hard cap for cold: unwrapped ice over 20 min can burn [CUH]. */
  ice: { min: 5, max: 20 },
  heat: { min: 5, max: 30 },
  /** Never shorter than 10 min, so skin can rewarm after an application. */
  rest: { min: 10, max: 240 },
  windowHours: { min: 1, max: 72 },
} as const;

/** The spasm may have started up to 72 h before Start (the end of the acute window). */
export const MAX_INJURY_AGE_MS = 72 * HOUR;

export const PRESETS: Readonly<Record<PresetId, (acuteWindowHours: 48 | 72) => Plan>> = {
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
    steps: [
      { kind: 'apply', modality: 'heat', minutes: 20 },
      { kind: 'rest', minutes: 60 },
    ],
    windowHours: null,
    afterWindow: 'none',
  }),
};

export type CustomField = 'applyMinutes' | 'restMinutes' | 'windowHours';

export interface CustomError {
  readonly field: CustomField;
  readonly code: 'tooShort' | 'tooLong' | 'notANumber';
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
  const errors = [
    checkRange('applyMinutes', input.applyMinutes, apply.min, apply.max),
    checkRange('restMinutes', input.restMinutes, BOUNDS.rest.min, BOUNDS.rest.max),
    input.windowHours === null
      ? null
      : checkRange(
          'windowHours',
          input.windowHours,
          BOUNDS.windowHours.min,
          BOUNDS.windowHours.max,
        ),
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

/** The plan a session starts with: a preset, or the validated custom plan. */
export function planFor(planId: PlanId, settings: Settings, custom?: CustomPlanInput): PlanResult {
  if (planId === 'custom') return validateCustom(custom ?? settings.custom);
  // An id from a message is only typed, not checked: `toString` or `__proto__` is no preset.
  if (!Object.hasOwn(PRESETS, planId)) return { ok: false, errors: [] };
  return { ok: true, plan: PRESETS[planId](settings.acuteWindowHours) };
}

/** True when a stored plan still respects the bounds (a corrupted or hand-edited one may not). */
export function isSafePlan(plan: Plan): boolean {
  if (plan.steps.length === 0 || plan.steps.length > 8) return false;
  let previousWasApply = plan.steps[plan.steps.length - 1]?.kind === 'apply';
  for (const step of plan.steps) {
    const bounds = step.kind === 'rest' ? BOUNDS.rest : BOUNDS[step.modality];
    if (!Number.isInteger(step.minutes) || step.minutes < bounds.min || step.minutes > bounds.max) {
      return false;
    }
    // An application must always be followed by a rest (skin rewarms between applications).
    if (step.kind === 'apply' && previousWasApply) return false;
    previousWasApply = step.kind === 'apply';
  }
  const w = plan.windowHours;
  return w === null || (Number.isInteger(w) && w >= 1 && w <= BOUNDS.windowHours.max);
}

import type {
  Effect,
  EngineEvent,
  HistoryEntry,
  Ms,
  Plan,
  PlanId,
  Session,
  Settings,
  TransitionResult,
} from '../../src/core';
import { DEFAULT_SETTINGS, HOUR, transition } from '../../src/core';

export const t0 = Date.UTC(2026, 0, 5, 9);

export function settingsWith(patch: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...patch };
}

export function started(
  planId: PlanId = 'guide',
  opts: { now?: Ms; injuryAgo?: Ms; settings?: Settings } = {},
): Session {
  const now = opts.now ?? t0;
  const r = transition(
    null,
    { type: 'start', planId, injuryAt: now - (opts.injuryAgo ?? 3 * HOUR), id: 's1' },
    now,
    opts.settings ?? DEFAULT_SETTINGS,
  );
  if (r.session === null || r.error) throw new Error(`start failed: ${r.error}`);
  return r.session;
}

/** Applies an event and asserts it was accepted. */
export function apply(
  session: Session | null,
  event: EngineEvent,
  now: Ms,
  settings: Settings = DEFAULT_SETTINGS,
): TransitionResult {
  const r = transition(session, event, now, settings);
  if (r.error) throw new Error(`${event.type} refused: ${r.error}`);
  return r;
}

export function notifications(r: TransitionResult): string[] {
  return r.effects.flatMap((e) => (e.type === 'notify' ? [e.notify.kind] : []));
}

export function alarmOf(r: TransitionResult): Ms | null | undefined {
  const alarms = r.effects.filter((e) => e.type === 'alarm');
  if (alarms.length !== 1)
    throw new Error(`expected exactly one alarm effect, got ${alarms.length}`);
  const a = alarms[0];
  return a?.type === 'alarm' ? a.when : undefined;
}

export function logsOf(effects: readonly Effect[]): HistoryEntry[] {
  return effects.flatMap((e) => (e.type === 'log' ? [e.entry] : []));
}

/** A two-step [application, rest] plan, as stored; `oldHeatPlan` is the heat preset before issue 11. */
export function twoStepPlan(
  id: PlanId,
  modality: 'ice' | 'heat',
  on: number,
  off: number,
  windowHours: number | null,
): Plan {
  return {
    id,
    steps: [
      { kind: 'apply', modality, minutes: on },
      { kind: 'rest', minutes: off },
    ],
    windowHours,
    afterWindow: modality === 'ice' ? 'suggestHeat' : 'none',
  };
}

export const oldHeatPlan: Plan = twoStepPlan('heat', 'heat', 20, 60, null);

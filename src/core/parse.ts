/**
 * Stored data goes through these parsers. They never throw: a broken part falls back to its
 * default alone and `reset` says that something had to be repaired.
 */
import { BOUNDS, isSafePlan } from './plans';
import type { HistoryEntry, Plan, PlanId, Session, Settings, Step } from './types';

export const HISTORY_CAP = 2000;

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: 1,
  planId: 'guide',
  acuteWindowHours: 48,
  custom: { modality: 'ice', applyMinutes: 15, restMinutes: 120, windowHours: 72 },
  autoStart: false,
  reminderEveryMinutes: 5,
  reminderMaxCount: 6,
  badge: true,
  sound: true,
};

export interface Parsed<T> {
  readonly value: T;
  readonly reset: boolean;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isInt(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}
function isInstant(v: unknown): v is number {
  // Any finite instant between 2000 and 2200.
  return (
    typeof v === 'number' && Number.isFinite(v) && v >= 946_684_800_000 && v <= 7_258_118_400_000
  );
}
function isPlanId(v: unknown): v is PlanId {
  return v === 'guide' || v === 'spaced' || v === 'heat' || v === 'custom';
}

export function parseSettings(raw: unknown): Parsed<Settings> {
  const d = DEFAULT_SETTINGS;
  if (raw === undefined || raw === null) return { value: d, reset: false };
  if (!isObj(raw)) return { value: d, reset: true };
  let reset = false;
  function pick<T>(ok: boolean, value: unknown, fallback: T, present = value !== undefined): T {
    if (ok) return value as T;
    if (present) reset = true;
    return fallback;
  }
  const c = isObj(raw.custom) ? raw.custom : {};
  if (raw.custom !== undefined && !isObj(raw.custom)) reset = true;
  const modality = pick(
    c.modality === 'ice' || c.modality === 'heat',
    c.modality,
    d.custom.modality,
  );
  const applyBounds = BOUNDS[modality];
  const value: Settings = {
    schemaVersion: 1,
    planId: pick(isPlanId(raw.planId), raw.planId, d.planId),
    acuteWindowHours: pick(
      raw.acuteWindowHours === 48 || raw.acuteWindowHours === 72,
      raw.acuteWindowHours,
      d.acuteWindowHours,
    ),
    custom: {
      modality,
      applyMinutes: pick(
        isInt(c.applyMinutes, applyBounds.min, applyBounds.max),
        c.applyMinutes,
        Math.min(d.custom.applyMinutes, applyBounds.max),
      ),
      restMinutes: pick(
        isInt(c.restMinutes, BOUNDS.rest.min, BOUNDS.rest.max),
        c.restMinutes,
        d.custom.restMinutes,
      ),
      windowHours: pick(
        c.windowHours === null ||
          isInt(c.windowHours, BOUNDS.windowHours.min, BOUNDS.windowHours.max),
        c.windowHours,
        d.custom.windowHours,
      ),
    },
    autoStart: pick(typeof raw.autoStart === 'boolean', raw.autoStart, d.autoStart),
    reminderEveryMinutes: pick(
      isInt(raw.reminderEveryMinutes, 1, 60),
      raw.reminderEveryMinutes,
      d.reminderEveryMinutes,
    ),
    reminderMaxCount: pick(
      isInt(raw.reminderMaxCount, 0, 20),
      raw.reminderMaxCount,
      d.reminderMaxCount,
    ),
    badge: pick(typeof raw.badge === 'boolean', raw.badge, d.badge),
    sound: pick(typeof raw.sound === 'boolean', raw.sound, d.sound),
  };
  return { value, reset };
}

function parseStep(v: unknown): Step | null {
  if (!isObj(v) || typeof v.minutes !== 'number') return null;
  if (v.kind === 'rest') return { kind: 'rest', minutes: v.minutes };
  if (v.kind === 'apply' && (v.modality === 'ice' || v.modality === 'heat')) {
    return { kind: 'apply', modality: v.modality, minutes: v.minutes };
  }
  return null;
}

function parsePlan(v: unknown): Plan | null {
  if (!isObj(v) || !isPlanId(v.id) || !Array.isArray(v.steps)) return null;
  if (v.afterWindow !== 'suggestHeat' && v.afterWindow !== 'none') return null;
  if (v.windowHours !== null && typeof v.windowHours !== 'number') return null;
  const steps = v.steps.map(parseStep);
  if (steps.some((s) => s === null)) return null;
  const plan: Plan = {
    id: v.id,
    steps: steps as Step[],
    windowHours: v.windowHours as number | null,
    afterWindow: v.afterWindow,
  };
  return isSafePlan(plan) ? plan : null;
}

/** A session that is not wholly valid is dropped (a half-valid timer could give a wrong alert). */
export function parseSession(raw: unknown): Parsed<Session | null> {
  if (raw === undefined || raw === null) return { value: null, reset: false };
  const bad = { value: null, reset: true } as const;
  if (!isObj(raw) || raw.schemaVersion !== 1 || typeof raw.id !== 'string' || raw.id.length > 100) {
    return bad;
  }
  const plan = parsePlan(raw.plan);
  if (plan === null) return bad;
  const { status } = raw;
  if (status !== 'running' && status !== 'due' && status !== 'paused' && status !== 'done')
    return bad;
  if (!isInstant(raw.injuryAt) || !isInstant(raw.startedAt) || !isInstant(raw.phaseStartedAt))
    return bad;
  if (!isInt(raw.stepIndex, 0, 1_000_000) || !isInt(raw.applicationsDone, 0, 1_000_000)) return bad;
  const optInstant = (v: unknown): v is number | null => v === null || isInstant(v);
  if (!optInstant(raw.phaseEndsAt) || !optInstant(raw.pausedAt) || !optInstant(raw.snoozedUntil))
    return bad;
  if (!optInstant(raw.endedAt)) return bad;
  const pausedStatus = raw.pausedStatus;
  if (pausedStatus !== null && pausedStatus !== 'running' && pausedStatus !== 'due') return bad;
  if (raw.lastAlert !== null && (typeof raw.lastAlert !== 'string' || raw.lastAlert.length > 200))
    return bad;
  const s: Session = {
    schemaVersion: 1,
    id: raw.id,
    plan,
    injuryAt: raw.injuryAt,
    startedAt: raw.startedAt,
    stepIndex: raw.stepIndex,
    status,
    phaseStartedAt: raw.phaseStartedAt,
    phaseEndsAt: raw.phaseEndsAt,
    pausedAt: raw.pausedAt,
    pausedStatus,
    snoozedUntil: raw.snoozedUntil,
    endedAt: raw.endedAt,
    applicationsDone: raw.applicationsDone,
    lastAlert: raw.lastAlert,
  };
  return isConsistent(s) ? { value: s, reset: false } : bad;
}

function isConsistent(s: Session): boolean {
  if (s.injuryAt > s.startedAt) return false;
  const step = s.plan.steps[s.stepIndex % s.plan.steps.length];
  if (step === undefined) return false;
  const length = step.minutes * 60_000;
  switch (s.status) {
    case 'running':
      // An application can never be stored running past its cap.
      return (
        s.phaseEndsAt !== null &&
        s.phaseEndsAt > s.phaseStartedAt &&
        s.phaseEndsAt - s.phaseStartedAt <= length &&
        s.pausedAt === null
      );
    case 'due':
      return step.kind === 'apply' && s.phaseEndsAt === null && s.pausedAt === null;
    case 'paused':
      return (
        s.pausedAt !== null &&
        (s.pausedStatus === 'due'
          ? step.kind === 'apply'
          : s.pausedStatus === 'running' &&
            s.phaseEndsAt !== null &&
            s.phaseEndsAt - s.phaseStartedAt <= length)
      );
    case 'done':
      return s.endedAt !== null;
  }
}

function parseEntry(v: unknown): HistoryEntry | null {
  if (!isObj(v)) return null;
  if (typeof v.sessionId !== 'string' || (v.modality !== 'ice' && v.modality !== 'heat'))
    return null;
  if (!isInt(v.stepIndex, 0, 1_000_000) || !isInt(v.plannedMinutes, 0, 240)) return null;
  if (!isInstant(v.startedAt) || !isInstant(v.endedAt) || v.endedAt < v.startedAt) return null;
  if (v.outcome !== 'completed' && v.outcome !== 'cutShort' && v.outcome !== 'skipped') return null;
  return {
    sessionId: v.sessionId,
    modality: v.modality,
    stepIndex: v.stepIndex,
    plannedMinutes: v.plannedMinutes,
    startedAt: v.startedAt,
    endedAt: v.endedAt,
    outcome: v.outcome,
  };
}

/** Keeps every valid entry (newest `HISTORY_CAP`), drops the broken ones. */
export function parseHistory(raw: unknown): Parsed<HistoryEntry[]> {
  if (raw === undefined || raw === null) return { value: [], reset: false };
  if (!Array.isArray(raw)) return { value: [], reset: true };
  const entries = raw.map(parseEntry).filter((e): e is HistoryEntry => e !== null);
  const capped = entries.slice(-HISTORY_CAP);
  return { value: capped, reset: entries.length !== raw.length };
}

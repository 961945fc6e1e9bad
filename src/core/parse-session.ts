/**
 * The stored session, parsed like any input. Its shape must be whole (half a timer could give a
 * wrong alert), but its instants are repaired rather than dropped: every instant that lies in
 * the past of the session (onset, start, phase start, pause, end) is clamped to `lastSeenAt`,
 * the last moment an event saw; the running phase never ends later than its step's length after
 * its start; a snooze and a quiet-hours hold never reach further than they can. A session dated
 * in the future thus never has more than its cap left once the clock is followed (clock-back.ts
 * shifts it back to now); `reset` says it was repaired, so it is written back with the notice.
 */
import { SNOOZE_MAX_MINUTES } from './commands';
import { migrate, SESSION_MIGRATIONS } from './migrations';
import type { Parsed } from './parse';
import { isInstant, isInt, isObj, isPlanId } from './parse';
import { repairPlan } from './plans';
import type { Ms, Plan, Session, Step } from './types';
import { HOUR, MINUTE } from './types';
import { SESSION_VERSION } from './versions';

/** 2000-01-01: no instant of ours is older (the floor a clamped instant keeps). */
const EARLIEST: Ms = 946_684_800_000;
/** The longest snooze (commands.ts). */
const SNOOZE_MAX: Ms = SNOOZE_MAX_MINUTES * MINUTE;
const QUIET_MAX: Ms = 24 * HOUR;

function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
function isOptNum(v: unknown): v is number | null {
  return v === null || isNum(v);
}

function parseStep(v: unknown): Step | null {
  if (!isObj(v) || typeof v.minutes !== 'number') return null;
  if (v.kind === 'rest') return { kind: 'rest', minutes: v.minutes };
  if (v.kind === 'apply' && (v.modality === 'ice' || v.modality === 'heat')) {
    return { kind: 'apply', modality: v.modality, minutes: v.minutes };
  }
  return null;
}

function readPlan(v: unknown): Plan | null {
  if (!isObj(v) || !isPlanId(v.id) || !Array.isArray(v.steps)) return null;
  if (v.afterWindow !== 'suggestHeat' && v.afterWindow !== 'none') return null;
  if (v.windowHours !== null && typeof v.windowHours !== 'number') return null;
  const steps = v.steps.map(parseStep);
  if (steps.some((s) => s === null)) return null;
  return {
    id: v.id,
    steps: steps as Step[],
    windowHours: v.windowHours as number | null,
    afterWindow: v.afterWindow,
  };
}

/** A running application longer than its (repaired) step ends at the step's length. */
function fitPhase(s: Session): Session {
  const step = s.plan.steps[s.stepIndex % s.plan.steps.length];
  if (step?.kind !== 'apply' || s.phaseEndsAt === null) return s;
  return { ...s, phaseEndsAt: Math.min(s.phaseEndsAt, s.phaseStartedAt + step.minutes * MINUTE) };
}

function parsePainPending(v: unknown): Session['painPending'] | undefined {
  if (v === null) return null;
  if (isObj(v) && isInt(v.stepIndex, 0, 1_000_000) && isNum(v.endedAt)) {
    return { stepIndex: v.stepIndex, endedAt: v.endedAt };
  }
  return undefined;
}

/** A session not wholly valid in shape is dropped; its instants are repaired (see above). */
export function parseSession(raw: unknown): Parsed<Session | null> {
  if (raw === undefined || raw === null) return { value: null, reset: false };
  const bad = { value: null, reset: true } as const;
  const r = isObj(raw) ? migrate(raw, SESSION_VERSION, SESSION_MIGRATIONS) : null;
  if (r === null || typeof r.id !== 'string' || r.id.length > 100) return bad;
  // A plan stored under older bounds (the open-ended heat preset, a 30-min heat) is repaired,
  // never dropped: the running session keeps going under today's rules, without a notice.
  const read = readPlan(r.plan);
  const plan = read && repairPlan(read);
  if (plan === null) return bad;
  const { status } = r;
  if (status !== 'running' && status !== 'due' && status !== 'paused' && status !== 'done') {
    return bad;
  }
  // The anchor every other instant is checked against: without it nothing can be repaired.
  if (!isInstant(r.lastSeenAt) || typeof r.offAcked !== 'boolean') return bad;
  if (!isNum(r.injuryAt) || !isNum(r.startedAt) || !isNum(r.phaseStartedAt)) return bad;
  if (!isInt(r.stepIndex, 0, 1_000_000) || !isInt(r.applicationsDone, 0, 1_000_000)) return bad;
  if (!isOptNum(r.phaseEndsAt) || !isOptNum(r.pausedAt) || !isOptNum(r.snoozedUntil)) return bad;
  if (!isOptNum(r.endedAt) || !isOptNum(r.quietUntil) || !isOptNum(r.dueAt)) return bad;
  const painPending = parsePainPending(r.painPending);
  if (painPending === undefined) return bad;
  const pausedStatus = r.pausedStatus;
  if (pausedStatus !== null && pausedStatus !== 'running' && pausedStatus !== 'due') return bad;
  if (r.lastAlert !== null && (typeof r.lastAlert !== 'string' || r.lastAlert.length > 200)) {
    return bad;
  }
  const parsed: Session = {
    schemaVersion: SESSION_VERSION,
    id: r.id,
    plan,
    injuryAt: r.injuryAt,
    startedAt: r.startedAt,
    stepIndex: r.stepIndex,
    status,
    phaseStartedAt: r.phaseStartedAt,
    phaseEndsAt: r.phaseEndsAt,
    pausedAt: r.pausedAt,
    pausedStatus,
    snoozedUntil: r.snoozedUntil,
    endedAt: r.endedAt,
    applicationsDone: r.applicationsDone,
    // A counter for the finished screen only: sessions saved before it existed count from 0.
    applicationsCutShort: isInt(r.applicationsCutShort, 0, 1_000_000) ? r.applicationsCutShort : 0,
    lastAlert: r.lastAlert,
    lastSeenAt: r.lastSeenAt,
    quietUntil: r.quietUntil,
    offAcked: r.offAcked,
    painPending,
    dueAt: r.dueAt,
  };
  const s = plan === read ? parsed : fitPhase(parsed);
  const repaired = repairTimes(s);
  if (!isConsistent(repaired)) return bad;
  return { value: repaired, reset: JSON.stringify(repaired) !== JSON.stringify(s) };
}

function stepLength(s: Session): Ms | null {
  const step = s.plan.steps[s.stepIndex % s.plan.steps.length];
  return step === undefined ? null : step.minutes * MINUTE;
}

/** Puts every instant in time order with `lastSeenAt` (see the file's comment). */
export function repairTimes(s: Session): Session {
  const seen = s.lastSeenAt;
  const clamp = (v: Ms, max: Ms): Ms => Math.min(Math.max(v, EARLIEST), max);
  const opt = (v: Ms | null, max: Ms): Ms | null => (v === null ? null : clamp(v, max));
  const phaseStartedAt = clamp(s.phaseStartedAt, seen);
  const startedAt = clamp(s.startedAt, phaseStartedAt);
  const length = stepLength(s) ?? 0;
  return {
    ...s,
    injuryAt: clamp(s.injuryAt, startedAt),
    startedAt,
    phaseStartedAt,
    phaseEndsAt: opt(s.phaseEndsAt, phaseStartedAt + length),
    pausedAt: opt(s.pausedAt, seen),
    endedAt: opt(s.endedAt, seen),
    dueAt: opt(s.dueAt, seen),
    snoozedUntil: opt(s.snoozedUntil, seen + SNOOZE_MAX),
    quietUntil: opt(s.quietUntil, seen + QUIET_MAX),
    painPending: s.painPending && {
      ...s.painPending,
      endedAt: clamp(s.painPending.endedAt, seen),
    },
  };
}

function isConsistent(s: Session): boolean {
  const length = stepLength(s);
  if (length === null) return false;
  const step = s.plan.steps[s.stepIndex % s.plan.steps.length];
  switch (s.status) {
    case 'running':
      return s.phaseEndsAt !== null && s.phaseEndsAt > s.phaseStartedAt && s.pausedAt === null;
    case 'due':
      return step?.kind === 'apply' && s.phaseEndsAt === null && s.pausedAt === null;
    case 'paused':
      return (
        s.pausedAt !== null &&
        (s.pausedStatus === 'due'
          ? step?.kind === 'apply'
          : s.pausedStatus === 'running' && s.phaseEndsAt !== null)
      );
    case 'done':
      return s.endedAt !== null;
  }
}

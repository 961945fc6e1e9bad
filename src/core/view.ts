/**
 * What a screen shows, derived from a session and `now` in O(1) whatever the elapsed time.
 */

import { canPause, canSkip, takeOffPending } from './rules';
import { currentStep, cycleOf, hourOf, stepOf, windowEndsAt } from './session';
import type { BadgeSpec, Modality, Ms, Session, ViewState } from './types';
import { MINUTE } from './types';

const NOTHING = {
  confirm: false,
  pause: false,
  resume: false,
  skip: false,
  snooze: false,
  stop: false,
} as const;

export const IDLE_VIEW: ViewState = {
  status: 'idle',
  planId: null,
  phase: null,
  modality: null,
  remainingMs: null,
  phaseMs: null,
  progress: 0,
  phaseEndsAt: null,
  next: null,
  cycle: 0,
  hour: null,
  windowHours: null,
  windowEndsAt: null,
  dueSince: null,
  snoozedUntil: null,
  afterWindow: null,
  applicationsDone: 0,
  applicationsCutShort: 0,
  quietUntil: null,
  takeOffPending: false,
  packOnMs: null,
  askPain: null,
  can: NOTHING,
};

/** Never negative, and never more than the phase's own length (whatever the clock does). */
function remainingOf(s: Session, now: Ms): Ms | null {
  if (s.phaseEndsAt === null) return null;
  const length = s.phaseEndsAt - s.phaseStartedAt;
  const clamp = (ms: Ms): Ms => Math.min(length, Math.max(0, ms));
  if (s.status === 'running') return clamp(s.phaseEndsAt - now);
  if (s.status === 'paused' && s.pausedStatus === 'running' && s.pausedAt !== null) {
    return clamp(s.phaseEndsAt - s.pausedAt);
  }
  return null;
}

/**
 * While "take it off" is unanswered: how long the pack has been on (the application's planned
 * length, then the time since it ended — from its real end when that was noticed late).
 */
export function packOnMs(s: Session, now: Ms): Ms | null {
  if (!takeOffPending(s)) return null;
  const applied = stepOf(s.plan, s.stepIndex - 1).minutes * MINUTE;
  const endedAt =
    s.painPending?.stepIndex === s.stepIndex - 1 ? s.painPending.endedAt : s.phaseStartedAt;
  return applied + Math.max(0, now - endedAt);
}

export function view(session: Session | null, now: Ms): ViewState {
  if (session === null) return IDLE_VIEW;
  const s = session;
  const step = currentStep(s);
  const phase: Modality | 'rest' = step.kind === 'apply' ? step.modality : 'rest';
  const modality: Modality | null = step.kind === 'apply' ? step.modality : null;
  const remainingMs = remainingOf(s, now);
  const phaseMs =
    s.phaseEndsAt !== null && s.status !== 'due' ? s.phaseEndsAt - s.phaseStartedAt : null;
  const progress =
    remainingMs !== null && phaseMs !== null && phaseMs > 0
      ? Math.min(1, Math.max(0, 1 - remainingMs / phaseMs))
      : 0;
  const windowEnd = windowEndsAt(s);
  const after = stepOf(s.plan, s.stepIndex + 1);
  let next: ViewState['next'] = null;
  if (s.status !== 'done') {
    const endsAtOrAfterWindow =
      step.kind === 'rest' &&
      windowEnd !== null &&
      s.phaseEndsAt !== null &&
      s.phaseEndsAt + (s.status === 'paused' && s.pausedAt !== null ? now - s.pausedAt : 0) >=
        windowEnd;
    next = endsAtOrAfterWindow
      ? { phase: 'end', minutes: 0 }
      : { phase: after.kind === 'apply' ? after.modality : 'rest', minutes: after.minutes };
  }
  const running = s.status === 'running';
  const due = s.status === 'due';
  return {
    status: s.status,
    planId: s.plan.id,
    phase,
    modality,
    remainingMs,
    phaseMs,
    progress,
    phaseEndsAt: running ? s.phaseEndsAt : null,
    next,
    cycle: cycleOf(s),
    hour: hourOf(s, now),
    windowHours: s.plan.windowHours,
    windowEndsAt: windowEnd,
    dueSince: due ? s.phaseStartedAt : null,
    snoozedUntil: due && s.snoozedUntil !== null && s.snoozedUntil > now ? s.snoozedUntil : null,
    afterWindow: s.plan.afterWindow,
    applicationsDone: s.applicationsDone,
    applicationsCutShort: s.applicationsCutShort,
    quietUntil: due && s.quietUntil !== null && s.quietUntil > now ? s.quietUntil : null,
    takeOffPending: takeOffPending(s),
    packOnMs: packOnMs(s, now),
    askPain: s.painPending?.stepIndex ?? null,
    can: {
      confirm: due && modality !== null,
      pause: canPause(s),
      resume: s.status === 'paused',
      skip: canSkip(s, now),
      snooze: due,
      stop: true,
    },
  };
}

/** The toolbar badge for a session (structured; the background turns it into text and colour). */
export function badgeFor(session: Session | null, now: Ms): BadgeSpec | null {
  if (session === null) return null;
  const s = session;
  const step = currentStep(s);
  const due = s.status === 'due';
  const quiet = due && s.quietUntil !== null && s.quietUntil > now;
  const snoozedUntil =
    due && s.snoozedUntil !== null && s.snoozedUntil > now ? s.snoozedUntil : null;
  const packOn = packOnMs(s, now);
  const previous = stepOf(s.plan, s.stepIndex - 1);
  const phase: BadgeSpec['phase'] = quiet
    ? 'quiet'
    : snoozedUntil !== null
      ? 'snoozed'
      : packOn !== null
        ? 'takeOff'
        : s.status === 'running'
          ? step.kind === 'apply'
            ? step.modality
            : 'rest'
          : s.status;
  const remaining = snoozedUntil !== null ? snoozedUntil - now : (packOn ?? remainingOf(s, now));
  return {
    phase,
    minutesLeft: remaining === null ? null : Math.ceil(remaining / MINUTE),
    cycle: cycleOf(s),
    hour: hourOf(s, now),
    windowHours: s.plan.windowHours,
    modality:
      step.kind === 'apply'
        ? step.modality
        : packOn !== null && previous.kind === 'apply'
          ? previous.modality
          : null,
  };
}

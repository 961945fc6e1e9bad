/**
 * The person's commands: start, and the ones on a running session (stop, confirm, pause, resume,
 * skip, snooze, acknowledge "take it off", log or dismiss a pain score). A command not allowed in
 * the present state is refused and changes nothing.
 */
import { advance, enterStep } from './catch-up';
import { endedEarly, entry } from './history-entry';
import { MAX_INJURY_AGE_MS, planFor, windowAnchor } from './plans';
import { canPause, canSkip, takeOffPending } from './rules';
import { currentStep } from './session';
import { idle, refuse, settle } from './settle';
import type {
  Command,
  Effect,
  HistoryEntry,
  Ms,
  Session,
  Settings,
  TransitionResult,
} from './types';
import { MINUTE } from './types';
import { SESSION_VERSION } from './versions';

export const SNOOZE_CHOICES = [5, 10, 15] as const;
export const SNOOZE_MAX_MINUTES = 60;

export function start(
  session: Session | null,
  event: Extract<Command, { type: 'start' }>,
  now: Ms,
  settings: Settings,
): TransitionResult {
  if (session !== null && session.status !== 'done') return refuse(session, 'alreadyRunning');
  const { injuryAt } = event;
  const planned = planFor(event.planId, settings, event.custom);
  if (!planned.ok) return refuse(session, 'invalidPlan');
  // One minute of slack for a view's clock being a little ahead of the background's. Heat (whose
  // window counts from Start) and a plan without a window may follow a spasm of any age.
  const anyAge = planned.plan.windowHours === null || windowAnchor(planned.plan) === 'start';
  const oldest = anyAge ? now - 365 * 24 * 60 * MINUTE : now - MAX_INJURY_AGE_MS;
  if (!Number.isFinite(injuryAt) || injuryAt > now + MINUTE || injuryAt < oldest - MINUTE) {
    return refuse(session, 'invalidInjuryTime');
  }
  const base: Session = {
    schemaVersion: SESSION_VERSION,
    id: event.id,
    plan: planned.plan,
    injuryAt: Math.min(injuryAt, now),
    startedAt: now,
    stepIndex: 0,
    status: 'due',
    phaseStartedAt: now,
    phaseEndsAt: null,
    pausedAt: null,
    pausedStatus: null,
    snoozedUntil: null,
    endedAt: null,
    applicationsDone: 0,
    applicationsCutShort: 0,
    lastAlert: null,
    lastSeenAt: now,
    quietUntil: null,
    offAcked: true,
    painPending: null,
    dueAt: null,
  };
  return settle(enterStep(base, 0, now, now, settings), now, settings, 'command', []);
}

export function command(
  stored: Session | null,
  event: Exclude<Command, { type: 'start' }>,
  now: Ms,
  settings: Settings,
): TransitionResult {
  if (stored === null) return refuse(null, 'noSession');
  const logs: HistoryEntry[] = [];
  const s = advance(stored, now, settings, logs);
  const step = currentStep(s);
  const effects: Effect[] = [];
  const done = (next: Session): TransitionResult =>
    settle(next, now, settings, 'command', logs, effects);
  switch (event.type) {
    case 'stop': {
      if (step.kind === 'apply' && s.status === 'running') {
        logs.push(entry(s, now, endedEarly(s, now), now));
      }
      // An application still waiting to be put on was not done: the history says so.
      if (s.status === 'due') logs.push(entry(s, now, 'skipped', now));
      if (step.kind === 'apply' && s.status === 'paused' && s.pausedStatus === 'running') {
        logs.push(entry(s, s.pausedAt ?? now, 'cutShort', now));
      }
      return idle(logs);
    }
    case 'confirm': {
      if (s.status !== 'due' || step.kind !== 'apply') return refuse(stored, 'notAllowed');
      return done({
        ...s,
        status: 'running',
        phaseStartedAt: now,
        phaseEndsAt: now + step.minutes * MINUTE,
        snoozedUntil: null,
        quietUntil: null,
        painPending: null,
      });
    }
    case 'pause': {
      // An application is never paused: a pack left on with no timer running is how skin gets
      // hurt. Interrupting one means ending it (skip), which starts the rest.
      if (!canPause(s)) return refuse(stored, 'notAllowed');
      const pausedStatus = s.status === 'due' ? 'due' : 'running';
      return done({ ...s, status: 'paused', pausedAt: now, pausedStatus });
    }
    case 'resume': {
      if (s.status !== 'paused' || s.pausedAt === null) return refuse(stored, 'notAllowed');
      const shift = Math.max(0, now - s.pausedAt);
      const resumed = { ...s, pausedAt: null, pausedStatus: null } as const;
      return done(
        s.pausedStatus === 'running' && s.phaseEndsAt !== null
          ? {
              ...resumed,
              status: 'running',
              phaseStartedAt: s.phaseStartedAt + shift,
              phaseEndsAt: s.phaseEndsAt + shift,
            }
          : {
              ...resumed,
              status: 'due',
              phaseStartedAt: now,
              phaseEndsAt: null,
              snoozedUntil: null,
              quietUntil: null,
            },
      );
    }
    case 'skip': {
      if (s.status === 'running' && step.kind === 'apply') {
        const outcome = endedEarly(s, now);
        logs.push(entry(s, now, outcome, now));
        const ended =
          outcome === 'completed'
            ? { ...s, applicationsDone: s.applicationsDone + 1 }
            : { ...s, applicationsCutShort: s.applicationsCutShort + 1 };
        const next = enterStep(ended, s.stepIndex + 1, now, now, settings);
        // The person ended it themselves: nothing to escalate; ask for a pain score once.
        return done({
          ...next,
          offAcked: true,
          painPending: { stepIndex: s.stepIndex, endedAt: now },
        });
      }
      if (!canSkip(s, now)) return refuse(stored, 'notAllowed');
      if (s.status === 'due') logs.push(entry(s, now, 'skipped', now));
      return done({ ...enterStep(s, s.stepIndex + 1, now, now, settings), offAcked: true });
    }
    case 'snooze': {
      if (s.status !== 'due' || !Number.isFinite(event.minutes))
        return refuse(stored, 'notAllowed');
      const minutes = Math.min(Math.max(Math.round(event.minutes), 1), SNOOZE_MAX_MINUTES);
      return done({ ...s, snoozedUntil: now + minutes * MINUTE });
    }
    case 'ackTakeOff': {
      if (!takeOffPending(s)) return refuse(stored, 'notAllowed');
      return done({ ...s, offAcked: true });
    }
    case 'logPain': {
      const score = event.score;
      if (s.painPending === null || !Number.isInteger(score) || score < 0 || score > 10) {
        return refuse(stored, 'notAllowed');
      }
      effects.push({ type: 'pain', sessionId: s.id, stepIndex: s.painPending.stepIndex, score });
      return done({ ...s, painPending: null });
    }
    case 'dismissPain': {
      if (s.painPending === null) return refuse(stored, 'notAllowed');
      return done({ ...s, painPending: null });
    }
  }
}

/**
 * Time passing: entering a step at a boundary, and catching up through every boundary that has
 * passed since the session was last seen (a late wake crosses them all in one event).
 */
import { STALE_AFTER_MS } from './alerts';
import { entry } from './history-entry';
import { nextQuietStart, quietEndAfter } from './local-time';
import { currentStep, stepOf, windowEndsAt } from './session';
import type { HistoryEntry, Ms, Session, Settings } from './types';
import { MINUTE } from './types';

/**
 * Boundaries one event may cross. Without auto-start a session stops at every `due`, so at most
 * two boundaries (application end, rest end) and a window end can pass in one wake; auto-start
 * only starts an application whose due moment is fresh, so the bound holds for any gap.
 */
const MAX_BOUNDARIES_PER_EVENT = 8;

/** Enters step `index` at instant `at` (a boundary, or now for a command). */
export function enterStep(s: Session, index: number, at: Ms, now: Ms, settings: Settings): Session {
  const step = stepOf(s.plan, index);
  const common = { stepIndex: index, phaseStartedAt: at, snoozedUntil: null, quietUntil: null };
  if (step.kind === 'rest') {
    const afterApply = stepOf(s.plan, index - 1).kind === 'apply';
    return {
      ...s,
      ...common,
      status: 'running',
      phaseEndsAt: at + step.minutes * MINUTE,
      offAcked: !afterApply,
      dueAt: null,
    };
  }
  const windowEnd = windowEndsAt(s);
  if (windowEnd !== null && at >= windowEnd) {
    return { ...s, ...common, status: 'done', phaseEndsAt: null, endedAt: at, dueAt: at };
  }
  const quietEnd = quietEndAfter(at, settings.quietHours);
  if (quietEnd !== null) {
    return { ...s, ...common, status: 'due', phaseEndsAt: null, quietUntil: quietEnd, dueAt: at };
  }
  // Auto-start only when the person can have seen the alert: after a sleep the application waits.
  if (settings.autoStart && now - at <= STALE_AFTER_MS) {
    return {
      ...s,
      ...common,
      status: 'running',
      phaseEndsAt: at + step.minutes * MINUTE,
      dueAt: at,
      painPending: null,
    };
  }
  return { ...s, ...common, status: 'due', phaseEndsAt: null, dueAt: at };
}

/** Catches up through every boundary at or before `now`, appending history entries to `logs`. */
export function advance(
  session: Session,
  now: Ms,
  settings: Settings,
  logs: HistoryEntry[],
): Session {
  let s = session;
  for (let i = 0; i < MAX_BOUNDARIES_PER_EVENT; i++) {
    if (s.status === 'running' && s.phaseEndsAt !== null && s.phaseEndsAt <= now) {
      const boundary = s.phaseEndsAt;
      let restFrom = boundary;
      if (currentStep(s).kind === 'apply') {
        logs.push(entry(s, boundary, 'completed', now));
        s = {
          ...s,
          applicationsDone: s.applicationsDone + 1,
          painPending: { stepIndex: s.stepIndex, endedAt: boundary },
        };
        // Nobody was told to take it off (the machine slept): the pack may still be on. The
        // rest — the skin's time to rewarm — starts when the late "take it off" alert is shown.
        if (now - boundary > STALE_AFTER_MS) restFrom = now;
      }
      s = enterStep(s, s.stepIndex + 1, restFrom, now, settings);
      continue;
    }
    break;
  }
  if (s.status === 'due') {
    const windowEnd = windowEndsAt(s);
    if (windowEnd !== null && now >= windowEnd) {
      // The application that was waiting when the window ended was not done.
      const endedAt = Math.max(s.phaseStartedAt, windowEnd);
      logs.push(entry(s, endedAt, 'skipped', now));
      return {
        ...s,
        status: 'done',
        endedAt,
        snoozedUntil: null,
        quietUntil: null,
      };
    }
    // Quiet hours began while the application waited: hold its reminders until they end.
    // Derived from the due moment, not from when a wake happened to notice, so any split of
    // time into wakes reaches the same state.
    if (s.quietUntil === null) {
      const from = s.snoozedUntil ?? s.phaseStartedAt;
      const quietStart = nextQuietStart(from, settings.quietHours);
      if (quietStart !== null && quietStart <= now) {
        return { ...s, quietUntil: quietEndAfter(quietStart, settings.quietHours) };
      }
    }
  }
  return s;
}

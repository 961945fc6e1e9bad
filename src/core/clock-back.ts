import type { Ms, Session } from './types';

/**
 * The wall clock went back (a manual change, a bad sync). Shift every instant by the jump so the
 * present phase keeps the time it had left when last seen: it never runs longer than planned.
 * (A forward jump cannot be told from sleep and is handled as a late wake.)
 */
export function followClockBack(s: Session, now: Ms): Session {
  const jump = now - s.lastSeenAt;
  if (jump >= 0) return s;
  const shift = (v: Ms | null): Ms | null => (v === null ? null : v + jump);
  return {
    ...s,
    injuryAt: s.injuryAt + jump,
    startedAt: s.startedAt + jump,
    phaseStartedAt: s.phaseStartedAt + jump,
    phaseEndsAt: shift(s.phaseEndsAt),
    pausedAt: shift(s.pausedAt),
    snoozedUntil: shift(s.snoozedUntil),
    endedAt: shift(s.endedAt),
    quietUntil: shift(s.quietUntil),
    dueAt: shift(s.dueAt),
    painPending: s.painPending && { ...s.painPending, endedAt: s.painPending.endedAt + jump },
    lastSeenAt: now,
  };
}

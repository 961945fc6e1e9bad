import { ESCALATE_EVERY_MS, ESCALATE_MAX } from './alerts';
import { nextQuietStart } from './local-time';
import { takeOffPending } from './rules';
import { windowEndsAt } from './session';
import type { Ms, Session, Settings } from './types';
import { MINUTE } from './types';

/**
 * The next instant anything visible changes: a phase boundary, the badge's next minute, a
 * reminder or escalation, the end of a snooze, of quiet hours or of the window. Always after
 * `now`; null when nothing will.
 */
export function nextWakeAt(session: Session | null, now: Ms, settings: Settings): Ms | null {
  if (session === null) return null;
  const s = session;
  const candidates: Ms[] = [];
  switch (s.status) {
    case 'running': {
      const end = s.phaseEndsAt;
      if (end === null) return null;
      if (end <= now) return now + 1;
      const minutesLeft = Math.ceil((end - now) / MINUTE);
      candidates.push(end - (minutesLeft - 1) * MINUTE);
      if (takeOffPending(s)) {
        const k = Math.floor(Math.max(0, now - s.phaseStartedAt) / ESCALATE_EVERY_MS) + 1;
        if (k <= ESCALATE_MAX) candidates.push(s.phaseStartedAt + k * ESCALATE_EVERY_MS);
      }
      break;
    }
    case 'due': {
      const windowEnd = windowEndsAt(s);
      if (windowEnd !== null) candidates.push(windowEnd);
      if (s.quietUntil !== null) {
        candidates.push(s.quietUntil);
        break;
      }
      const from = s.snoozedUntil ?? s.phaseStartedAt;
      const quietStart = nextQuietStart(from, settings.quietHours);
      if (quietStart !== null) candidates.push(quietStart);
      if (from > now) candidates.push(from);
      else {
        const every = Math.max(1, settings.reminderEveryMinutes) * MINUTE;
        const k = Math.floor((now - from) / every) + 1;
        if (k <= settings.reminderMaxCount) candidates.push(from + k * every);
      }
      break;
    }
    case 'paused':
    case 'done':
      return null;
  }
  const future = candidates.filter((c) => c > now);
  return future.length === 0 ? null : Math.min(...future);
}

/**
 * The upcoming applications of a session if each is started on time — for a calendar export
 * (.ics) so a phone can remind too. Applications that would fall in quiet hours move to their end.
 */
import { quietEndAfter } from './local-time';
import { currentStep, stepOf, windowEndsAt } from './session';
import type { Modality, Ms, Session, Settings } from './types';
import { HOUR, MINUTE } from './types';

export interface PlannedApplication {
  readonly modality: Modality;
  readonly startAt: Ms;
  readonly endAt: Ms;
}

/** At most `limit` applications within `horizonMs` of now (and within the plan's window). */
export function upcomingSchedule(
  session: Session | null,
  now: Ms,
  settings: Settings,
  limit = 100,
  horizonMs: Ms = 72 * HOUR,
): PlannedApplication[] {
  if (session === null || session.status === 'done') return [];
  const out: PlannedApplication[] = [];
  const windowEnd = windowEndsAt(session);
  const until = Math.min(now + horizonMs, windowEnd ?? Number.POSITIVE_INFINITY);
  let index = session.stepIndex;
  let at: Ms;
  const step = currentStep(session);
  const paused = session.status === 'paused';
  if (session.status === 'running' || (paused && session.pausedStatus === 'running')) {
    const shift = paused && session.pausedAt !== null ? now - session.pausedAt : 0;
    const start = session.phaseStartedAt + shift;
    const end = (session.phaseEndsAt ?? start) + shift;
    if (step.kind === 'apply') out.push({ modality: step.modality, startAt: start, endAt: end });
    at = end;
    index += 1;
  } else {
    at = Math.max(now, session.snoozedUntil ?? now, session.quietUntil ?? now);
  }
  // Bounded by `limit` applications; each loop pass enters one step.
  for (let guard = 0; out.length < limit && guard < limit * 4; guard++) {
    const next = stepOf(session.plan, index);
    if (next.kind === 'rest') {
      at += next.minutes * MINUTE;
    } else {
      at = quietEndAfter(at, settings.quietHours) ?? at;
      if (at >= until) break;
      out.push({ modality: next.modality, startAt: at, endAt: at + next.minutes * MINUTE });
      at += next.minutes * MINUTE;
    }
    index += 1;
  }
  return out;
}

/** What the person may do now, and what is pending: shared by transition and view. */
import { SKIP_REST_AFTER_MINUTES } from './plans';
import { currentStep, stepOf } from './session';
import type { Ms, Session } from './types';
import { MINUTE } from './types';

/** True while a "take it off" alert is unacknowledged (the rest right after an application). */
export function takeOffPending(s: Session): boolean {
  return (
    s.status === 'running' &&
    !s.offAcked &&
    s.stepIndex > 0 &&
    currentStep(s).kind === 'rest' &&
    stepOf(s.plan, s.stepIndex - 1).kind === 'apply'
  );
}

/** Pausing is for rests and due applications, never a running application. */
export function canPause(s: Session): boolean {
  // Not while "take it off" is unanswered either: pausing would silence its repeats.
  if (takeOffPending(s)) return false;
  return s.status === 'due' || (s.status === 'running' && currentStep(s).kind === 'rest');
}

/**
 * A rest right after an application may be skipped only once `SKIP_REST_AFTER_MINUTES` (the
 * shortest rest we plan, `BOUNDS.rest.min`: 20 min) of it have run, so the skin rewarms before
 * the next application; paused time does not count (resume moves `phaseStartedAt` on). Any other
 * running phase, or a due one, any time.
 */
export function canSkip(s: Session, now: Ms): boolean {
  if (s.status === 'due') return true;
  if (s.status !== 'running') return false;
  const afterApply = stepOf(s.plan, s.stepIndex - 1).kind === 'apply';
  if (currentStep(s).kind === 'apply' || !afterApply) return true;
  return now - s.phaseStartedAt >= SKIP_REST_AFTER_MINUTES * MINUTE;
}

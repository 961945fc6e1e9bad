import { currentStep, stepOf } from './session';
import type { Session } from './types';

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

/** Small pure helpers over a session: which step runs, when the window ends. */
import type { Plan, Session, Step } from './types';
import { HOUR } from './types';

export function stepOf(plan: Plan, index: number): Step {
  const steps = plan.steps;
  // Plans are validated non-empty (isSafePlan); the fallback only satisfies the type checker.
  return steps[index % steps.length] ?? { kind: 'rest', minutes: 20 };
}

export function currentStep(session: Session): Step {
  return stepOf(session.plan, session.stepIndex);
}

export function windowEndsAt(session: Pick<Session, 'plan' | 'injuryAt'>): number | null {
  const hours = session.plan.windowHours;
  return hours === null ? null : session.injuryAt + hours * HOUR;
}

/** 1-based cycle number: one cycle is one pass through the plan's steps. */
export function cycleOf(session: Session): number {
  return Math.floor(session.stepIndex / session.plan.steps.length) + 1;
}

/** 1-based hour of the window ("hour 5 of 48"), clamped to the window. */
export function hourOf(session: Session, now: number): number | null {
  const hours = session.plan.windowHours;
  if (hours === null) return null;
  const hour = Math.floor((now - session.injuryAt) / HOUR) + 1;
  return Math.min(Math.max(hour, 1), hours);
}

/** Small pure helpers over a session: which step runs, when the window ends. */
import { windowAnchor } from './plans';
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

/** Where the window is counted from: the spasm for ice, Start for heat (see `windowAnchor`). */
function windowStart(session: Pick<Session, 'plan' | 'injuryAt' | 'startedAt'>): number {
  return windowAnchor(session.plan) === 'start' ? session.startedAt : session.injuryAt;
}

export function windowEndsAt(
  session: Pick<Session, 'plan' | 'injuryAt' | 'startedAt'>,
): number | null {
  const hours = session.plan.windowHours;
  return hours === null ? null : windowStart(session) + hours * HOUR;
}

/** 1-based cycle number: one cycle is one pass through the plan's steps. */
export function cycleOf(session: Session): number {
  return Math.floor(session.stepIndex / session.plan.steps.length) + 1;
}

/**
 * Whole hours since the window began (the spasm, or Start for heat), within the window ("3 h of
 * 48 h" three hours after it): what a person counts, not the ordinal hour they are in.
 */
export function hourOf(session: Session, now: number): number | null {
  const hours = session.plan.windowHours;
  if (hours === null) return null;
  const elapsed = Math.floor((now - windowStart(session)) / HOUR);
  return Math.min(Math.max(elapsed, 0), hours);
}

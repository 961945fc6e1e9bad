import { planFor } from './plans';
import type { Session, Settings } from './types';
import { MINUTE } from './types';

/**
 * The session's plan after a settings change (a 48 → 72 h window, new custom durations). Steps
 * to come use it; the running phase keeps its instants, except that it is shortened if its
 * step's new length is shorter (a shorter application is the safe direction). A plan that
 * changes shape (e.g. ice becomes heat), or is not valid any more, is left as it was.
 */
export function replan(s: Session, settings: Settings): Session {
  const next = planFor(s.plan.id, settings);
  if (!next.ok) return s;
  const plan = next.plan;
  const sameShape =
    plan.steps.length === s.plan.steps.length &&
    plan.steps.every((step, i) => {
      const was = s.plan.steps[i];
      return (
        step.kind === was?.kind &&
        (step.kind === 'rest' || (was.kind === 'apply' && step.modality === was.modality))
      );
    });
  if (!sameShape) return s;
  const step = plan.steps[s.stepIndex % plan.steps.length];
  let phaseEndsAt = s.phaseEndsAt;
  if (step !== undefined && phaseEndsAt !== null) {
    phaseEndsAt = Math.min(phaseEndsAt, s.phaseStartedAt + step.minutes * MINUTE);
  }
  return { ...s, plan, phaseEndsAt };
}

/**
 * Coming back (idle → active): the wake catches up, and a due application the person has not
 * been shown since they left (reminders may have run out meanwhile) is shown again, once.
 * "Once" needs no stored flag: it happens on the idle → active event itself, which fires once
 * per absence, and never when that wake has just shown an alert of its own.
 */
import type { NotifySpec, Session, Settings } from '../core';
import { inQuietHours } from '../core';

export function returnReminder(
  before: Session | null,
  after: Session | null,
  now: number,
  settings: Settings,
): NotifySpec | null {
  if (after === null || after.status !== 'due') return null;
  // The wake itself alerted (the engine records every alert in lastAlert): seen just now.
  if (before === null || before.lastAlert !== after.lastAlert) return null;
  // A plan's steps repeat: step i is steps[i % length] (core/types.ts, Plan).
  const step = after.plan.steps[after.stepIndex % after.plan.steps.length];
  if (step?.kind !== 'apply') return null;
  const held = (until: number | null): boolean => until !== null && until > now;
  if (held(after.snoozedUntil) || held(after.quietUntil)) return null;
  if (inQuietHours(now, settings.quietHours)) return null;
  return {
    kind: 'due',
    modality: step.modality,
    reminder: 0,
    lateMs: Math.max(0, now - (after.dueAt ?? after.phaseStartedAt)),
    windowHours: after.plan.windowHours,
    afterWindow: after.plan.afterWindow,
    silent: false,
    requireInteraction: false,
  };
}

/**
 * Which alert belongs to the session's present state. Each state has at most one, identified by
 * a key; `settle` emits it only when its key differs from the session's `lastAlert`.
 */
import { takeOffPending } from './rules';
import { currentStep, stepOf } from './session';
import type { Ms, NotifySpec, Session, Settings } from './types';
import { MINUTE } from './types';

/** An alert whose moment passed longer ago than this is reported as late, not as new. */
export const STALE_AFTER_MS: Ms = 2 * MINUTE;

/** An unacknowledged "take it off" alert repeats every 2 min, 3 times at most. */
export const ESCALATE_EVERY_MS: Ms = 2 * MINUTE;
export const ESCALATE_MAX = 3;

export interface Alert {
  readonly key: string;
  readonly notify: Omit<NotifySpec, 'silent' | 'requireInteraction'>;
}

/** The one alert that belongs to the session's present state, if any. */
export function presentAlert(s: Session, now: Ms, settings: Settings): Alert | null {
  const step = currentStep(s);
  const base = { windowHours: s.plan.windowHours, afterWindow: s.plan.afterWindow } as const;
  switch (s.status) {
    case 'running': {
      if (step.kind === 'apply') {
        // Only reached without a command when the application started by itself (auto-start).
        const lateMs = Math.max(0, now - s.phaseStartedAt);
        return {
          key: `on:${s.stepIndex}`,
          notify: { ...base, kind: 'started', modality: step.modality, reminder: 0, lateMs },
        };
      }
      if (!takeOffPending(s)) return null;
      const previous = stepOf(s.plan, s.stepIndex - 1);
      const since = Math.max(0, now - s.phaseStartedAt);
      const k = Math.min(Math.floor(since / ESCALATE_EVERY_MS), ESCALATE_MAX);
      // The first take-off alert the person gets is late if its moment passed unseen (sleep);
      // the application's real end is kept with the pending pain prompt.
      const first = !s.lastAlert?.startsWith(`off:${s.stepIndex - 1}:`);
      const endedAt =
        s.painPending?.stepIndex === s.stepIndex - 1 ? s.painPending.endedAt : s.phaseStartedAt;
      const late = first
        ? now - endedAt > STALE_AFTER_MS
        : since - k * ESCALATE_EVERY_MS > STALE_AFTER_MS;
      return {
        key: `off:${s.stepIndex - 1}:${k}`,
        notify: {
          ...base,
          kind: 'takeOff',
          modality: previous.kind === 'apply' ? previous.modality : 'ice',
          reminder: k,
          lateMs: late ? Math.max(since, now - endedAt) : 0,
        },
      };
    }
    case 'due': {
      if (step.kind !== 'apply') return null;
      const prefix = `due:${s.stepIndex}:`;
      if (s.quietUntil !== null) {
        if (now < s.quietUntil) return null;
        // Quiet hours are over: remind once, then only the badge shows it.
        return {
          key: `${prefix}q${s.quietUntil}`,
          notify: { ...base, kind: 'due', modality: step.modality, reminder: 0, lateMs: 0 },
        };
      }
      const from = s.snoozedUntil ?? s.phaseStartedAt;
      if (now < from) return null;
      const every = Math.max(1, settings.reminderEveryMinutes) * MINUTE;
      const k = Math.floor((now - from) / every);
      if (k > settings.reminderMaxCount) {
        // Reminders are over. A person who never got any alert for this application (the machine
        // slept through it) still gets one, marked late; otherwise only the badge shows it.
        if (s.lastAlert?.startsWith(prefix)) return null;
        return {
          key: `${prefix}late`,
          notify: {
            ...base,
            kind: 'due',
            modality: step.modality,
            reminder: 0,
            lateMs: now - from,
          },
        };
      }
      const lateMs = now - (from + k * every);
      return {
        key: `${prefix}${from}:${k}`,
        notify: { ...base, kind: 'due', modality: step.modality, reminder: k, lateMs },
      };
    }
    case 'done': {
      const modality = step.kind === 'apply' ? step.modality : 'ice';
      const lateMs = Math.max(0, now - (s.endedAt ?? now));
      return {
        key: 'done',
        notify: { ...base, kind: 'windowEnded', modality, reminder: 0, lateMs },
      };
    }
    case 'paused':
      return null;
  }
}

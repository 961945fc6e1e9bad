/**
 * How every event ends: `settle` for a session that goes on, `idle` for none, `refuse` for a
 * command that is not allowed (nothing changes).
 */
import { presentAlert } from './alerts';
import { advance } from './catch-up';
import { logEffect } from './history-entry';
import { inQuietHours } from './local-time';
import { nextWakeAt } from './next-wake';
import type {
  Effect,
  HistoryEntry,
  Ms,
  Session,
  Settings,
  TransitionError,
  TransitionResult,
} from './types';
import { badgeFor } from './view';

/**
 * How an event treats the present alert: `notify` shows it if new; `command` records it as seen
 * (the person is looking at the popup) and clears the one on screen; `settings` (the person is
 * on the options page) records a reminder as seen — a changed cadence renumbers reminders and
 * must not fire one at once — but still shows anything else, "take it off" above all.
 */
export type AlertMode = 'notify' | 'command' | 'settings';

/**
 * Finishes an event: catches up, decides the present alert (emitted only if new, and never for
 * a command), and emits badge and alarm for the resulting state.
 */
export function settle(
  session: Session,
  now: Ms,
  settings: Settings,
  mode: AlertMode,
  logsBefore: readonly HistoryEntry[],
  extra: readonly Effect[] = [],
): TransitionResult {
  const logs = [...logsBefore];
  let s = advance(session, now, settings, logs);
  const effects: Effect[] = [...logs.map(logEffect), ...extra];
  const alert = presentAlert(s, now, settings);
  const acknowledge = mode === 'command';
  if (alert !== null && alert.key !== s.lastAlert) {
    s = { ...s, lastAlert: alert.key };
    const seen = acknowledge || (mode === 'settings' && alert.notify.kind === 'due');
    if (!seen) {
      const takeOff = alert.notify.kind === 'takeOff';
      const silent = !takeOff && inQuietHours(now, settings.quietHours);
      effects.push({
        type: 'notify',
        notify: { ...alert.notify, silent, requireInteraction: takeOff },
      });
      if (settings.sound && !silent) effects.push({ type: 'sound', volume: settings.soundVolume });
    }
  }
  if (acknowledge) effects.push({ type: 'clearNotification' });
  effects.push({ type: 'badge', badge: badgeFor(s, now) });
  effects.push({ type: 'alarm', when: nextWakeAt(s, now, settings) });
  return { session: s, effects };
}

/** No session (stopped, or never started): history to log, nothing on screen, no alarm. */
export function idle(logs: readonly HistoryEntry[]): TransitionResult {
  return {
    session: null,
    effects: [
      ...logs.map(logEffect),
      { type: 'clearNotification' },
      { type: 'badge', badge: null },
      { type: 'alarm', when: null },
    ],
  };
}

export function refuse(session: Session | null, error: TransitionError): TransitionResult {
  return { session, effects: [], error };
}

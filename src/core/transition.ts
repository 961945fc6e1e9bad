/**
 * The therapy state machine. Pure: `now` and settings are arguments; effects are returned as data
 * for the background to perform.
 *
 *            start                  confirm ("Ice is on")          application ends
 *   (idle) ───────► [due] ─────────────────────► [running: apply] ─────────────────► [running: rest]
 *                    ▲ │ skip (logged "skipped")   │ skip (ended early, see below)          │
 *                    │ └───────────────────────────┴──────────────────────────────────────► │
 *                    │                              rest ends                               │
 *                    └──────────────────────────────────────────────────────────────────────┘
 *   A rest that ends at or after the window's end, or a window that ends while an
 *   application is due, leads to [done] (which may suggest heat).
 *   An application ended early is logged "completed" from DONE_AFTER_MINUTES on, else
 *   "cutShort"; the rest after one may be ended early only from SKIP_REST_AFTER_MINUTES on.
 *   pause: a rest or a due application → [paused] (never a running application); resume
 *   returns with the remaining time kept.
 *   stop: any → (idle). Any event first catches up through every boundary that has passed.
 *
 * Alerts: each state has at most one alert, identified by a key; an alert is emitted only when
 * its key differs from `lastAlert`, so repeated or split wakes never repeat one, and a wake after
 * a long gap yields one alert for the present state (with how late it is), never a burst.
 * Quiet hours hold a due application (one reminder when they end) and silence alerts — except
 * "take it off", which is never silenced and escalates until acknowledged.
 */
import { followClockBack } from './clock-back';
import { command, start } from './commands';
import { replan } from './replan';
import { idle, settle } from './settle';
import type { EngineEvent, Ms, Session, Settings, TransitionResult } from './types';

/**
 * Where each job lives: clock-back.ts (a wall clock that went back), replan.ts (settings changed
 * mid-session), commands.ts (start and the person's commands), catch-up.ts (time passing through
 * boundaries), history-entry.ts, alerts.ts (the one alert of the present state), settle.ts (how
 * every event ends: alert, badge, alarm), next-wake.ts (when to wake next).
 */
export function transition(
  stored: Session | null,
  event: EngineEvent,
  now: Ms,
  settings: Settings,
): TransitionResult {
  const session = stored === null ? null : followClockBack(stored, now);
  let result: TransitionResult;
  switch (event.type) {
    case 'wake':
      result = session === null ? idle([]) : settle(session, now, settings, 'notify', []);
      break;
    case 'settings':
      result =
        session === null
          ? idle([])
          : settle(replan(session, settings), now, settings, 'settings', []);
      break;
    case 'start':
      result = start(session, event, now, settings);
      break;
    default:
      result = command(session, event, now, settings);
  }
  if (result.error) return { session: stored, effects: [], error: result.error };
  const s = result.session;
  return s === null ? result : { ...result, session: { ...s, lastSeenAt: now } };
}

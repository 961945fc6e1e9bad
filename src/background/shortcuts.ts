/** Keyboard shortcuts (manifest `commands`). `_execute_action` opens the popup by itself. */
import type { EngineEvent, Session } from '../core';
import { canPause, takeOffPending } from '../core';

export const TOGGLE_COMMAND = 'toggle-confirm-pause';

/**
 * One key for the common answer to the present (caught-up: app.ts wakes first) state: "It's
 * off" while a take-off alert waits, "Ice is on" when due, resume when paused, pause during a
 * rest. Nothing while an application runs: the engine never pauses one (core/rules.ts).
 * (Reads the session through the engine's rules rather than `view`, which would add ~0.4 KB
 * gzip to the background bundle.)
 */
export function toggleEvent(session: Session | null): EngineEvent | null {
  if (session === null) return null;
  const type = takeOffPending(session)
    ? 'ackTakeOff'
    : session.status === 'due'
      ? 'confirm'
      : session.status === 'paused'
        ? 'resume'
        : canPause(session)
          ? 'pause'
          : null;
  return type && { type };
}

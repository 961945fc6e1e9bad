/** Keyboard shortcuts (manifest `commands`). `_execute_action` opens the popup by itself. */
import type { EngineEvent, Session } from '../core';
import { takeOffPending } from '../core';

export const TOGGLE_COMMAND = 'toggle-confirm-pause';

/**
 * One key for the common answer to the present state: "It's off" while a take-off alert waits,
 * "Ice is on" when due, pause while an application or rest runs, resume when paused.
 * (Reads the session directly rather than through `view`, which would cost the background
 * bundle ~0.5 KB gzip of its 10 KB budget.)
 */
export function toggleEvent(session: Session | null): EngineEvent | null {
  if (session === null) return null;
  if (takeOffPending(session)) return { type: 'ackTakeOff' };
  switch (session.status) {
    case 'due':
      return { type: 'confirm' };
    case 'running':
      return { type: 'pause' };
    case 'paused':
      return { type: 'resume' };
    case 'done':
      return null;
  }
}

import { type JSX, render } from 'preact';
import { DEFAULT_SETTINGS } from '../core';
import type { Client } from '../shared/client';
import type { StateSnapshot } from '../shared/messages';
import { App } from './app';
import { shortcutItems } from './shortcut-line';

const EMPTY: StateSnapshot = { session: null, settings: DEFAULT_SETTINGS, notice: null };

/**
 * Renders the popup once the stored state is known, so the first frame shows the true state
 * (no "loading" flash, no idle screen flickering into a running one).
 */
export async function mountPopup(client: Client, root: HTMLElement): Promise<void> {
  let initial: StateSnapshot;
  let initialError: string | null = null;
  // Both reads start at once, before anything renders: the first frame is the whole truth.
  const snapshot = client.readSnapshot();
  const keys = client.readShortcuts().then(
    (list) => (list ? shortcutItems(list) : null),
    () => null,
  );
  try {
    initial = await snapshot;
  } catch {
    // Storage could not be read: ask the background instead, which also reads it.
    const reply = await client.send({ type: 'getState' });
    initial = reply.ok ? reply.value : EMPTY;
    initialError = reply.ok ? null : reply.error;
  }
  const shortcuts = (await keys) ?? null;
  // The key makes the fallback a new App, not an update of the one that failed.
  const app = (state: StateSnapshot, error: string | null): JSX.Element => (
    <App key={error} client={client} initial={state} initialError={error} shortcuts={shortcuts} />
  );
  try {
    render(app(initial, initialError), root);
  } catch {
    // A stored state the shape checks let through but the screens cannot show: the idle screen
    // and an error line, not a blank popup. Its getState then shows what the background repaired.
    render(app(EMPTY, 'popupErrorGeneric'), root);
  }
}

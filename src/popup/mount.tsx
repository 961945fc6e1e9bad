import { render } from 'preact';
import { DEFAULT_SETTINGS } from '../core';
import type { Client } from '../shared/client';
import type { StateSnapshot } from '../shared/messages';
import { App } from './app';
import { shortcutLine } from './shortcut-line';

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
  const keys = client.readShortcuts?.().then(shortcutLine, () => null);
  try {
    initial = await snapshot;
  } catch {
    // Storage could not be read: ask the background instead, which also reads it.
    const reply = await client.send({ type: 'getState' });
    initial = reply.ok ? reply.value : EMPTY;
    initialError = reply.ok ? null : reply.error;
  }
  render(
    <App
      client={client}
      initial={initial}
      initialError={initialError}
      shortcuts={(await keys) ?? null}
    />,
    root,
  );
}

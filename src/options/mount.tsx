import { render } from 'preact';
import { DEFAULT_SETTINGS, type HistoryEntry } from '../core';
import type { StateSnapshot } from '../shared/messages';
import { App } from './app';
import type { OptionsClient } from './options-client';

const EMPTY: StateSnapshot = { session: null, settings: DEFAULT_SETTINGS, notice: null };

/** Renders once the stored state is known, so the form never shows defaults first. */
export async function mountOptions(client: OptionsClient, root: HTMLElement): Promise<void> {
  const [snapshot, history] = await Promise.all([
    client.readSnapshot().catch(async () => {
      // Storage could not be read here: ask the background, which reads it too.
      const reply = await client.send({ type: 'getState' });
      return reply.ok ? reply.value : EMPTY;
    }),
    client.readHistory().catch((): HistoryEntry[] => []),
  ]);
  render(<App client={client} initial={snapshot} initialHistory={history} />, root);
}

/**
 * The options page's client: the shared view client (snapshot, commands, changes, shortcuts)
 * plus what only this page needs — the history (read-only; the background writes it), file
 * downloads and the chime preview. The browser is reached through src/shared/browser.ts. Components take an `OptionsClient`
 * so they render in unit tests against a mock twin (test/options/mock-options-client.ts).
 */
import { type HistoryEntry, parseHistory } from '../core';
import { browser } from '../shared/browser';
import { playChime } from '../shared/chime';
import { type Client, createBrowserClient } from '../shared/client';
import { HISTORY_KEY } from '../shared/storage-keys';

export interface OptionsClient extends Client {
  readHistory(): Promise<HistoryEntry[]>;
  /** Calls `cb` with the parsed history whenever it changes; returns the unsubscribe. */
  subscribeHistory(cb: (entries: HistoryEntry[]) => void): () => void;
  /** Offers `text` as a file download (no network, no `downloads` permission). */
  saveFile(name: string, type: string, text: string): void;
  previewChime(volume: number): void;
}

/** Hands a Blob to the browser through a temporary `<a download>`. */
export function downloadText(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

let audio: AudioContext | null = null;

function preview(volume: number): void {
  // One context for the page; created on the click, so autoplay rules allow it.
  audio ??= new AudioContext();
  void audio.resume().catch(() => undefined);
  playChime(audio, volume);
}

export function createOptionsClient(): OptionsClient {
  const base = createBrowserClient();
  async function readHistory(): Promise<HistoryEntry[]> {
    const local = await browser.storage.local.get(HISTORY_KEY);
    return parseHistory(local[HISTORY_KEY]).value;
  }
  return {
    ...base,
    readHistory,
    subscribeHistory(cb) {
      let active = true;
      const listener = (changes: Record<string, unknown>, area: string): void => {
        if (area !== 'local' || !(HISTORY_KEY in changes)) return;
        readHistory().then(
          (entries) => {
            if (active) cb(entries);
          },
          () => undefined,
        );
      };
      browser.storage.onChanged.addListener(listener);
      return () => {
        active = false;
        browser.storage.onChanged.removeListener(listener);
      };
    },
    saveFile: downloadText,
    previewChime: preview,
  };
}

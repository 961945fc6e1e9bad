/**
 * The options page's door to the browser: the shared view client (snapshot, commands, changes)
 * plus what only this page needs — the history (read-only; the background writes it), the
 * keyboard shortcuts, file downloads and the chime preview. Components take an `OptionsClient`
 * so they render in unit tests against a mock twin (test/options/mock-options-client.ts).
 */
import { type HistoryEntry, parseHistory } from '../core';
import { playChime } from '../shared/chime';
import { type Client, createBrowserClient } from '../shared/client';
import { HISTORY_KEY } from '../shared/storage-keys';

export interface Shortcut {
  /** The manifest's command name, e.g. "_execute_action". */
  readonly name: string;
  readonly description: string;
  /** The key combination; empty when none is set. */
  readonly shortcut: string;
}

export interface OptionsClient extends Client {
  readHistory(): Promise<HistoryEntry[]>;
  /** Calls `cb` with the parsed history whenever it changes; returns the unsubscribe. */
  subscribeHistory(cb: (entries: HistoryEntry[]) => void): () => void;
  /** null when the browser has no `commands` API here. */
  getShortcuts(): Promise<Shortcut[] | null>;
  /** Offers `text` as a file download (no network, no `downloads` permission). */
  saveFile(name: string, type: string, text: string): void;
  previewChime(volume: number): void;
}

interface CommandLike {
  name?: string;
  description?: string;
  shortcut?: string;
}

interface OptionsApi {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(l: (changes: Record<string, unknown>, area: string) => void): void;
      removeListener(l: (changes: Record<string, unknown>, area: string) => void): void;
    };
  };
  commands?: { getAll(): Promise<CommandLike[]> };
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
  // createBrowserClient has thrown already if neither namespace exists.
  const g = globalThis as { browser?: OptionsApi; chrome?: OptionsApi };
  const api = (g.browser ?? g.chrome) as OptionsApi;
  async function readHistory(): Promise<HistoryEntry[]> {
    const local = await api.storage.local.get(HISTORY_KEY);
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
      api.storage.onChanged.addListener(listener);
      return () => {
        active = false;
        api.storage.onChanged.removeListener(listener);
      };
    },
    async getShortcuts() {
      if (!api.commands?.getAll) return null;
      try {
        const all = await api.commands.getAll();
        return all.map((c) => ({
          name: c.name ?? '',
          description: c.description ?? '',
          shortcut: c.shortcut ?? '',
        }));
      } catch {
        return null;
      }
    },
    saveFile: downloadText,
    previewChime: preview,
  };
}

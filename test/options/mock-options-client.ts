/**
 * The options page's `OptionsClient` twin: in-memory snapshot and history, recorded sends,
 * files and previews. saveSettings runs the background's own check (parseSettings).
 */
import type { HistoryEntry, Settings } from '../../src/core';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/core';
import type { OptionsClient } from '../../src/options/options-client';
import type { Shortcut } from '../../src/shared/client';
import type {
  CommandName,
  Message,
  MessageOf,
  Reply,
  StateSnapshot,
} from '../../src/shared/messages';
import { T0 } from '../popup/mock-client';

export interface SavedFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

export interface MockOptionsClient extends OptionsClient {
  snapshot: StateSnapshot;
  history: HistoryEntry[];
  shortcuts: Shortcut[] | null;
  clock: number;
  readonly sent: Message[];
  readonly files: SavedFile[];
  readonly previews: number[];
  replyWith(type: CommandName, reply: Reply<CommandName>): void;
  sentOf<K extends CommandName>(type: K): MessageOf<K>[];
}

export function createMockOptionsClient(
  initial: Partial<StateSnapshot> = {},
  history: HistoryEntry[] = [],
): MockOptionsClient {
  const overrides = new Map<CommandName, Reply<CommandName>>();
  const listeners = new Set<(s: StateSnapshot) => void>();
  const historyListeners = new Set<(h: HistoryEntry[]) => void>();
  const ok = <K extends CommandName>(): Promise<Reply<K>> =>
    Promise.resolve({ ok: true, value: client.snapshot } as Reply<K>);
  const setSettings = (settings: Settings): void => {
    client.snapshot = { ...client.snapshot, settings };
  };
  const client: MockOptionsClient = {
    snapshot: { session: null, settings: DEFAULT_SETTINGS, notice: null, ...initial },
    history,
    shortcuts: [],
    clock: T0,
    sent: [],
    files: [],
    previews: [],
    readSnapshot: () => Promise.resolve(client.snapshot),
    send<K extends CommandName>(msg: MessageOf<K>): Promise<Reply<K>> {
      client.sent.push(msg);
      const override = overrides.get(msg.type);
      if (override) {
        overrides.delete(msg.type);
        return Promise.resolve(override as Reply<K>);
      }
      if (msg.type === 'saveSettings') {
        const parsed = parseSettings((msg as MessageOf<'saveSettings'>).settings);
        if (parsed.reset) return Promise.resolve({ ok: false, error: 'errorInvalidSettings' });
        setSettings(parsed.value);
      } else if (msg.type === 'resetSettings') {
        setSettings(DEFAULT_SETTINGS);
      } else if (msg.type === 'clearHistory') {
        client.history = [];
        for (const cb of historyListeners) cb([]);
      }
      return ok<K>();
    },
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    now: () => client.clock,
    openPage: () => undefined,
    readHistory: () => Promise.resolve(client.history),
    subscribeHistory(cb) {
      historyListeners.add(cb);
      return () => historyListeners.delete(cb);
    },
    readShortcuts: () => Promise.resolve(client.shortcuts),
    saveFile(name, type, text) {
      client.files.push({ name, type, text });
    },
    previewChime(volume) {
      client.previews.push(volume);
    },
    replyWith(type, reply) {
      overrides.set(type, reply);
    },
    sentOf<K extends CommandName>(type: K): MessageOf<K>[] {
      return client.sent.filter((m): m is MessageOf<K> => m.type === type);
    },
  };
  return client;
}

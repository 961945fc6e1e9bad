/**
 * The views' door to the extension: reads state straight from storage (read-only; the
 * background is the only writer), sends commands, follows changes, through the one browser
 * module (src/shared/browser.ts). Components take a `Client` so they render in unit tests against
 * a mock twin (test/popup/mock-client.ts).
 */
import { looksLikeSession, settingsForView } from '../core';
import { browser } from './browser';
import type { CommandName, MessageOf, Reply, StateSnapshot } from './messages';
import { NOTICE_KEY, SESSION_KEY, SETTINGS_KEY } from './storage-keys';
import { readStoredSettings } from './stored-settings';

export interface Client {
  readSnapshot(): Promise<StateSnapshot>;
  send<K extends CommandName>(msg: MessageOf<K>): Promise<Reply<K>>;
  /** Calls `cb` with a fresh snapshot whenever stored state changes; returns the unsubscribe. */
  subscribe(cb: (snapshot: StateSnapshot) => void): () => void;
  now(): number;
  /** Opens an extension page (e.g. "guide.html#ice") in a tab and closes the popup. */
  openPage(path: string): void;
  /** The keyboard shortcuts as the browser has them now; null where it cannot list them. */
  readShortcuts(): Promise<Shortcut[] | null>;
}

/** One of the manifest's keyboard commands. */
export interface Shortcut {
  /** The manifest's command name, e.g. "_execute_action". */
  readonly name: string;
  readonly description: string;
  /** The key combination; empty when none is set. */
  readonly shortcut: string;
}

/** The message key shown when the background cannot be reached. */
export const ERROR_NO_BACKGROUND = 'errorNoBackground';

function isReply(value: unknown): value is Reply<CommandName> {
  const reply = value as { ok?: unknown; error?: unknown } | null | undefined;
  return reply?.ok === true || (reply?.ok === false && typeof reply.error === 'string');
}

const WATCHED_KEYS: readonly string[] = [SESSION_KEY, SETTINGS_KEY, NOTICE_KEY];

/** The shortcuts, or null where the browser has none (e.g. Firefox for Android) or fails. */
async function readShortcuts(): Promise<Shortcut[] | null> {
  if (!browser.commands?.getAll) return null;
  try {
    const all = await browser.commands.getAll();
    return all.map((c) => ({
      name: c.name ?? '',
      description: c.description ?? '',
      shortcut: c.shortcut ?? '',
    }));
  } catch {
    return null;
  }
}

export function createBrowserClient(): Client {
  async function readSnapshot(): Promise<StateSnapshot> {
    // Every read at once (one round trip): the popup's first frame waits on it.
    const settings = await readStoredSettings(browser.storage, [SESSION_KEY, NOTICE_KEY]);
    const { local } = settings;
    const notice = local[NOTICE_KEY];
    return {
      // Shape checks only: the background validates and repairs (see core/guard.ts).
      session: looksLikeSession(local[SESSION_KEY]) ? local[SESSION_KEY] : null,
      settings: settingsForView(settings.raw),
      notice: notice === 'storageReset' || notice === 'saveFailed' ? notice : null,
    };
  }

  return {
    readSnapshot,

    async send<K extends CommandName>(msg: MessageOf<K>): Promise<Reply<K>> {
      try {
        const reply: unknown = await browser.runtime.sendMessage(msg);
        if (isReply(reply)) return reply as Reply<K>;
      } catch {
        // "Could not establish connection. Receiving end does not exist." and the like.
      }
      return { ok: false, error: ERROR_NO_BACKGROUND };
    },

    subscribe(cb: (snapshot: StateSnapshot) => void): () => void {
      let latest = 0;
      let active = true;
      const listener = (changes: Record<string, unknown>, area: string): void => {
        if (area !== 'local' && area !== 'sync') return;
        if (!WATCHED_KEYS.some((key) => key in changes)) return;
        // Reads can overlap; only the newest one is delivered, so an older read never
        // overwrites a newer state.
        const ticket = ++latest;
        readSnapshot().then(
          (snapshot) => {
            if (active && ticket === latest) cb(snapshot);
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

    now: () => Date.now(),

    openPage(path: string): void {
      browser.tabs.create({ url: browser.runtime.getURL(path) }).then(
        () => window.close(),
        () => undefined,
      );
    },

    readShortcuts,
  };
}

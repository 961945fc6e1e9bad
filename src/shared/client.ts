/**
 * The views' only door to the browser: reads state straight from storage (read-only; the
 * background is the only writer), sends commands, follows changes. Components take a `Client`
 * so they render in unit tests against a mock twin (test/popup/mock-client.ts).
 *
 * No webextension-polyfill at run time (only its types), like i18n.ts: every call here returns
 * a promise natively in Firefox (`browser`) and in Chrome MV3 ≥ 120 (`chrome`; the manifest's
 * minimum), and the polyfill alone is ~2.8 KB gzip of the popup's 12 KB budget.
 * https://developer.chrome.com/docs/extensions/develop/concepts/browser-namespace
 */
import type Browser from 'webextension-polyfill';
import { looksLikeSession, settingsForView } from '../core';
import type { CommandName, MessageOf, Reply, StateSnapshot } from './messages';
import { NOTICE_KEY, SESSION_KEY, SETTINGS_KEY } from './storage-keys';

export interface Client {
  readSnapshot(): Promise<StateSnapshot>;
  send<K extends CommandName>(msg: MessageOf<K>): Promise<Reply<K>>;
  /** Calls `cb` with a fresh snapshot whenever stored state changes; returns the unsubscribe. */
  subscribe(cb: (snapshot: StateSnapshot) => void): () => void;
  now(): number;
  /** Opens an extension page (e.g. "guide.html#ice") in a tab and closes the popup. */
  openPage(path: string): void;
  /**
   * The keyboard shortcuts by manifest command name (e.g. "_execute_action"); `shortcut` is
   * empty or missing when no key is set. Optional so a twin without it still compiles.
   */
  readShortcuts?(): Promise<readonly Shortcut[]>;
}

export interface Shortcut {
  readonly name?: string;
  readonly shortcut?: string;
}

/** The message key shown when the background cannot be reached. */
export const ERROR_NO_BACKGROUND = 'errorNoBackground';

type ViewApi = Pick<Browser.Browser, 'storage' | 'runtime' | 'tabs' | 'commands'>;

function extensionApi(): ViewApi {
  const g = globalThis as { browser?: ViewApi; chrome?: ViewApi };
  const api = g.browser ?? g.chrome;
  if (!api) throw new Error('IceCycle views must run inside the extension');
  return api;
}

/** Settings stored in storage.sync, or undefined when none are there or sync cannot be read. */
async function readSynced(browser: ViewApi): Promise<unknown> {
  // storage.sync may be disabled or unavailable (e.g. Firefox without an account, or a
  // policy); settings then live in storage.local, as ARCHITECTURE.md describes.
  try {
    return (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    return undefined;
  }
}

function isReply(value: unknown): value is Reply<CommandName> {
  const reply = value as { ok?: unknown; error?: unknown } | null | undefined;
  return reply?.ok === true || (reply?.ok === false && typeof reply.error === 'string');
}

const WATCHED_KEYS: readonly string[] = [SESSION_KEY, SETTINGS_KEY, NOTICE_KEY];

export function createBrowserClient(): Client {
  const browser = extensionApi();
  async function readSnapshot(): Promise<StateSnapshot> {
    // Both areas at once (one round trip, not sync then local): the popup's first frame waits on it.
    const [local, synced] = await Promise.all([
      browser.storage.local.get([SESSION_KEY, NOTICE_KEY, SETTINGS_KEY]),
      readSynced(browser),
    ]);
    const settingsRaw = synced === undefined ? local[SETTINGS_KEY] : synced;
    const notice = local[NOTICE_KEY];
    return {
      // Shape checks only: the background validates and repairs (see core/guard.ts).
      session: looksLikeSession(local[SESSION_KEY]) ? local[SESSION_KEY] : null,
      settings: settingsForView(settingsRaw),
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

    // `commands` is missing where the browser has no shortcuts (e.g. Firefox for Android).
    readShortcuts: async () => (await browser.commands?.getAll()) ?? [],
  };
}

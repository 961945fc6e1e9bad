/**
 * An in-memory fake of exactly the WebExtension APIs IceCycle uses, with their real semantics,
 * assembled from one file per API (storage, alarms, notifications, action, runtime, offscreen,
 * commands, idle). Two flavours: `chromium` (notification buttons, onButtonClicked, openPopup,
 * offscreen documents, runtime.getContexts) and `firefox` (runtime.getBrowserInfo;
 * notifications.create throws on buttons or requireInteraction, as Firefox's schema validation
 * does; no onButtonClicked, no offscreen API). Both have commands and idle.
 *
 * The product reaches it through its one browser module: test/setup/browser.ts mocks
 * webextension-polyfill so src/shared/browser.ts exports the fake installed with `useFakeBrowser`.
 */
import type { BrowserApi } from '../../src/background/browser-api';
import type { Browser } from '../../src/shared/browser';
import { makeGetMessage } from '../helpers/messages';
import { FakeAction } from './action';
import { FakeAlarms } from './alarms';
import type { FakeClock } from './clock';
import { createFakeClock } from './clock';
import { FakeCommands } from './commands';
import { FakeEvent } from './event';
import type { Flavour } from './flavour';
import { FakeIdle } from './idle';
import { FakeNotifications } from './notifications';
import { FakeOffscreen } from './offscreen';
import { FakeRuntime } from './runtime';
import { FakeStorageArea } from './storage';

export type { Flavour } from './flavour';

type StorageChange = Browser.Storage.StorageChange;

export interface FakeBrowserOptions {
  readonly flavour?: Flavour;
  readonly clock?: FakeClock;
  /** Chrome packed builds clamp alarms to ≥ 30 s ahead (PLATFORM.md §2); 0 = unpacked. */
  readonly alarmMinDelayMs?: number;
  /** How action.openPopup behaves: Chrome 127+ opens; Firefox outside a user action rejects. */
  readonly openPopup?: 'opens' | 'rejects' | 'missing';
}

export interface FakeBrowser {
  readonly flavour: Flavour;
  readonly clock: FakeClock;
  readonly storage: {
    local: FakeStorageArea;
    sync: FakeStorageArea;
    onChanged: FakeEvent<(changes: Record<string, StorageChange>, areaName: string) => void>;
  };
  readonly alarms: FakeAlarms;
  readonly notifications: FakeNotifications;
  readonly action: FakeAction;
  readonly runtime: FakeRuntime;
  /** Chromium only. */
  readonly offscreen?: FakeOffscreen;
  readonly commands: FakeCommands;
  readonly idle: FakeIdle;
  readonly tabs: Pick<Browser.Tabs.Static, 'create'> & { readonly created: { url: string }[] };
  readonly i18n: Pick<Browser.I18n.Static, 'getMessage' | 'getUILanguage'>;
  /** Fires due alarms without moving time (e.g. after an alarm was armed in the past). */
  flush(): Promise<void>;
  /**
   * Kills the background: every listener is removed (a fresh worker registers its own). With
   * `browserRestart`, alarms, notifications and badge state are lost too; storage always survives.
   */
  restart(options?: { browserRestart?: boolean }): void;
}

export function createFakeBrowser(options: FakeBrowserOptions = {}): FakeBrowser {
  const flavour = options.flavour ?? 'chromium';
  const clock = options.clock ?? createFakeClock(Date.UTC(2026, 0, 5, 9));
  const id =
    flavour === 'firefox' ? 'icecycle@icecycle.example' : 'abcdefghijklmnopabcdefghijklmnop';
  const origin =
    flavour === 'firefox'
      ? 'moz-extension://2f0c5b1e-0d1c-4b8e-9d59-3c1f3a7c2b10'
      : `chrome-extension://${id}`;
  const getMessage = makeGetMessage('en');

  const onChanged = new FakeEvent<
    (changes: Record<string, StorageChange>, areaName: string) => void
  >();
  const emit = (changes: Record<string, StorageChange>, area: string): void => {
    void onChanged.dispatch(changes, area);
  };
  const local = new FakeStorageArea('local', emit);
  const sync = new FakeStorageArea('sync', emit);
  const alarms = new FakeAlarms(clock, options.alarmMinDelayMs ?? 0);
  const notifications = new FakeNotifications(flavour);
  const action = new FakeAction(
    getMessage('extActionTitle') || 'IceCycle',
    options.openPopup ?? (flavour === 'firefox' ? 'rejects' : 'opens'),
  );
  const runtime = new FakeRuntime(id, origin, flavour);
  const offscreen = flavour === 'chromium' ? new FakeOffscreen(runtime) : undefined;
  const commands = new FakeCommands();
  const idle = new FakeIdle(flavour);
  const created: { url: string }[] = [];
  let tabId = 1;

  const events: FakeEvent<never>[] = [
    onChanged,
    local.onChanged,
    sync.onChanged,
    alarms.onAlarm,
    notifications.onClicked,
    notifications.onClosed,
    runtime.onInstalled,
    runtime.onStartup,
    runtime.onMessage,
    commands.onCommand,
    idle.onStateChanged,
    ...(notifications.onButtonClicked ? [notifications.onButtonClicked] : []),
  ] as unknown as FakeEvent<never>[];

  return {
    flavour,
    clock,
    storage: { local, sync, onChanged },
    alarms,
    notifications,
    action,
    runtime,
    ...(offscreen ? { offscreen } : {}),
    commands,
    idle,
    tabs: {
      created,
      async create(details) {
        const url = details.url ?? 'about:newtab';
        created.push({ url });
        // A new tab, active in its window, as the browsers open one.
        const tab = {
          id: tabId++,
          index: created.length - 1,
          url,
          active: true,
          highlighted: true,
        };
        return { ...tab, pinned: false, incognito: false };
      },
    },
    i18n: { getMessage, getUILanguage: () => 'en' },
    flush: () => clock.advance(0),
    restart(restartOptions = {}) {
      for (const event of events) event.removeAll();
      if (restartOptions.browserRestart) {
        alarms.forget();
        notifications.forget();
        action.forget();
        offscreen?.close();
      }
    },
  };
}

/**
 * The fake as the type the product takes (the polyfill's `browser`, src/background/browser-api.ts),
 * for code that is handed a browser directly. It implements the members IceCycle calls, not the
 * whole API: a call to anything else fails the test that makes it. Each member it has is typed
 * against the polyfill's own (each fake `implements Pick<…>` of its API), so this cast hides only
 * the members it lacks.
 */
export function asBrowser(fake: FakeBrowser): BrowserApi {
  return fake as unknown as BrowserApi;
}

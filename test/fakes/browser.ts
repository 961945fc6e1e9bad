/**
 * An in-memory fake of exactly the WebExtension APIs IceCycle's background uses, with their real
 * semantics (see each part). Two flavours: `chromium` (notification buttons, onButtonClicked,
 * openPopup, offscreen documents, runtime.getContexts) and `firefox` (runtime.getBrowserInfo;
 * notifications.create throws on buttons or requireInteraction, as Firefox's schema validation
 * does; no onButtonClicked, no offscreen API). Both have commands and idle.
 */
import type {
  Alarm,
  AlarmCreateInfo,
  BrowserApi,
  ContextFilter,
  IdleState,
  InstalledDetails,
  MessageListener,
  MessageSender,
  NotificationOptions,
  OffscreenParams,
  StorageChange,
} from '../../src/background/browser-api';
import { makeGetMessage } from '../helpers/messages';
import type { FakeClock } from './clock';
import { createFakeClock } from './clock';
import { FakeEvent, isThenable } from './event';
import { Hangs } from './hang';
import { FakeStorageArea } from './storage';

export type Flavour = 'chromium' | 'firefox';

export interface FakeBrowserOptions {
  readonly flavour?: Flavour;
  readonly clock?: FakeClock;
  /** Chrome packed builds clamp alarms to ≥ 30 s ahead (PLATFORM.md §2); 0 = unpacked. */
  readonly alarmMinDelayMs?: number;
  /** How action.openPopup behaves: Chrome 127+ opens; Firefox outside a user action rejects. */
  readonly openPopup?: 'opens' | 'rejects' | 'missing';
}

export class FakeAlarms {
  readonly onAlarm = new FakeEvent<(alarm: Alarm) => unknown>();
  /** Every successful create call, in order (to check nothing is re-armed needlessly). */
  readonly createCalls: Alarm[] = [];
  private readonly alarms = new Map<string, Alarm>();

  constructor(
    private readonly clock: FakeClock,
    private readonly minDelayMs: number,
  ) {
    clock.attach({ nextDueAt: () => this.nextDueAt(), fireDue: () => this.fireDue() });
  }

  async create(nameOrInfo: string | AlarmCreateInfo, maybeInfo?: AlarmCreateInfo): Promise<void> {
    await Promise.resolve();
    const name = typeof nameOrInfo === 'string' ? nameOrInfo : '';
    const info = (typeof nameOrInfo === 'string' ? maybeInfo : nameOrInfo) ?? {};
    const now = this.clock.now();
    let scheduledTime: number;
    if (info.when !== undefined) {
      if (info.delayInMinutes !== undefined)
        throw new Error('Cannot set both when and delayInMinutes.');
      scheduledTime = info.when;
    } else if (info.delayInMinutes !== undefined)
      scheduledTime = now + info.delayInMinutes * 60_000;
    else if (info.periodInMinutes !== undefined)
      scheduledTime = now + info.periodInMinutes * 60_000;
    else throw new Error('Must set at least one of when, delayInMinutes, or periodInMinutes.');
    scheduledTime = Math.max(scheduledTime, now + this.minDelayMs);
    // A create with an existing name replaces that alarm.
    const alarm: Alarm = {
      name,
      scheduledTime,
      ...(info.periodInMinutes === undefined ? {} : { periodInMinutes: info.periodInMinutes }),
    };
    this.alarms.set(name, alarm);
    this.createCalls.push({ ...alarm });
  }

  async get(name = ''): Promise<Alarm | undefined> {
    await Promise.resolve();
    const alarm = this.alarms.get(name);
    return alarm ? { ...alarm } : undefined;
  }

  async getAll(): Promise<Alarm[]> {
    await Promise.resolve();
    return [...this.alarms.values()].map((a) => ({ ...a }));
  }

  async clear(name = ''): Promise<boolean> {
    await Promise.resolve();
    return this.alarms.delete(name);
  }

  async clearAll(): Promise<boolean> {
    await Promise.resolve();
    const had = this.alarms.size > 0;
    this.alarms.clear();
    return had;
  }

  /** Synchronous view for assertions. */
  peek(): Alarm[] {
    return [...this.alarms.values()].map((a) => ({ ...a }));
  }

  /** Loses every alarm, as a browser restart does (Firefox keeps alarms in memory only). */
  forget(): void {
    this.alarms.clear();
  }

  private nextDueAt(): number | null {
    let min: number | null = null;
    for (const a of this.alarms.values())
      if (min === null || a.scheduledTime < min) min = a.scheduledTime;
    return min;
  }

  private async fireDue(): Promise<void> {
    const now = this.clock.now();
    const due = [...this.alarms.values()]
      .filter((a) => a.scheduledTime <= now)
      .sort((a, b) => a.scheduledTime - b.scheduledTime);
    for (const alarm of due) {
      // Only fire what is still armed with this instant (an earlier listener may have changed it).
      const current = this.alarms.get(alarm.name);
      if (current?.scheduledTime !== alarm.scheduledTime) continue;
      if (alarm.periodInMinutes !== undefined) {
        // Chrome re-bases a repeating alarm from the moment it fires.
        this.alarms.set(alarm.name, {
          ...alarm,
          scheduledTime: now + alarm.periodInMinutes * 60_000,
        });
      } else this.alarms.delete(alarm.name);
      await this.onAlarm.dispatch({ ...alarm });
    }
  }
}

export class FakeNotifications {
  readonly onClicked = new FakeEvent<(id: string) => unknown>();
  readonly onClosed = new FakeEvent<(id: string, byUser: boolean) => unknown>();
  readonly onButtonClicked?: FakeEvent<(id: string, buttonIndex: number) => unknown>;
  /** Chromium only. Set `permission` to simulate notifications blocked in the browser. */
  getPermissionLevel?: () => Promise<'granted' | 'denied'>;
  permission: 'granted' | 'denied' = 'granted';
  /** Every notification ever created, in order. */
  readonly created: { id: string; options: NotificationOptions }[] = [];
  /**
   * Titles of the alerts that popped up: created under an id not on screen. A create under an id
   * still shown (or kept in the tray) only updates it in place, with no new pop-up
   * (GoogleChrome/developer.chrome.com#4349).
   */
  readonly popups: string[] = [];
  /** Every create and clear call in order, as "create:<id>" / "clear:<id>". */
  readonly calls: string[] = [];
  private readonly shown = new Map<string, NotificationOptions>();
  private readonly hangs = new Hangs<'create' | 'clear'>();
  private nextId = 1;

  constructor(private readonly flavour: Flavour) {
    if (flavour === 'chromium') {
      this.onButtonClicked = new FakeEvent();
      this.getPermissionLevel = async () => this.permission;
    }
  }

  /**
   * The worker dies inside the next `create` (or `clear`): the call never settles and nothing
   * is shown (or cleared). Resolves when it is reached (then call `restart()`).
   */
  hangNext(method: 'create' | 'clear'): Promise<void> {
    return this.hangs.plant((m) => m === method);
  }

  create(
    idOrOptions: string | NotificationOptions,
    maybeOptions?: NotificationOptions,
  ): Promise<string> {
    const hung = this.hangs.take('create');
    if (hung) return hung;
    const options = typeof idOrOptions === 'string' ? maybeOptions : idOrOptions;
    const id =
      typeof idOrOptions === 'string' && idOrOptions !== '' ? idOrOptions : `auto-${this.nextId++}`;
    if (!options) throw new Error('notifications.create: options are required');
    if (this.flavour === 'firefox') {
      // Firefox validates against its schema synchronously and throws (PLATFORM.md §4).
      if ('buttons' in options) {
        throw new Error(
          'Type error for parameter options (Property "buttons" is unsupported by Firefox)',
        );
      }
      if ('requireInteraction' in options) {
        throw new Error(
          'Type error for parameter options (Property "requireInteraction" is unsupported by Firefox)',
        );
      }
    } else {
      const missing = ['type', 'iconUrl', 'title', 'message'].filter(
        (k) => (options as unknown as Record<string, unknown>)[k] === undefined,
      );
      if (missing.length > 0) {
        return Promise.reject(
          new Error(`Some of the required properties are missing: ${missing.join(', ')}`),
        );
      }
      if ((options.buttons?.length ?? 0) > 2) return Promise.reject(new Error('At most 2 buttons'));
    }
    // The same id replaces the notification on screen instead of adding another.
    this.calls.push(`create:${id}`);
    if (!this.shown.has(id)) this.popups.push(options.title);
    this.shown.set(id, structuredClone(options));
    this.created.push({ id, options: structuredClone(options) });
    return Promise.resolve(id);
  }

  async clear(id: string): Promise<boolean> {
    this.calls.push(`clear:${id}`);
    await Promise.resolve();
    const hung = this.hangs.take('clear');
    if (hung) await hung;
    return this.shown.delete(id);
  }

  async getAll(): Promise<Record<string, NotificationOptions>> {
    await Promise.resolve();
    return structuredClone(Object.fromEntries(this.shown));
  }

  /** Synchronous view for assertions. */
  peek(): Record<string, NotificationOptions> {
    return structuredClone(Object.fromEntries(this.shown));
  }

  /** The person clicks the notification body. */
  click(id: string): Promise<void> {
    return this.onClicked.dispatch(id);
  }

  /** The person clicks a button (Chromium). */
  async clickButton(id: string, index: number): Promise<void> {
    if (!this.onButtonClicked) throw new Error('no notification buttons in this browser');
    await this.onButtonClicked.dispatch(id, index);
  }

  /** The notification goes away (the person dismissed it, or the system did). */
  async close(id: string, byUser: boolean): Promise<void> {
    if (!this.shown.delete(id)) return;
    await this.onClosed.dispatch(id, byUser);
  }

  forget(): void {
    this.shown.clear();
  }
}

export class FakeAction {
  badgeText = '';
  badgeBackgroundColor: string | null = null;
  badgeTextColor: string | null = null;
  title: string;
  popupOpens = 0;
  openPopup?: () => Promise<void>;

  constructor(
    private readonly defaultTitle: string,
    openPopup: 'opens' | 'rejects' | 'missing',
  ) {
    this.title = defaultTitle;
    if (openPopup === 'opens') {
      this.openPopup = async () => {
        this.popupOpens++;
      };
    } else if (openPopup === 'rejects') {
      this.openPopup = () => Promise.reject(new Error('openPopup requires a user gesture'));
    }
  }

  async setBadgeText(details: { text: string | null }): Promise<void> {
    this.badgeText = details.text ?? '';
  }
  async getBadgeText(_details: object = {}): Promise<string> {
    return this.badgeText;
  }
  async setBadgeBackgroundColor(details: { color: string }): Promise<void> {
    this.badgeBackgroundColor = details.color;
  }
  async getBadgeBackgroundColor(_details: object = {}): Promise<string | null> {
    return this.badgeBackgroundColor;
  }
  async setBadgeTextColor(details: { color: string }): Promise<void> {
    this.badgeTextColor = details.color;
  }
  async getBadgeTextColor(_details: object = {}): Promise<string | null> {
    return this.badgeTextColor;
  }
  async setTitle(details: { title: string | null }): Promise<void> {
    this.title = details.title ?? this.defaultTitle;
  }
  async getTitle(_details: object = {}): Promise<string> {
    return this.title;
  }

  /** A browser restart forgets runtime badge customisations (w3c/webextensions#249). */
  forget(): void {
    this.badgeText = '';
    this.badgeBackgroundColor = null;
    this.badgeTextColor = null;
    this.title = this.defaultTitle;
  }
}

export class FakeRuntime {
  readonly onInstalled = new FakeEvent<(details: InstalledDetails) => unknown>();
  readonly onStartup = new FakeEvent<() => unknown>();
  readonly onMessage = new FakeEvent<MessageListener>();
  /**
   * onMessage listeners of the extension's other pages (an offscreen document): they hear
   * sendMessage too, and survive a worker restart.
   */
  readonly pageListeners = new FakeEvent<MessageListener>();
  getBrowserInfo?: () => Promise<{ name: string; version: string }>;
  /** Chromium (116+): the open offscreen document, if any; set by FakeOffscreen. */
  getContexts?: (filter: ContextFilter) => Promise<unknown[]>;

  constructor(
    readonly id: string,
    private readonly origin: string,
    flavour: Flavour,
  ) {
    if (flavour === 'firefox') {
      this.getBrowserInfo = async () => ({ name: 'Firefox', version: '140.0' });
    }
  }

  getURL(path: string): string {
    return `${this.origin}/${path.replace(/^\//, '')}`;
  }

  /**
   * Delivers a message to the onMessage listeners like a page of the extension would: the first
   * listener that returns a promise, or `true` and later calls sendResponse, answers. Message and
   * reply are cloned. With no answer, rejects like Chrome.
   */
  sendMessage(message: unknown): Promise<unknown> {
    const sent = structuredClone(message);
    const sender: MessageSender = { id: this.id, url: this.getURL('popup.html') };
    return new Promise((resolve, reject) => {
      let answered = false;
      let waiting = false;
      const answer = (value: unknown): void => {
        if (answered) return;
        answered = true;
        resolve(structuredClone(value));
      };
      for (const listener of [...this.onMessage.all, ...this.pageListeners.all]) {
        const result = listener(sent, sender, answer);
        if (isThenable(result)) {
          result.then(answer, (error: unknown) => {
            if (!answered) {
              answered = true;
              reject(error);
            }
          });
          waiting = true;
          break;
        }
        if (result === true) {
          waiting = true;
          break;
        }
        if (answered) return;
      }
      if (!waiting && !answered) {
        reject(new Error('Could not establish connection. Receiving end does not exist.'));
      }
    });
  }
}

/**
 * Chromium's offscreen API: one document at a time (a second createDocument rejects, as Chrome
 * does). While open, the document answers chime messages the way src/offscreen/ does and
 * records every message it hears.
 */
export class FakeOffscreen {
  /** Every successful createDocument call, in order. */
  readonly created: OffscreenParams[] = [];
  /** Every message the open document heard. */
  readonly received: unknown[] = [];
  private open: OffscreenParams | null = null;
  private readonly listener: MessageListener = (message, _sender, sendResponse) => {
    this.received.push(message);
    const m = message as { target?: unknown; volume?: unknown };
    if (m?.target === 'offscreen') sendResponse({ ok: true, seconds: m.volume === 0 ? 0 : 0.6 });
    return undefined;
  };

  constructor(private readonly runtime: FakeRuntime) {
    runtime.getContexts = async (filter) => {
      await Promise.resolve();
      if (this.open === null) return [];
      const documentUrl = runtime.getURL(this.open.url);
      const typeOk = !filter.contextTypes || filter.contextTypes.includes('OFFSCREEN_DOCUMENT');
      const urlOk = !filter.documentUrls || filter.documentUrls.includes(documentUrl);
      return typeOk && urlOk ? [{ contextType: 'OFFSCREEN_DOCUMENT', documentUrl }] : [];
    };
  }

  async createDocument(params: OffscreenParams): Promise<void> {
    await Promise.resolve();
    if (!params.reasons?.length || !params.justification)
      throw new Error('reasons and justification are required');
    if (this.open !== null) throw new Error('Only a single offscreen document may be created.');
    this.open = structuredClone(params);
    this.created.push(structuredClone(params));
    this.runtime.pageListeners.addListener(this.listener);
  }

  get isOpen(): boolean {
    return this.open !== null;
  }

  /** Chrome closes an AUDIO_PLAYBACK document after 30 s without sound, and on a restart. */
  close(): void {
    this.open = null;
    this.runtime.pageListeners.removeListener(this.listener);
  }
}

export class FakeCommands {
  readonly onCommand = new FakeEvent<(command: string) => unknown>();

  /** The person presses the shortcut bound to `name`. */
  press(name: string): Promise<void> {
    return this.onCommand.dispatch(name);
  }
}

export class FakeIdle {
  readonly onStateChanged = new FakeEvent<(state: IdleState) => unknown>();
  state: IdleState = 'active';

  constructor(private readonly flavour: Flavour) {}

  async queryState(_seconds: number): Promise<IdleState> {
    return this.state;
  }

  /** The system reports a new state; only changes fire, as in the browsers. */
  async set(state: IdleState): Promise<void> {
    // Firefox never reports `locked` (PLATFORM.md §7): the screen lock reads as idle.
    const next = this.flavour === 'firefox' && state === 'locked' ? 'idle' : state;
    if (next === this.state) return;
    this.state = next;
    await this.onStateChanged.dispatch(next);
  }
}

export interface FakeBrowser extends BrowserApi {
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
  readonly tabs: {
    create(details: { url: string }): Promise<{ id: number; url: string }>;
    readonly created: { url: string }[];
  };
  readonly i18n: {
    getMessage(key: string, substitutions?: string | string[]): string;
    getUILanguage(): string;
  };
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
        created.push({ url: details.url });
        return { id: tabId++, url: details.url };
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

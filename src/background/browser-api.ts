/**
 * The narrow slice of the WebExtension API the background uses. Typed here rather than from
 * `@types/webextension-polyfill` because those types follow Firefox's schema (no notification
 * `buttons`, no `requireInteraction`, no `onButtonClicked`); Chromium-only members are optional
 * and feature-detected. The real `browser` object and test/fakes/browser.ts both satisfy it.
 */

export interface BrowserEvent<F> {
  addListener(callback: F): void;
  removeListener(callback: F): void;
  hasListener(callback: F): boolean;
}

export type StorageKeys = string | string[] | Record<string, unknown> | null | undefined;

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export interface StorageArea {
  get(keys?: StorageKeys): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
}

export interface Alarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

export interface AlarmCreateInfo {
  when?: number;
  delayInMinutes?: number;
  periodInMinutes?: number;
}

export interface NotificationButton {
  title: string;
}

export interface NotificationOptions {
  type: 'basic';
  title: string;
  message: string;
  iconUrl?: string;
  /** Chromium only: Firefox rejects the call when present (PLATFORM.md §4). */
  buttons?: NotificationButton[];
  /** Chromium only: Firefox rejects the call when present (PLATFORM.md §4). */
  requireInteraction?: boolean;
  /** Chromium only: no sound or vibration (quiet hours). */
  silent?: boolean;
}

export interface InstalledDetails {
  reason: string;
  previousVersion?: string;
  temporary?: boolean;
}

export interface MessageSender {
  id?: string;
  url?: string;
}

export type MessageListener = (
  message: unknown,
  sender: MessageSender,
  sendResponse: (response: unknown) => void,
) => Promise<unknown> | true | undefined;

/** What `runtime.getContexts` filters on (Chrome 116+, Firefox 127+). */
export interface ContextFilter {
  contextTypes?: string[];
  documentUrls?: string[];
}

export interface OffscreenParams {
  url: string;
  reasons: string[];
  justification: string;
}

/** `idle.onStateChanged` states; Firefox never reports `locked` (PLATFORM.md §7). */
export type IdleState = 'active' | 'idle' | 'locked';

export interface BrowserApi {
  storage: {
    local: StorageArea;
    /** Absent or throwing where sync is disabled; settings then fall back to local. */
    sync?: StorageArea;
    onChanged: BrowserEvent<(changes: Record<string, StorageChange>, areaName: string) => void>;
  };
  alarms: {
    create(name: string, info: AlarmCreateInfo): Promise<void> | void;
    get(name: string): Promise<Alarm | undefined>;
    clear(name: string): Promise<boolean>;
    onAlarm: BrowserEvent<(alarm: Alarm) => unknown>;
  };
  notifications: {
    create(id: string, options: NotificationOptions): Promise<string>;
    clear(id: string): Promise<boolean>;
    /** The ids on screen (Chrome: id → true; Firefox: id → options). */
    getAll(): Promise<Record<string, unknown>>;
    onClicked: BrowserEvent<(id: string) => unknown>;
    /** Chromium only. */
    onButtonClicked?: BrowserEvent<(id: string, buttonIndex: number) => unknown>;
    onClosed?: BrowserEvent<(id: string, byUser: boolean) => unknown>;
    /** Chromium only; reflects the browser's setting, not the OS's (PLATFORM.md §4). */
    getPermissionLevel?(): Promise<'granted' | 'denied'>;
  };
  action: {
    setBadgeText(details: { text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { color: string }): Promise<void>;
    /** Chrome 109+, Firefox 109+; optional so older builds don't break. */
    setBadgeTextColor?(details: { color: string }): Promise<void>;
    setTitle(details: { title: string }): Promise<void>;
    /** Chrome 127+, Firefox (user action only); may be missing or reject. */
    openPopup?(): Promise<void>;
  };
  runtime: {
    id: string;
    getURL(path: string): string;
    onInstalled: BrowserEvent<(details: InstalledDetails) => unknown>;
    onStartup: BrowserEvent<() => unknown>;
    onMessage: BrowserEvent<MessageListener>;
    /** To the extension's other pages (the offscreen document); never to the sender itself. */
    sendMessage(message: unknown): Promise<unknown>;
    /** Chrome 116+, Firefox 127+; feature-detected. */
    getContexts?(filter: ContextFilter): Promise<unknown[]>;
    /** Firefox only: its presence is how we tell Firefox apart. */
    getBrowserInfo?(): Promise<{ name: string; version: string }>;
  };
  tabs: {
    create(details: { url: string }): Promise<unknown>;
  };
  /** Chromium only (Chrome 109+, "offscreen" permission): how a service worker plays audio. */
  offscreen?: {
    createDocument(params: OffscreenParams): Promise<void>;
  };
  /** Keyboard shortcuts (manifest `commands`); missing on Firefox for Android. */
  commands?: {
    onCommand: BrowserEvent<(command: string) => unknown>;
  };
  /** "idle" permission; missing on Firefox for Android. */
  idle?: {
    onStateChanged: BrowserEvent<(state: IdleState) => unknown>;
  };
}

export type Platform = 'chromium' | 'firefox';

/** Firefox alone has `runtime.getBrowserInfo` (MDN runtime/getBrowserInfo). */
export function detectPlatform(api: Pick<BrowserApi, 'runtime'>): Platform {
  return typeof api.runtime.getBrowserInfo === 'function' ? 'firefox' : 'chromium';
}

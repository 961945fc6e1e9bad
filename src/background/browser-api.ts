/**
 * The background's view of the browser: the polyfill's `browser` (src/shared/browser.ts), typed by
 * @types/webextension-polyfill, plus the Chromium-only members that Firefox's schema (which those
 * types follow) lacks. Each one is optional and feature-detected where it is used; Firefox rejects
 * a notification that carries them (PLATFORM.md §4). The fake (test/fakes/) implements the same.
 */
import type { Browser } from '../shared/browser';

declare module 'webextension-polyfill/namespaces/notifications' {
  namespace Notifications {
    interface NotificationButton {
      title: string;
    }

    interface CreateNotificationOptions {
      /** Chromium only (at most 2). */
      buttons?: NotificationButton[];
      /** Chromium only: stays on screen until the person acts. */
      requireInteraction?: boolean;
      /** Chromium only: no sound or vibration (quiet hours). */
      silent?: boolean;
    }

    interface Static {
      /** Chromium only; reflects the browser's setting, not the OS's (PLATFORM.md §4). */
      getPermissionLevel?(): Promise<'granted' | 'denied'>;
    }
  }
}

/** Chromium only (Chrome 109+, "offscreen" permission): how a service worker plays audio. */
export interface OffscreenApi {
  createDocument(params: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

declare module 'webextension-polyfill' {
  interface Browser {
    /** Chromium only: the polyfill's API metadata has no `offscreen`, so it passes through. */
    offscreen?: OffscreenApi;
  }
}

/**
 * The background's dependency: the real object is src/shared/browser.ts's `browser` (index.ts);
 * tests pass the in-memory fake. `notifications.onButtonClicked` is Chromium only although the
 * types declare it: feature-detect it.
 */
export type BrowserApi = Browser.Browser;
export type StorageArea = Browser.Storage.StorageArea;
export type NotificationOptions = Browser.Notifications.CreateNotificationOptions;
export type Alarm = Browser.Alarms.Alarm;
export type InstalledDetails = Browser.Runtime.OnInstalledDetailsType;
export type IdleState = Browser.Idle.IdleState;

/** A runtime.onMessage listener in the polyfill's contract: a reply is a returned promise. */
export type MessageListener = (
  message: unknown,
  sender: Browser.Runtime.MessageSender,
) => Promise<unknown> | undefined;

export type Platform = 'chromium' | 'firefox';

/** Firefox alone has `runtime.getBrowserInfo` (MDN runtime/getBrowserInfo). */
export function detectPlatform(api: Pick<BrowserApi, 'runtime'>): Platform {
  return typeof api.runtime.getBrowserInfo === 'function' ? 'firefox' : 'chromium';
}

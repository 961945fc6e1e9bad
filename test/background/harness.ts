/**
 * Boots the real background entry (src/background/index.ts) over the fake browser and a fake
 * clock, the way a browser starts a worker: fresh modules, listeners registered at import.
 */
import { vi } from 'vitest';
import type { Session } from '../../src/core';
import { setMessageSource } from '../../src/shared/i18n';
import type { CommandName, Reply } from '../../src/shared/messages';
import { SESSION_KEY } from '../../src/shared/storage-keys';
import type { FakeBrowser, Flavour } from '../fakes';
import { createFakeBrowser } from '../fakes';
import type { FakeClock } from '../fakes/clock';
import { createFakeClock } from '../fakes/clock';
import { useFakeBrowser } from '../fakes/install';
import { makeGetMessage } from '../helpers/messages';

export const t0 = Date.UTC(2026, 0, 5, 9);
export const MIN = 60_000;
export const HOUR = 60 * MIN;

export interface Harness {
  readonly browser: FakeBrowser;
  readonly clock: FakeClock;
  /** Whatever the background reported through console.error. */
  readonly errors: unknown[];
  /** Restores Date.now and console.error, and uninstalls the fake browser. */
  dispose(): void;
  /** Imports index.ts afresh (a new worker) over the same fake browser; awaits its load wake. */
  boot(): Promise<void>;
  /**
   * Starts `trigger` (not awaited: the dying worker never finishes it), waits until the worker
   * reaches `hang` (a planted fault: test/fakes/hang.ts) and kills it, leaving no worker: the
   * dead state can be inspected, then `boot()` starts the next one (whose load wake recovers).
   * Alarms, notifications and storage survive, as when Chrome stops an idle service worker.
   */
  killAt(hang: Promise<void>, trigger: () => Promise<unknown>): Promise<void>;
  /** Sends a command as the popup would. */
  send<K extends CommandName>(msg: { type: K } & Record<string, unknown>): Promise<Reply<K>>;
  /** The session as stored (what the popup reads for its first frame). */
  stored(): Session | null;
  /** Notifications currently on screen. */
  shown(): { title: string; message: string; buttons?: { title: string }[] }[];
}

export function createHarness(options: { flavour?: Flavour; start?: number } = {}): Harness {
  const clock = createFakeClock(options.start ?? t0);
  const browser = createFakeBrowser({ flavour: options.flavour ?? 'chromium', clock });
  const errors: unknown[] = [];
  vi.spyOn(Date, 'now').mockImplementation(() => clock.now());
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
  setMessageSource(makeGetMessage('en'));
  // The background reaches the browser through src/shared/browser.ts, whose polyfill the setup
  // file mocks with this fake (test/fakes/install.ts).
  useFakeBrowser(browser);

  async function boot(): Promise<void> {
    vi.resetModules();
    await import('../../src/background/index');
    // The module's own catch-up wake (index.ts) runs on the fakes' microtasks only: one macrotask
    // later it has finished (or reached a planted hang), so tests start from a settled worker.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  return {
    browser,
    clock,
    errors,
    dispose() {
      vi.restoreAllMocks();
      useFakeBrowser(null);
    },
    boot,
    async killAt(hang, trigger) {
      void trigger();
      await hang;
      browser.restart();
    },
    send: (msg) => browser.runtime.sendMessage(msg) as Promise<never>,
    stored: () => (browser.storage.local.peek()[SESSION_KEY] as Session | undefined) ?? null,
    shown: () => Object.values(browser.notifications.peek()),
  };
}

/**
 * Launches Debian's Chromium with the built extension loaded (TOOLCHAIN.md, "Real Chromium with
 * the extension loaded") and gives tests a handle on everything a person sees and everything
 * the extension holds: badge, title, alarms, stored session, notifications, console errors and
 * every network request.
 *
 * Time: the suite moves the clock *inside* the browser (in-browser.ts installClock) and fires the
 * extension's pending alarm early, so the shipped code runs unchanged against a shifted clock.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { Session } from '../../src/core/types';
import { makeGetMessage } from '../helpers/messages';
import { DIST, findChromium } from './env';
import type { AlarmCall, NotifyRecord, Recorder } from './in-browser';
import { installClock, installRecorder } from './in-browser';

export const ALARM = 'icecycle-tick';
export const NOTIFICATION = 'icecycle-phase';
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** The English strings, formatted exactly as `chrome.i18n.getMessage` does. */
const getMessage = makeGetMessage('en');
export function msg(key: string, subs?: string | number | (string | number)[]): string {
  const list =
    subs === undefined ? undefined : Array.isArray(subs) ? subs.map(String) : String(subs);
  const text = getMessage(key, list);
  if (text === '') throw new Error(`no message "${key}" in src/_locales/en`);
  return text;
}

export interface AlarmInfo {
  readonly name: string;
  readonly scheduledTime: number;
}

export interface Badge {
  readonly text: string;
  /** "#rrggbb" (alpha dropped). */
  readonly color: string;
  readonly title: string;
}

type WorkerStatus = 'unknown' | 'starting' | 'running' | 'stopping' | 'stopped';

export interface LaunchOptions {
  /** Reuse a profile (a browser restart); a fresh temporary one otherwise. */
  readonly userDataDir?: string;
  /** Keep the profile folder after close (the caller relaunches with it). */
  readonly keepProfile?: boolean;
}

function toHex(rgba: readonly number[]): string {
  return `#${rgba
    .slice(0, 3)
    .map((n) => n.toString(16).padStart(2, '0'))
    .join('')}`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** Polls `probe` until `accept` says yes; throws with the last value seen. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (accept(last)) return last;
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    }
    await sleep(40);
  }
}

/** A request leaves the extension unless it stays on its own origin or is inline data. */
export function isLocalUrl(url: string, extensionId: string): boolean {
  return (
    url.startsWith(`chrome-extension://${extensionId}/`) ||
    url.startsWith('data:') ||
    url.startsWith('blob:')
  );
}

export class Extension {
  readonly errors: string[] = [];
  /** CDP-observed worker starts (a fresh worker after a stop counts one). */
  workerStarts = 0;
  private workerStatus: WorkerStatus = 'unknown';
  private offset = 0;
  private cdp: CDPSession | null = null;
  private readonly pages = new Set<Page>();

  private constructor(
    readonly context: BrowserContext,
    readonly worker: Worker,
    readonly id: string,
    readonly userDataDir: string,
    private readonly keepProfile: boolean,
    /** Every request URL the context saw, from launch on. */
    readonly requests: string[],
  ) {}

  static async launch(options: LaunchOptions = {}): Promise<Extension> {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('Chromium not found (set CHROMIUM_PATH)');
    const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'icecycle-e2e-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--disable-extensions-except=${DIST}`,
        `--load-extension=${DIST}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // Record from the first moment: requests of pages and of the service worker (Playwright
    // reports worker network on the context).
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    const id = new URL(worker.url()).host;
    const ext = new Extension(
      context,
      worker,
      id,
      userDataDir,
      options.keepProfile ?? false,
      requests,
    );
    worker.on('console', (message) => {
      if (message.type() === 'error') ext.errors.push(`[worker] ${message.text()}`);
    });
    context.on('page', (page) => ext.watchPage(page));
    for (const page of context.pages()) ext.watchPage(page);
    await ext.attachWorkerMonitor();
    await ext.instrument();
    return ext;
  }

  private watchPage(page: Page): void {
    if (this.pages.has(page)) return;
    this.pages.add(page);
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`[${page.url()}] ${message.text()}`);
    });
    page.on('pageerror', (error) => this.errors.push(`[${page.url()}] ${error.message}`));
    page.on('close', () => this.pages.delete(page));
  }

  /** Follows the worker's running status over CDP (Playwright keeps one Worker handle across restarts). */
  private async attachWorkerMonitor(): Promise<void> {
    const page = this.context.pages()[0] ?? (await this.context.newPage());
    const cdp = await this.context.newCDPSession(page);
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
      for (const version of event.versions) {
        if (!version.scriptURL.startsWith(`chrome-extension://${this.id}/`)) continue;
        const status = version.runningStatus as WorkerStatus;
        if (status === 'starting' && this.workerStatus !== 'starting') this.workerStarts += 1;
        this.workerStatus = status;
      }
    });
    await cdp.send('ServiceWorker.enable');
    this.cdp = cdp;
  }

  get status(): WorkerStatus {
    return this.workerStatus;
  }

  /**
   * Stops the extension's service worker (TOOLCHAIN.md: CDP ServiceWorker.stopAllWorkers). The
   * in-worker instrumentation and clock die with it; a pending alarm or a message starts a fresh
   * worker with the real clock.
   */
  async stopWorker(): Promise<void> {
    if (!this.cdp) throw new Error('no CDP session');
    await this.cdp.send('ServiceWorker.stopAllWorkers');
    await waitFor(
      'the worker to stop',
      async () => this.workerStatus,
      (s) => s === 'stopped',
    );
  }

  /** Runs `fn` in the service worker; fails instead of hanging when the worker is stopped. */
  async bg<R, A>(fn: (arg: A) => R | Promise<R>, arg: A, timeoutMs = 10_000): Promise<R> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`worker.evaluate timed out (status ${this.workerStatus})`)),
        timeoutMs,
      );
    });
    try {
      // Arguments are plain JSON here, so Playwright's Unboxed<A> is A.
      const run = fn as unknown as (arg: unknown) => Promise<R>;
      return await Promise.race([this.worker.evaluate(run, arg as unknown), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Installs the notification/alarm recorder and the current clock offset in the worker. */
  async instrument(): Promise<void> {
    await this.bg(installClock, this.offset);
    await this.bg(installRecorder, undefined);
  }

  /** Moves the clock of the worker and of every open extension page to real time + `offset`. */
  async setOffset(offset: number): Promise<void> {
    this.offset = offset;
    await this.bg(installClock, offset);
    for (const page of this.pages) {
      if (page.url().startsWith(`chrome-extension://${this.id}/`)) {
        await page.evaluate(installClock, offset);
      }
    }
  }

  get clockOffset(): number {
    return this.offset;
  }

  /** The worker's (shifted) now. */
  now(): Promise<number> {
    return this.bg(() => Date.now(), undefined);
  }

  /**
   * Moves the clock to the next `hour`:00 local time (the browser's time zone), so a scenario
   * meets the same time of day (e.g. outside the default quiet hours) whenever it runs.
   */
  async startDayAt(hour: number): Promise<number> {
    const offset = await this.bg((h) => {
      const g = globalThis as unknown as { __icecycleE2eClock: { realNow: () => number } };
      const real = g.__icecycleE2eClock.realNow();
      const day = new Date(real);
      day.setHours(h, 0, 0, 0);
      if (day.getTime() < real) day.setDate(day.getDate() + 1);
      return day.getTime() - real;
    }, hour);
    await this.setOffset(offset);
    return offset;
  }

  /** Sets the clock so that the worker's now is `instant` (+ `slackMs`). */
  async moveClockTo(instant: number, slackMs = 200): Promise<void> {
    await this.setOffset(instant + slackMs - Date.now());
  }

  /**
   * Fires the extension's pending alarm now, against the shifted clock: re-arms `icecycle-tick`
   * at real now + 50 ms and waits until the background has handled it (its last effect is always
   * an alarms.create/clear, since the fired alarm is gone).
   */
  async fireAlarm(): Promise<void> {
    const t0 = Date.now();
    const before = await this.bg(() => {
      const g = globalThis as unknown as { __icecycleE2eRec: Recorder };
      return g.__icecycleE2eRec.alarmCalls.length;
    }, undefined);
    await this.bg(async (name) => {
      const g = globalThis as unknown as {
        __icecycleE2eRec: Recorder;
        __icecycleE2eClock: { realNow: () => number };
      };
      await g.__icecycleE2eRec.fireAt(name, g.__icecycleE2eClock.realNow() + 50);
    }, ALARM);
    await waitFor(
      'the background to handle the alarm',
      () => this.alarmCalls(before),
      (calls) => calls.some((c) => !c.byTest),
    );
    // The effects run in order and the alarm is last; give storage events a moment to land.
    await sleep(50);
    if (process.env.E2E_DEBUG) console.log(`fireAlarm ${Date.now() - t0} ms`);
  }

  async alarmCalls(from = 0): Promise<AlarmCall[]> {
    return this.bg((start) => {
      const g = globalThis as unknown as { __icecycleE2eRec: Recorder };
      return g.__icecycleE2eRec.alarmCalls.slice(start);
    }, from);
  }

  /** Notifications the background created since the recorder was installed. */
  async notified(): Promise<NotifyRecord[]> {
    return this.bg(() => {
      const g = globalThis as unknown as { __icecycleE2eRec: Recorder };
      return g.__icecycleE2eRec.notifications;
    }, undefined);
  }

  async notifiedTitles(from = 0): Promise<string[]> {
    return (await this.notified()).slice(from).map((n) => n.title);
  }

  /** Ids of the notifications currently shown (chrome.notifications.getAll). */
  async shownNotifications(): Promise<string[]> {
    return this.bg(async () => {
      const g = globalThis as unknown as {
        chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } };
      };
      return Object.keys(await g.chrome.notifications.getAll());
    }, undefined);
  }

  async alarms(): Promise<AlarmInfo[]> {
    return this.bg(async () => {
      const g = globalThis as unknown as {
        chrome: { alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> } };
      };
      const all = await g.chrome.alarms.getAll();
      return all.map((a) => ({ name: a.name, scheduledTime: a.scheduledTime }));
    }, undefined);
  }

  async badge(): Promise<Badge> {
    const raw = await this.bg(async () => {
      const g = globalThis as unknown as {
        chrome: {
          action: {
            getBadgeText(d: object): Promise<string>;
            getBadgeBackgroundColor(d: object): Promise<number[]>;
            getTitle(d: object): Promise<string>;
          };
        };
      };
      const a = g.chrome.action;
      return {
        text: await a.getBadgeText({}),
        color: await a.getBadgeBackgroundColor({}),
        title: await a.getTitle({}),
      };
    }, undefined);
    return { text: raw.text, color: toHex(raw.color), title: raw.title };
  }

  async storage(): Promise<Record<string, unknown>> {
    return this.bg(async () => {
      const g = globalThis as unknown as {
        chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
      };
      return g.chrome.storage.local.get(null);
    }, undefined);
  }

  async session(): Promise<Session | null> {
    return ((await this.storage()).session as Session | undefined) ?? null;
  }

  /** Opens an extension page in a tab, its clock shifted like the worker's. */
  async openPage(path: string): Promise<Page> {
    const page = await this.context.newPage();
    this.watchPage(page);
    await page.addInitScript(installClock, this.offset);
    await page.goto(`chrome-extension://${this.id}/${path}`);
    return page;
  }

  /** The popup, opened by URL in a tab (as a person's click would open it), rendered. */
  async openPopup(): Promise<Page> {
    const page = await this.openPage('popup.html');
    await page.setViewportSize({ width: 380, height: 640 });
    await page.locator('h1').first().waitFor();
    await page.locator('main').first().waitFor();
    return page;
  }

  /** Requests that left the extension (anything but its own pages, data: and blob:). */
  foreignRequests(): string[] {
    return this.requests.filter((url) => !isLocalUrl(url, this.id));
  }

  async close(): Promise<void> {
    await this.context.close();
    if (!this.keepProfile) rmSync(this.userDataDir, { recursive: true, force: true });
  }
}

export { installClock };

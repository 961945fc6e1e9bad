/**
 * Launches Debian's Chromium with the built extension loaded (TOOLCHAIN.md, "Real Chromium with
 * the extension loaded") and gives tests a handle on everything a person sees and everything
 * the extension holds: badge, title, alarms, stored session, notifications, console errors and
 * every network request.
 *
 * Time: the suite moves the clock *inside* the browser (in-browser.ts installClock) and fires the
 * extension's pending alarm early, so the shipped code runs unchanged against a shifted clock.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { Session } from '../../src/core/types';
import { makeGetMessage } from '../helpers/messages';
import { DIST, findChromium } from './env';
import type { AlarmCall, HangPoint, HangState, NotifyRecord, Recorder } from './in-browser';
import { installClock, installHang, installRecorder } from './in-browser';

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
  /**
   * Developer mode on in a fresh profile (chrome://extensions). Chromium 136+ disables an
   * unpacked extension that reloads itself (`runtime.reload()`) outside developer mode
   * ("unsupportedDeveloperExtension"); a store update has no such rule, so only the scenario
   * that simulates an update by a reload needs it.
   */
  readonly developerMode?: boolean;
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
    private currentWorker: Worker,
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
    if (options.developerMode && !options.userDataDir) {
      mkdirSync(join(userDataDir, 'Default'), { recursive: true });
      writeFileSync(
        join(userDataDir, 'Default', 'Preferences'),
        JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
      );
    }
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
        // Several extension tabs are open at once (the welcome tab opens itself at install);
        // a background tab's animation frames are throttled, and Playwright's click waits for
        // two of them, so every click on a background tab would take ~1 s.
        '--disable-renderer-backgrounding',
        '--disable-background-timer-throttling',
        '--disable-backgrounding-occluded-windows',
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
    ext.watchWorker(worker);
    context.on('page', (page) => ext.watchPage(page));
    for (const page of context.pages()) ext.watchPage(page);
    await ext.attachWorkerMonitor();
    await ext.instrument();
    if (!options.userDataDir) {
      // A first install opens the welcome tab by itself. Wait for it, so it cannot open later on
      // top of a page the test is using: a hidden page gets no animation frames, and Playwright's
      // click waits for them. install.e2e.ts asserts the tab; here its absence is tolerated.
      await ext.welcomePage(3_000).catch(() => undefined);
    }
    return ext;
  }

  /** The background's worker (a new one after `runtime.reload()`: see `reloadExtension`). */
  get worker(): Worker {
    return this.currentWorker;
  }

  private watchWorker(worker: Worker): void {
    worker.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`[worker] ${message.text()}`);
    });
  }

  /**
   * An extension update, as far as a running profile can have one: `runtime.reload()` from the
   * worker. Chromium closes the extension's pages, starts a new worker (onInstalled, reason
   * "update") and Playwright reports it as a new service worker, which this re-acquires and
   * instruments (clock offset 0: the new worker has the real clock).
   */
  async reloadExtension(): Promise<void> {
    const next = this.context.waitForEvent('serviceworker', {
      timeout: 15_000,
      predicate: (w) => w.url().startsWith(`chrome-extension://${this.id}/`) && w !== this.worker,
    });
    // The worker dies while answering, so the evaluation never settles: don't wait for it.
    this.worker
      .evaluate(() => {
        (
          globalThis as unknown as { chrome: { runtime: { reload(): void } } }
        ).chrome.runtime.reload();
      })
      .catch(() => undefined);
    this.currentWorker = await next;
    this.watchWorker(this.currentWorker);
    this.offset = 0;
    await waitFor(
      'the new worker to run',
      async () => this.workerStatus,
      (s) => s === 'running',
    );
    await this.instrument();
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
    // Not an extension page: those close on runtime.reload() (and the welcome tab is one).
    const page =
      this.context.pages().find((p) => !p.url().startsWith('chrome-extension://')) ??
      (await this.context.newPage());
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

  /** The background's next call at `point` hangs (in-browser.ts installHang). */
  async hang(point: HangPoint): Promise<void> {
    await this.bg(installHang, point);
  }

  /** Waits until the background is stuck at the hang point, i.e. mid-transition. */
  async waitForHang(): Promise<void> {
    await waitFor(
      'the background to reach the hang point',
      () =>
        this.bg(() => {
          const g = globalThis as unknown as { __icecycleE2eHang?: HangState };
          return g.__icecycleE2eHang?.hit ?? false;
        }, undefined),
      (hit) => hit,
    );
  }

  /**
   * Starts a stopped worker with a message the background ignores (not a command), then
   * instruments it. Its load catches up once on its own (src/background/index.ts) before the
   * instrumentation can reach it: count that wake's alerts with outbox-log.ts.
   */
  async startWorkerQuietly(page: Page): Promise<void> {
    await page.evaluate(async () => {
      const g = globalThis as unknown as {
        chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } };
      };
      await g.chrome.runtime.sendMessage({ type: 'e2e-ping' }).catch(() => undefined);
    });
    await waitFor(
      'the worker to run',
      async () => this.workerStatus,
      (s) => s === 'running',
    );
    await this.instrument();
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
   * at real now + 50 ms, waits for it to fire and for the background to settle (`settle`).
   */
  async fireAlarm(): Promise<void> {
    const t0 = Date.now();
    const before = await this.bg(() => {
      const g = globalThis as unknown as { __icecycleE2eRec: Recorder };
      return {
        fired: g.__icecycleE2eRec.fired.length,
        calls: g.__icecycleE2eRec.alarmCalls.length,
      };
    }, undefined);
    await this.armAlarmNow();
    // Either it fires, or an open popup whose countdown reached zero asked the background to
    // catch up first (popup app.tsx), which then re-armed the alarm for the next moment.
    await waitFor(
      'the alarm to fire (or a wake to replace it)',
      () =>
        this.bg((from) => {
          const g = globalThis as unknown as { __icecycleE2eRec: Recorder };
          const rec = g.__icecycleE2eRec;
          return (
            rec.fired.length > from.fired || rec.alarmCalls.slice(from.calls).some((c) => !c.byTest)
          );
        }, before),
      (done) => done,
    );
    await this.settle();
    if (process.env.E2E_DEBUG) console.log(`fireAlarm ${Date.now() - t0} ms`);
  }

  /**
   * Waits until the background has finished what it was doing: no browser call in flight and
   * none begun or ended for `quietMs` (every step of settling an event awaits one; runner.ts).
   */
  async settle(quietMs = 80): Promise<void> {
    await waitFor(
      'the background to settle',
      () =>
        this.bg(() => {
          const g = globalThis as unknown as {
            __icecycleE2eRec: Recorder;
            __icecycleE2eClock: { realNow: () => number };
          };
          const { pending, lastAt } = g.__icecycleE2eRec.busy;
          return { pending, idleMs: g.__icecycleE2eClock.realNow() - lastAt };
        }, undefined),
      (b) => b.pending === 0 && b.idleMs >= quietMs,
    );
  }

  /** Fires the extension's alarm at real now + 50 ms, without waiting for the background. */
  async armAlarmNow(): Promise<void> {
    await this.bg(async (name) => {
      const g = globalThis as unknown as {
        __icecycleE2eRec: Recorder;
        __icecycleE2eClock: { realNow: () => number };
      };
      await g.__icecycleE2eRec.fireAt(name, g.__icecycleE2eClock.realNow() + 50);
    }, ALARM);
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

  /** Everything in storage.sync (where the options page saves settings). */
  async syncStorage(): Promise<Record<string, unknown>> {
    return this.bg(async () => {
      const g = globalThis as unknown as {
        chrome: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } };
      };
      return g.chrome.storage.sync.get(null);
    }, undefined);
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

  /** The tab the extension opened itself on first install (welcome.html), once it is there. */
  async welcomePage(timeoutMs = 5_000): Promise<Page> {
    const url = `chrome-extension://${this.id}/welcome.html`;
    const page = await waitFor(
      'the welcome tab',
      async () => this.context.pages().find((p) => p.url() === url) ?? null,
      (p) => p !== null,
      timeoutMs,
    );
    return page as Page;
  }

  /** Opens an extension page in a tab, its clock shifted like the worker's. */
  async openPage(path: string): Promise<Page> {
    const page = await this.context.newPage();
    this.watchPage(page);
    await page.addInitScript(installClock, this.offset);
    await page.goto(`chrome-extension://${this.id}/${path}`);
    await page.bringToFront();
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

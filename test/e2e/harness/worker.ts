/**
 * Control of the extension's service worker: run code in it, follow its running status over CDP,
 * stop it, start it again, reload the extension, make a call hang. Also collects console errors
 * from the worker and from every page the context opens.
 */
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import type { HangPoint, HangState } from '../in-browser';
import { installClock, installHang, installRecorder } from '../in-browser';
import { waitFor } from './common';

export type WorkerStatus = 'unknown' | 'starting' | 'running' | 'stopping' | 'stopped';

export class WorkerControl {
  readonly errors: string[] = [];
  /** CDP-observed worker starts (a fresh worker after a stop counts one). */
  workerStarts = 0;
  private workerStatus: WorkerStatus = 'unknown';
  private cdp: CDPSession | null = null;
  /** The clock offset the worker and extension pages run with (clock.ts). */
  protected offset = 0;
  /** Open pages of the context (their console errors are collected). */
  protected readonly pages = new Set<Page>();

  protected constructor(
    readonly context: BrowserContext,
    private currentWorker: Worker,
    readonly id: string,
  ) {}

  /** The background's worker (a new one after `runtime.reload()`: see `reloadExtension`). */
  get worker(): Worker {
    return this.currentWorker;
  }

  get status(): WorkerStatus {
    return this.workerStatus;
  }

  protected watchWorker(worker: Worker): void {
    worker.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`[worker] ${message.text()}`);
    });
  }

  protected watchPage(page: Page): void {
    if (this.pages.has(page)) return;
    this.pages.add(page);
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`[${page.url()}] ${message.text()}`);
    });
    page.on('pageerror', (error) => this.errors.push(`[${page.url()}] ${error.message}`));
    page.on('close', () => this.pages.delete(page));
  }

  /** Follows the worker's running status over CDP (Playwright keeps one Worker handle across restarts). */
  protected async attachWorkerMonitor(): Promise<void> {
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

  private waitForStatus(what: string, status: WorkerStatus): Promise<WorkerStatus> {
    return waitFor(
      what,
      async () => this.workerStatus,
      (s) => s === status,
    );
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
    await this.waitForStatus('the new worker to run', 'running');
    await this.instrument();
  }

  /**
   * Stops the extension's service worker (TOOLCHAIN.md: CDP ServiceWorker.stopAllWorkers). The
   * in-worker instrumentation and clock die with it; a pending alarm or a message starts a fresh
   * worker with the real clock.
   */
  async stopWorker(): Promise<void> {
    if (!this.cdp) throw new Error('no CDP session');
    await this.cdp.send('ServiceWorker.stopAllWorkers');
    await this.waitForStatus('the worker to stop', 'stopped');
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
    await this.waitForStatus('the worker to run', 'running');
    await this.instrument();
  }

  /** Installs the notification/alarm recorder and the current clock offset in the worker. */
  async instrument(): Promise<void> {
    await this.bg(installClock, this.offset);
    await this.bg(installRecorder, undefined);
  }
}

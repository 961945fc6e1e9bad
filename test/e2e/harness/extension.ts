/**
 * The handle a scenario gets: one browser with the extension loaded (launch.ts), its worker
 * (worker.ts), its clock (clock.ts), what it holds and shows (probes.ts), and the pages the
 * scenario opens, each with its clock shifted like the worker's.
 */
import { rmSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { installClock } from '../in-browser';
import { isLocalUrl, waitFor } from './common';
import { type LaunchOptions, launchChromium } from './launch';
import { ExtensionProbes } from './probes';

export class Extension extends ExtensionProbes {
  private constructor(
    context: BrowserContext,
    worker: Worker,
    id: string,
    readonly userDataDir: string,
    private readonly keepProfile: boolean,
    /** Every request URL the context saw, from launch on. */
    readonly requests: string[],
  ) {
    super(context, worker, id);
  }

  static async launch(options: LaunchOptions = {}): Promise<Extension> {
    const { context, worker, id, userDataDir, requests } = await launchChromium(options);
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

/**
 * Starts Debian's Chromium with the built extension loaded (TOOLCHAIN.md, "Real Chromium with
 * the extension loaded") in a persistent profile, recording every request from the first moment.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { chromium } from 'playwright-core';
import { chromiumExtensionFlags, findChromium } from '../../../scripts/lib/find-browser.mjs';
import { DIST } from '../env';

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

export interface Launched {
  readonly context: BrowserContext;
  /** The extension's service worker, once it has started. */
  readonly worker: Worker;
  /** The extension's id (the host of its chrome-extension:// URLs). */
  readonly id: string;
  readonly userDataDir: string;
  /** Every request URL the context saw, from launch on. */
  readonly requests: string[];
}

const CHROMIUM_ARGS = [
  ...chromiumExtensionFlags(DIST),
  // Several extension tabs are open at once (the welcome tab opens itself at install);
  // a background tab's animation frames are throttled, and Playwright's click waits for
  // two of them, so every click on a background tab would take ~1 s.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

export async function launchChromium(options: LaunchOptions): Promise<Launched> {
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
    args: CHROMIUM_ARGS,
  });
  // Record from the first moment: requests of pages and of the service worker (Playwright
  // reports worker network on the context).
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const id = new URL(worker.url()).host;
  return { context, worker, id, userDataDir, requests };
}

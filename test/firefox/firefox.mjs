/**
 * Drives Debian's firefox-esr with the extension, headless, the way that works here
 * (TOOLCHAIN.md "Firefox, as measured later"): puppeteer-core 24 over WebDriver BiDi,
 * `--remote-allow-system-access` (else BiDi refuses moz-extension:// navigation), a fixed UUID
 * through `extensions.webextensions.uuids`, `browser.installExtension(dir)`. Firefox hides
 * extension-page load events and console from BiDi, so pages are awaited by polling their
 * location/readyState, and errors are read from Firefox's own output
 * (`devtools.console.stdout.content`): `JavaScript error: moz-extension://<uuid>/…` lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

export const UUID = '6b1c0c3e-1ce0-4c1e-9c1e-1cec1c1ec1e0';
export const ORIGIN = `moz-extension://${UUID}`;
export const OFFSET_KEY = 'icecycle-e2e-offset';
/** How probe/page-probe.js tags a console.error of one of our pages. */
const CONSOLE_TAG = `ICECYCLE_E2E console.error at ${ORIGIN}/`;
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Polls `probe` until `accept(value)`; throws with the last value seen. */
export async function waitFor(what, probe, accept, timeoutMs = 8_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (await accept(value)) return value;
    if (Date.now() > deadline) {
      let last;
      try {
        last = JSON.stringify(value);
      } catch {
        last = String(value); // e.g. a page handle
      }
      throw new Error(`timed out waiting for ${what}; last: ${last}`);
    }
    await sleep(60);
  }
}

/** English strings from the built locale file, placeholders filled as i18n.getMessage does. */
export function localeOf(dist) {
  const messages = JSON.parse(readFileSync(join(dist, '_locales', 'en', 'messages.json'), 'utf8'));
  return (key, subs = []) => {
    const entry = messages[key];
    if (!entry) throw new Error(`no message "${key}" in the built en locale`);
    const list = (Array.isArray(subs) ? subs : [subs]).map(String);
    const named = (name) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_, n) => list[Number(n) - 1] ?? '');
    };
    return entry.message.replace(/\$([A-Za-z_]\w*)\$/g, (_, name) => named(name));
  };
}

/** A JavaScript error Firefox printed against one of our pages (the fixed host). */
export function isOurError(line) {
  return line.includes('JavaScript error') && line.includes(`${ORIGIN}/`);
}

export class Firefox {
  /** Every line Firefox printed (stdout and stderr). */
  lines = [];

  static async launch({ executablePath, ext, geckoId }) {
    const ff = new Firefox();
    ff.browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
        'devtools.console.stdout.content': true,
        // The in-browser alert service instead of the desktop's (none here): shown alerts
        // are then listed by notifications.getAll(), which headless drops otherwise.
        'alerts.useSystemBackend': false,
        // The event page stays up for the run, so the probe's record of it is whole.
        'extensions.background.idle.timeout': 600_000,
      },
    });
    const child = ff.browser.process();
    let partial = '';
    const onData = (chunk) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      ff.lines.push(...parts);
    };
    child?.stdout?.on('data', onData);
    child?.stderr?.on('data', onData);
    ff.installedId = await ff.browser.installExtension(ext);
    return ff;
  }

  /** Lines printed since `from` that are JavaScript errors of our pages. */
  errorsSince(from = 0) {
    return this.lines.slice(from).filter(isOurError);
  }

  /** console.error calls of our pages since `from` (tagged by probe/page-probe.js). */
  consoleErrorsSince(from = 0) {
    return this.lines.slice(from).filter((line) => line.includes(CONSOLE_TAG));
  }

  /** Opens an extension page in a new tab and waits until it has loaded (see module doc). */
  async open(path, { width = 1280, height = 720 } = {}) {
    const page = await this.browser.newPage();
    await page.setViewport({ width, height });
    const url = `${ORIGIN}/${path}`;
    // Never settles for moz-extension:// pages; its rejection at close is expected.
    page.goto(url).catch(() => undefined);
    // Polled by evaluate: a waitForFunction started on about:blank fails ("Waiting failed")
    // when the navigation replaces its realm, which BiDi does not report for these pages.
    await waitFor(
      `${path} to load`,
      () =>
        page
          .evaluate((u) => location.href === u && document.readyState === 'complete', url)
          .catch(() => false),
      Boolean,
      10_000,
    );
    return page;
  }

  close() {
    return this.browser.close();
  }
}

/** Sends a message from an extension page (the popup's own channel, or the probe's). */
export function send(page, message) {
  return page.evaluate((m) => browser.runtime.sendMessage(m), message);
}

export const probe = (page, op, args = {}) => send(page, { type: 'e2e-probe', op, ...args });

export function storage(page, area = 'local') {
  return page.evaluate((a) => browser.storage[a].get(null), area);
}

export async function session(page) {
  return (await storage(page)).session ?? null;
}

/** Sets the shifted clock (every extension context) so that now is `instant` + `slackMs`. */
export function moveClockTo(page, instant, slackMs = 200) {
  const offset = instant + slackMs - Date.now();
  return page.evaluate(
    (key, value) => localStorage.setItem(key, String(value)),
    OFFSET_KEY,
    offset,
  );
}

/** The visible text of the page's body. */
export function textOf(page) {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads
  return page.evaluate(() => document.body.innerText);
}

/**
 * In the page: the deepest visible element whose aria-label or text is exactly `name` (inside
 * `selector` when given). Names come from the built locale, never CSS classes, so the popup's
 * markup may change freely.
 */
function findByName(name, selector) {
  const named = (el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() === name;
  const all = [...document.querySelectorAll(selector || 'body *')].filter(
    (el) => named(el) && el.getClientRects().length > 0,
  );
  return all.find((el) => !all.some((other) => other !== el && el.contains(other))) ?? null;
}

/** Clicks what `findByName` finds, as a mouse would (on its box; TOOLCHAIN: not a locator). */
export async function clickByName(page, name, selector = '') {
  const handle = await waitFor(
    `a control named "${name}"`,
    () => page.evaluateHandle(findByName, name, selector),
    (h) => h.evaluate((el) => el !== null),
  );
  const t0 = Date.now();
  // As a person would: on the page in front (a hidden tab gets few frames, and a click waits).
  await page.bringToFront();
  await handle.click();
  if (process.env.E2E_DEBUG) console.log(`click "${name}" ${Date.now() - t0} ms`);
}

/** Whether a visible button named `name` is on the page. */
export function hasButton(page, name) {
  return page
    .evaluateHandle(findByName, name, 'button, [role=button]')
    .then((h) => h.evaluate((el) => el !== null));
}

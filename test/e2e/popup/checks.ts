/**
 * What the popup suite measures on each screen, as a person meets it: the document's size at
 * 380 px wide and the browser's default font size, the controls a person sees (outside the
 * guide links), the primary actions, axe in light and dark, and a screenshot of each scheme.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { AxeFinding } from '../axe';
import { violationsInBothSchemes } from '../axe';
import { ensureDir, SCREENSHOTS } from '../env';
import type { Extension } from '../harness';

/** Chrome's popup: at most 800 × 600 CSS px; IceCycle's is designed for 380 wide. */
export const POPUP_WIDTH = 380;
export const POPUP_MAX_HEIGHT = 600;
export const MAX_CONTROLS = 4;

/** The guide links and the footer around them (not counted as the screen's controls). */
export const GUIDE_AREA = 'nav, footer';
/** The screen's primary action (the button styled as the main one). */
export const PRIMARY = '.primary, .pri';

export interface Screen {
  /** document scrollHeight / scrollWidth with a viewport shorter than the content. */
  readonly height: number;
  readonly width: number;
  /** Visible, enabled controls outside the guide links (a radio group counts once). */
  readonly controls: string[];
  readonly primaries: string[];
  /** Visible controls inside the guide links. */
  readonly guide: string[];
  readonly axe: Record<'light' | 'dark', AxeFinding[]>;
}

/** Runs in the page: names of the visible, enabled controls and primary actions. */
function controlsInPage(arg: { guide: string; primary: string }): {
  controls: string[];
  primaries: string[];
  guide: string[];
} {
  const shown = (el: Element): boolean => {
    // A visually hidden radio is shown through its label.
    const box = (el.closest('label') ?? el).getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
  };
  const nameOf = (el: Element): string =>
    (
      el.getAttribute('aria-label') ??
      el.closest('label')?.textContent ??
      el.textContent ??
      el.tagName
    )
      .replace(/\s+/g, ' ')
      .trim();
  const selector =
    'button, input:not([type=hidden]), select, textarea, a[href], summary, [role=button], ' +
    '[role=link], [role=radio], [role=checkbox], [role=switch], [role=tab], [role=menuitem]';
  const controls: string[] = [];
  const guide: string[] = [];
  const groups = new Set<string>();
  for (const el of document.querySelectorAll(selector)) {
    if (!shown(el)) continue;
    if (el.closest(arg.guide)) {
      guide.push(nameOf(el));
      continue;
    }
    if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true') continue;
    const radio = el as HTMLInputElement;
    if (radio.type === 'radio' && radio.name) {
      if (groups.has(radio.name)) continue;
      groups.add(radio.name);
      const legend = radio.closest('fieldset')?.querySelector('legend')?.textContent;
      controls.push(`radio group: ${(legend ?? radio.name).trim()}`);
      continue;
    }
    controls.push(nameOf(el));
  }
  const primaries = [...document.querySelectorAll(arg.primary)].filter(shown).map(nameOf);
  return { controls, primaries, guide };
}

function frame(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
}

/**
 * Measures the popup as it is now and writes `popup-<name>-<scheme>.png` (light, dark) to
 * artifacts/screenshots/. The viewport is made shorter than any screen, so the document's
 * scroll size and a full-page shot are the content's own (as Chrome sizes a real popup).
 */
export async function inspect(page: Page, name: string): Promise<Screen> {
  ensureDir(SCREENSHOTS);
  await page.bringToFront();
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: POPUP_WIDTH, height: 120 });
  await frame(page);
  const size = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth,
  }));
  const found = await page.evaluate(controlsInPage, { guide: GUIDE_AREA, primary: PRIMARY });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await frame(page);
    await page.screenshot({
      path: join(SCREENSHOTS, `popup-${name}-${scheme}.png`),
      fullPage: true,
    });
  }
  const axe = await violationsInBothSchemes(page);
  if (viewport) await page.setViewportSize(viewport);
  return { ...size, ...found, axe };
}

/** Resolves once the page's DOM has not changed for `quietMs` (at most `timeoutMs`). */
export function domSettled(page: Page, quietMs = 150, timeoutMs = 3_000): Promise<unknown> {
  return page.evaluate(
    ({ quietMs, timeoutMs }) =>
      new Promise((done) => {
        let timer = setTimeout(finish, quietMs);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(finish, quietMs);
        });
        const limit = setTimeout(finish, timeoutMs);
        function finish(): void {
          observer.disconnect();
          clearTimeout(limit);
          done(null);
        }
        observer.observe(document, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      }),
    { quietMs, timeoutMs },
  );
}

/** The focused element, e.g. `button "Ice is on"` or `h2 "Ice is on"`; "(nothing)" on the body. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(nothing)';
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    return `${el.tagName.toLowerCase()} "${name}"`;
  });
}

/**
 * Presses `key` `times` times where the product put focus (no clicks, no Tab), waiting after
 * each press for the background and the popup to settle as a person's next press would.
 * Returns where focus was before each press.
 */
export async function pressWhereFocused(
  ext: Extension,
  page: Page,
  key: 'Enter' | ' ',
  times: number,
): Promise<string[]> {
  await page.bringToFront();
  await domSettled(page);
  const focus: string[] = [];
  for (let i = 0; i < times; i++) {
    focus.push(await focusedName(page));
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await ext.settle();
    await domSettled(page);
  }
  return focus;
}

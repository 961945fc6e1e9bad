/**
 * Scenario 19 — the popup by keyboard alone: Tab reaches Start, Enter starts; when the ice is
 * due, Tab reaches "Ice is on" and Enter puts it on (more Enter presses change nothing); Stop,
 * behind More, asks first and Escape keeps going.
 * Every element Tab lands on shows a visible focus ring (:focus-visible with a real outline, on
 * the element or, for the onset chips, on the label text next to the hidden radio).
 *
 * Time: clock shift, day starting at 12:00 local time (no quiet hours).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Extension, msg } from './harness';
import { expectPhase, useExtension } from './steps';

interface Focused {
  readonly label: string;
  readonly focusVisible: boolean;
  /** Outline width in px where the focus ring is drawn (0: none). */
  readonly ring: number;
}

/** The focused element: its name, and whether a focus ring is visible for it. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const ringOf = (node: Element | null): number => {
      if (!node) return 0;
      const style = getComputedStyle(node);
      return style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth) || 0;
    };
    const label =
      el.getAttribute('aria-label') ??
      (el.closest('label')?.textContent ?? el.textContent ?? el.tagName).trim();
    return {
      label,
      focusVisible: el.matches(':focus-visible'),
      // A chip's radio is visually hidden; its ring is drawn on the text beside it.
      ring: Math.max(ringOf(el), ringOf(el.nextElementSibling)),
    };
  });
}

/** Presses Tab until `name` has focus (checking every stop has a visible ring). */
async function tabTo(page: Page, name: string, seen: Focused[]): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now === null) continue;
    seen.push(now);
    if (now.label === name) return;
  }
  throw new Error(`Tab never reached "${name}"; stops: ${seen.map((s) => s.label).join(' | ')}`);
}

describe('keyboard', () => {
  let ext: Extension;

  useExtension((launched) => {
    ext = launched;
  });

  it('Tab/Enter start a plan and put the ice on, with visible focus at every stop', async () => {
    const popup = await ext.openPopup();
    const stops: Focused[] = [];
    await tabTo(popup, msg('popupStart'), stops);
    await popup.keyboard.press('Enter');
    await expectPhase(popup, msg('popupPhaseDueIce'));
    expect((await ext.session())?.status).toBe('due');

    await tabTo(popup, msg('popupConfirmIce'), stops);
    await popup.keyboard.press('Enter');
    await expectPhase(popup, msg('popupPhaseIce'));
    expect((await ext.session())?.status).toBe('running');
    // Focus is on the new status, not on a button: more Enter presses change nothing.
    expect((await focused(popup))?.label).toBe(msg('popupPhaseIce'));
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('Enter');
    expect((await ext.session())?.status).toBe('running');

    // Stop sits behind More and asks first; Escape keeps the session (and closes nothing).
    await tabTo(popup, msg('popupMore'), stops);
    await popup.keyboard.press('Enter');
    await tabTo(popup, msg('popupStop'), stops);
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('main').innerText()).toContain(msg('popupStopQuestion'));
    // The safe answer takes the focus (in the effect right after the question is drawn).
    await expect.poll(async () => (await focused(popup))?.label).toBe(msg('popupKeepGoing'));
    await popup.keyboard.press('Escape');
    await expect
      .poll(() => popup.locator('main').innerText())
      .not.toContain(msg('popupStopQuestion'));
    expect((await ext.session())?.status).toBe('running');

    const invisible = stops.filter((s) => !s.focusVisible || s.ring < 2);
    expect(invisible, 'focus stops without a visible ring').toEqual([]);
    expect(stops.length).toBeGreaterThan(3);
  });
});

/**
 * Scenario 9 — every guide page opens from the popup and has content; axe-core finds no serious
 * or critical violation on the popup in each state (light and dark), on each guide page, and on
 * every other page the extension ships. Screenshots of each popup state, light and dark, go to
 * artifacts/screenshots/.
 *
 * Time: clock shift (worker and popup), day starting at 12:00 local time.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/core/types';
import { GUIDE_TOPICS } from '../../src/pages/guide/topics';
import { GUIDE_LINKS, guidePath } from '../../src/popup/components/guide-links';
import type { AxeFinding } from './axe';
import { seriousViolations } from './axe';
import { DIST, ensureDir, SCREENSHOTS } from './env';
import { Extension, HOUR, msg } from './harness';
import { clickButton, expectClean, expectPhase } from './steps';

const SCHEMES = ['light', 'dark'] as const;

/** The guide topic each title key belongs to (a new topic without a title here fails loudly). */
const TOPIC_TITLES: Record<string, string> = {
  rest: 'guideRestTitle',
  inflammation: 'guideInflTitle',
  ice: 'guideIceTitle',
  heat: 'guideHeatTitle',
  movement: 'guideMoveTitle',
  help: 'guideHelpTitle',
};

describe('pages and accessibility', () => {
  let ext: Extension;
  const findings: Record<string, AxeFinding[]> = {};

  beforeAll(async () => {
    ensureDir(SCREENSHOTS);
    ext = await Extension.launch();
    await ext.startDayAt(12);
  });
  afterAll(async () => {
    if (ext) expectClean(ext);
    await ext?.close();
  });

  /** Screenshots and axe in both colour schemes. */
  async function capture(page: Page, name: string): Promise<void> {
    // A short viewport, so a full-page shot is as tall as the popup's content (as Chrome sizes
    // a real popup), not the tab's.
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: viewport?.width ?? 380, height: 120 });
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${scheme}.png`), fullPage: true });
      findings[`${name} (${scheme})`] = await seriousViolations(page);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    if (viewport) await page.setViewportSize(viewport);
  }

  it('the popup in each state passes axe (light and dark)', async () => {
    const popup = await ext.openPopup();
    await expect.poll(() => popup.locator('button[type=submit]').count()).toBe(1);
    await capture(popup, 'popup-idle');

    await popup.getByText(msg('popupPlanCycle', [20, 20, 48]), { exact: true }).click();
    await popup.getByText(msg('popupInjuryHoursAgo', 3), { exact: true }).click();
    await clickButton(popup, msg('popupStart'));
    await expectPhase(popup, msg('popupPhaseDueIce'));
    await capture(popup, 'popup-due');

    await clickButton(popup, msg('popupConfirmIce'));
    await expectPhase(popup, msg('popupPhaseIce'));
    // A running application is never paused.
    expect(await popup.getByRole('button', { name: msg('popupPause'), exact: true }).count()).toBe(
      0,
    );
    await capture(popup, 'popup-running');

    const ice = (await ext.session()) as Session;
    await ext.moveClockTo(ice.phaseEndsAt ?? 0);
    await ext.fireAlarm();
    await expectPhase(popup, msg('popupPhaseRest'));
    await capture(popup, 'popup-rest');

    // The paused state: a rest, once the ice is off.
    await clickButton(popup, msg('popupAckTakeOff'));
    await clickButton(popup, msg('popupPause'));
    await expectPhase(popup, msg('popupPhasePaused'));
    await capture(popup, 'popup-paused');
    await clickButton(popup, msg('popupResume'));
    await expectPhase(popup, msg('popupPhaseRest'));

    await ext.moveClockTo(ice.injuryAt + 48 * HOUR);
    await ext.fireAlarm();
    await expectPhase(popup, msg('popupPhaseDone'));
    await capture(popup, 'popup-done');

    for (const [state, list] of Object.entries(findings)) {
      expect(list, `axe on ${state}`).toEqual([]);
    }
  });

  it('every guide link in the popup opens its page, with content', async () => {
    expect(GUIDE_LINKS.map((l) => l.topic).sort()).toEqual([...GUIDE_TOPICS].sort());
    for (const link of GUIDE_LINKS) {
      const popup = await ext.openPopup();
      const opened = ext.context.waitForEvent('page');
      await popup
        .getByRole('navigation')
        .getByRole('button', { name: msg(link.label), exact: true })
        .click();
      const page = await opened;
      await page.waitForLoadState('load');
      expect(page.url()).toBe(`chrome-extension://${ext.id}/${guidePath(link.topic)}`);
      const titleKey = TOPIC_TITLES[link.topic];
      expect(titleKey, `title key for topic ${link.topic}`).toBeDefined();
      await expect.poll(() => page.locator('h1').first().innerText()).toBe(msg(titleKey ?? ''));
      const text = await page.locator('body').innerText();
      expect(text.length).toBeGreaterThan(400);
      expect(text).toContain(msg('guideSourcesTitle'));
      await page.screenshot({ path: join(SCREENSHOTS, `guide-${link.topic}-light.png`) });
      const found = await seriousViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      found.push(...(await seriousViolations(page)));
      expect(found, `axe on guide#${link.topic}`).toEqual([]);
      await page.close();
      if (!popup.isClosed()) await popup.close();
    }
    // A footer link to "when to get help" (next to "Not medical advice"), where the popup has one.
    const popup = await ext.openPopup();
    const footerLinks = popup.getByRole('contentinfo').getByRole('button');
    if ((await footerLinks.count()) > 0) {
      const opened = ext.context.waitForEvent('page');
      await footerLinks.first().click();
      const help = await opened;
      expect(help.url()).toBe(`chrome-extension://${ext.id}/guide.html#help`);
      await expect.poll(() => help.locator('h1').first().innerText()).toBe(msg('guideHelpTitle'));
    }
  });

  it('every other page the extension ships passes axe', async () => {
    const pages = readdirSync(DIST).filter(
      (f) => f.endsWith('.html') && f !== 'popup.html' && f !== 'offscreen.html',
    );
    expect(pages).toContain('guide.html');
    for (const file of pages) {
      const page = await ext.openPage(file);
      await page.waitForLoadState('load');
      await expect.poll(() => page.locator('body').innerText()).not.toBe('');
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await seriousViolations(page), `axe on ${file} (${scheme})`).toEqual([]);
      }
      await page.close();
    }
  });
});

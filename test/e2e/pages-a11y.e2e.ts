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
    await popup.getByLabel(msg('popupInjuryLegend')).selectOption('3');
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
    await expectPhase(popup, msg('popupPhaseTakeOffIce'));
    await capture(popup, 'popup-take-off');
    await clickButton(popup, msg('popupAckTakeOff'));
    await expectPhase(popup, msg('popupPainQuestion'));
    await capture(popup, 'popup-pain');
    await clickButton(popup, msg('popupPainNotNow'));
    await expectPhase(popup, msg('popupPhaseRest'));
    await capture(popup, 'popup-rest');

    // The paused state: a rest, once the ice is off.
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
    // The popup links to topics the guide has (the one that fits the screen, and help).
    for (const link of GUIDE_LINKS) expect(GUIDE_TOPICS).toContain(link.topic);
    // When to get help, the topic that fits the screen (whatever state the session is in: the
    // one its label names), the whole guide.
    const topicByLabel = new Map(GUIDE_LINKS.map((l) => [msg(l.label), guidePath(l.topic)]));
    for (const i of [0, 1, 2]) {
      const popup = await ext.openPopup();
      const button = popup.getByRole('contentinfo').getByRole('button').nth(i);
      const label = await button.innerText();
      const expected = [guidePath('help'), topicByLabel.get(label), 'guide.html'][i];
      expect(expected, `a page for the link "${label}"`).toBeDefined();
      const opened = ext.context.waitForEvent('page');
      await button.click();
      const page = await opened;
      await page.waitForLoadState('load');
      const path = page.url().replace(`chrome-extension://${ext.id}/`, '');
      expect(path).toBe(expected);
      const topic = path.split('#')[1];
      if (topic) {
        const titleKey = TOPIC_TITLES[topic];
        expect(titleKey, `title key for topic ${topic}`).toBeDefined();
        await expect.poll(() => page.locator('h1').first().innerText()).toBe(msg(titleKey ?? ''));
      }
      const text = await page.locator('body').innerText();
      expect(text.length).toBeGreaterThan(400);
      if (topic) expect(text).toContain(msg('guideSourcesTitle'));
      await page.screenshot({ path: join(SCREENSHOTS, `guide-${topic ?? 'index'}-light.png`) });
      const found = await seriousViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      found.push(...(await seriousViolations(page)));
      expect(found, `axe on ${path}`).toEqual([]);
      await page.close();
      if (!popup.isClosed()) await popup.close();
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

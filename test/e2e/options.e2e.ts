/**
 * Scenario 18 — the options page while a session runs. Saving a new reminder cadence and quiet
 * hours stores them (storage.sync), says they apply from the next phase, leaves the running
 * ice exactly as it was, and the next due application follows the new cadence. An ice of
 * 25 min is refused inline (its own error next to the field, focus on it) and nothing is saved.
 * axe-core checks the page with a running session and with the inline error (light and dark).
 *
 * Time: clock shift (worker and pages), day starting at 12:00 local time.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BOUNDS } from '../../src/core';
import type { Session, Settings } from '../../src/core/types';
import { violationsInBothSchemes } from './axe';
import { type Extension, MINUTE, msg } from './harness';
import {
  expectOneAlarmAsEngineSays,
  expectPhase,
  settingsOf,
  startGuideAndConfirm,
  useExtension,
} from './steps';

/** What a saved setting must not touch: the running phase's instants and position. */
const phaseOf = (s: Session | null): unknown =>
  s && {
    id: s.id,
    plan: s.plan,
    status: s.status,
    stepIndex: s.stepIndex,
    phaseStartedAt: s.phaseStartedAt,
    phaseEndsAt: s.phaseEndsAt,
    injuryAt: s.injuryAt,
  };

describe('options page', () => {
  let ext: Extension;
  let popup: Page;
  let options: Page;
  let saved: Settings;

  useExtension((launched) => {
    ext = launched;
  });

  it('saving cadence and quiet hours mid-ice keeps the session; applies from the next phase', async () => {
    popup = await startGuideAndConfirm(ext, 1);
    const before = await ext.session();
    options = await ext.openPage('options.html');
    await options.locator('#reminderEvery').waitFor();
    expect(await options.locator('h1').innerText()).toBe(msg('optionsTitle'));

    await options.locator('#reminderEvery').fill('10');
    await options.locator('#quietStart').fill('22:30');
    await options.getByRole('button', { name: msg('optionsSave'), exact: true }).click();
    await expect
      .poll(() => options.locator('form [role=status]').innerText())
      .toBe(msg('optionsSavedRunning'));

    // Stored where settings live (storage.sync here), valid, with the new values.
    const synced = (await ext.syncStorage()).settings as Settings;
    expect(synced.reminderEveryMinutes).toBe(10);
    expect(synced.quietHours).toEqual({ enabled: true, start: 22 * 60 + 30, end: 7 * 60 });
    expect((await ext.storage()).settings).toBeUndefined();
    saved = await settingsOf(ext);
    expect(saved).toEqual(synced);

    // The running ice is untouched: same phase, same instants; the popup still counts it down.
    expect(phaseOf(await ext.session())).toEqual(phaseOf(before));
    await expectOneAlarmAsEngineSays(ext);
    await expectPhase(popup, msg('popupPhaseIce'));
    const found = await violationsInBothSchemes(options);
    expect(found, 'axe on options with a running session').toEqual({ light: [], dark: [] });

    // The next due application reminds on the new cadence: 10 min after it became due.
    const ice = before as Session;
    await ext.moveClockTo(ice.phaseEndsAt ?? 0);
    await ext.fireAlarm();
    const rest = (await ext.session()) as Session;
    await ext.moveClockTo(rest.phaseEndsAt ?? 0);
    await ext.fireAlarm();
    const due = (await ext.session()) as Session;
    expect(due.status).toBe('due');
    expect(await expectOneAlarmAsEngineSays(ext)).toBe(due.phaseStartedAt + 10 * MINUTE);
  });

  it('an ice of 25 min shows an inline error and saves nothing', async () => {
    await options.getByLabel(msg('optionsPlanCustom'), { exact: true }).check();
    const field = options.locator('#applyMinutes');
    await field.fill('25');
    await options.getByRole('button', { name: msg('optionsSave'), exact: true }).click();

    const error = options.locator('#applyMinutes-error');
    await expect
      .poll(() => error.innerText())
      .toBe(msg('optionsErrorIce', [BOUNDS.ice.min, BOUNDS.ice.max]));
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBe('applyMinutes-error');
    expect(await options.locator('form [role=alert]').innerText()).toBe(msg('optionsErrorSummary'));
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    // No "Saved." (an empty live region is not rendered as a status a person can see).
    expect(await options.locator('form [role=status]').textContent()).toBe('');
    // Nothing saved: the stored settings are the ones saved before.
    expect(await settingsOf(ext)).toEqual(saved);

    const found = await violationsInBothSchemes(options);
    expect(found, 'axe on options with an inline error').toEqual({ light: [], dark: [] });
  });
});

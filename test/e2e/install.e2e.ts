/**
 * Scenario 1 — install: the popup opens in its idle state with no console errors, nothing is
 * pending (no alarm, no badge, no notification, no session); the welcome page opened by itself.
 * Scenario 12 — the welcome page's "Send a test alert" shows a notification and the permission
 * state the browser reports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOTIFICATION_ID } from '../../src/background/test-alert';
import { Extension, msg, waitFor } from './harness';
import { expectClean } from './steps';

describe('install', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await Extension.launch();
  });
  afterAll(async () => {
    if (ext) expectClean(ext);
    await ext?.close();
  });

  it('opens the popup idle, with nothing pending and no errors', async () => {
    const popup = await ext.openPopup();
    await expect
      .poll(() => popup.locator('button[type=submit]').textContent())
      .toBe(msg('popupStart'));
    const body = await popup.locator('body').innerText();
    expect(body).toContain(msg('popupPlanLegend'));
    expect(body).toContain(msg('popupInjuryLegend'));
    expect(body).toContain(msg('popupNotAdvice'));
    expect(await ext.alarms()).toEqual([]);
    expect(await ext.session()).toBeNull();
    expect(await ext.shownNotifications()).toEqual([]);
    const badge = await ext.badge();
    expect(badge.text).toBe('');
    expect(badge.title).toBe(msg('extActionTitle'));
    expect(ext.errors).toEqual([]);
    expect(ext.foreignRequests()).toEqual([]);
  });

  it('opened the welcome page once, at install', async () => {
    const welcome = await ext.welcomePage();
    await expect.poll(() => welcome.locator('h1').first().innerText()).toBe(msg('welcomeTitle'));
    const text = await welcome.locator('body').innerText();
    expect(text).toContain(msg('welcomeSafetyHeading'));
    expect(text).toContain(msg('welcomeRuleNoBareSkin'));
    expect(text).toContain(msg('welcomePinHeading'));
    const url = `chrome-extension://${ext.id}/welcome.html`;
    expect(ext.context.pages().filter((p) => p.url() === url)).toHaveLength(1);
  });

  it('"Send a test alert" shows a notification and the permission state', async () => {
    const welcome = await ext.welcomePage();
    await welcome.getByRole('button', { name: msg('welcomeTestButton'), exact: true }).click();
    const status = welcome.getByRole('status');
    await expect.poll(() => status.innerText()).toContain(msg('welcomeTestSent'));
    // The alert is on screen, under its own id (a phase alert would not be replaced by it).
    await waitFor(
      'the test notification',
      () => ext.shownNotifications(),
      (ids) => ids.includes(TEST_NOTIFICATION_ID),
    );
    expect(await ext.shownNotifications()).toEqual([TEST_NOTIFICATION_ID]);
    // The permission line says what the browser reports.
    const level = await ext.bg(async () => {
      const g = globalThis as unknown as {
        chrome: { notifications: { getPermissionLevel(): Promise<string> } };
      };
      return g.chrome.notifications.getPermissionLevel();
    }, undefined);
    const key = {
      granted: 'welcomePermissionGranted',
      denied: 'welcomePermissionDenied',
    }[level];
    expect(await status.innerText()).toContain(msg(key ?? 'welcomePermissionUnknown'));
    // A test alert is not a session: nothing else changed.
    expect(await ext.session()).toBeNull();
    expect(await ext.alarms()).toEqual([]);
  });
});

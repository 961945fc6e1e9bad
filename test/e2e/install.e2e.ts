/**
 * Scenario 1 — install: the popup opens in its idle state with no console errors, nothing is
 * pending (no alarm, no badge, no notification, no session).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Extension, msg } from './harness';

describe('install', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await Extension.launch();
  });
  afterAll(async () => {
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
});

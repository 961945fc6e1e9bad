/**
 * Scenario 16 — take-off escalation. When an ice ends, "Take the ice off now" stays on screen
 * (Chromium requireInteraction, an "It's off" button) and, unanswered, comes again at +2, +4
 * and +6 min, then stops; "It's off" in the popup stops it at once and clears the alert.
 * axe-core checks the popup in its take-off state (light and dark).
 *
 * Time: clock shift (worker and popup), day starting at 12:00 local time (no quiet hours).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/core/types';
import { NOTIFICATION_ID } from '../../src/shared/storage-keys';
import { violationsInBothSchemes } from './axe';
import { type Extension, MINUTE, msg } from './harness';
import {
  BADGE_COLORS,
  clickButton,
  expectOneAlarmAsEngineSays,
  expectPhase,
  startGuideAndConfirm,
  useExtension,
} from './steps';

const EVERY = 2 * MINUTE;

describe('take-off escalation', () => {
  let ext: Extension;
  let popup: Page;

  useExtension((launched) => {
    ext = launched;
  });

  const offButton = (): ReturnType<Page['getByRole']> =>
    popup.getByRole('button', { name: msg('popupAckTakeOff'), exact: true });

  it('ice ends → alert; unanswered it repeats at +2, +4, +6 min, then stops', async () => {
    popup = await startGuideAndConfirm(ext, 1);
    const ice = (await ext.session()) as Session;
    const end = ice.phaseEndsAt ?? 0;

    await ext.moveClockTo(end);
    await ext.fireAlarm();
    const [first, ...rest] = await ext.notified();
    expect(rest).toEqual([]);
    expect(first).toMatchObject({
      id: NOTIFICATION_ID,
      title: msg('backgroundNotifyTakeOffIce'),
      requireInteraction: true,
      silent: false,
      buttons: [msg('backgroundButtonOff')],
    });
    await expectPhase(popup, msg('popupPhaseRest'));
    expect(await popup.locator('main').innerText()).toContain(msg('popupTakeOffIce'));
    expect(await offButton().count()).toBe(1);
    expect((await ext.badge()).color).toBe(BADGE_COLORS.rest);
    // The next wake is the badge's next minute; the escalation's at +2 min comes after it.
    expect(await expectOneAlarmAsEngineSays(ext)).toBe(end + MINUTE);

    for (let k = 1; k <= 3; k++) {
      await ext.moveClockTo(end + k * EVERY);
      await ext.fireAlarm();
      const alerts = await ext.notified();
      expect(alerts).toHaveLength(1 + k);
      expect(alerts.at(-1)).toMatchObject({
        title: msg('backgroundNotifyTakeOffIce'),
        requireInteraction: true,
        silent: false,
      });
      await expectOneAlarmAsEngineSays(ext);
    }
    // Three repeats at most: nothing more at +8 or +10 min, but the alert and the button stay.
    for (const minutes of [8, 10]) {
      await ext.moveClockTo(end + minutes * MINUTE);
      await ext.fireAlarm();
    }
    expect(await ext.notified()).toHaveLength(4);
    expect(await ext.shownNotifications()).toEqual([NOTIFICATION_ID]);
    expect(await offButton().count()).toBe(1);

    const found = await violationsInBothSchemes(popup);
    expect(found, 'axe on the popup in the take-off state').toEqual({ light: [], dark: [] });

    await offButton().click();
    await expect.poll(() => offButton().count()).toBe(0);
    await expect.poll(() => ext.shownNotifications()).toEqual([]);
    expect((await ext.session())?.offAcked).toBe(true);
    await expectPhase(popup, msg('popupPhaseRest'));
  });

  it('"It\'s off" in the popup stops the escalation after the first repeat', async () => {
    // Through the rest to the next ice, put on from the popup.
    const rest = (await ext.session()) as Session;
    await ext.moveClockTo(rest.phaseEndsAt ?? 0);
    await ext.fireAlarm();
    await expectPhase(popup, msg('popupPhaseDueIce'));
    await clickButton(popup, msg('popupConfirmIce'));
    await expectPhase(popup, msg('popupPhaseIce'));
    const ice = (await ext.session()) as Session;
    const end = ice.phaseEndsAt ?? 0;
    const seen = (await ext.notified()).length;

    await ext.moveClockTo(end);
    await ext.fireAlarm();
    await ext.moveClockTo(end + EVERY);
    await ext.fireAlarm();
    expect(await ext.notifiedTitles(seen)).toEqual([
      msg('backgroundNotifyTakeOffIce'),
      msg('backgroundNotifyTakeOffIce'),
    ]);

    await offButton().click();
    await expect.poll(() => offButton().count()).toBe(0);
    await expect.poll(() => ext.shownNotifications()).toEqual([]);
    for (const k of [2, 3]) {
      await ext.moveClockTo(end + k * EVERY);
      await ext.fireAlarm();
    }
    expect(await ext.notifiedTitles(seen)).toHaveLength(2);
    expect(await ext.shownNotifications()).toEqual([]);
    await expectOneAlarmAsEngineSays(ext);
  });
});

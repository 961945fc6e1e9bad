/**
 * Scenarios 2 and 3 — the guide cycle through the popup, then time passing.
 *
 * Time: clock shift. The worker's and the popup's `Date.now()` read real time + an offset; each
 * step moves the offset to just past the next boundary and fires the extension's own alarm
 * early, so the shipped background handles it against the shifted clock. The day starts at
 * 12:00 local time so the default quiet hours (23:00–07:00) never interfere.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/core/types';
import { NOTIFICATION_ID } from '../../src/shared/storage-keys';
import { type Extension, HOUR, MINUTE, msg } from './harness';
import {
  BADGE_COLORS,
  clickButton,
  expectOneAlarmAsEngineSays,
  expectPhase,
  settingsOf,
  useExtension,
} from './steps';

describe('guide cycle', () => {
  let ext: Extension;
  let popup: Page;
  let iceEnd = 0;
  let dueFrom = 0;

  useExtension((launched) => {
    ext = launched;
  });

  it('2: starts "spasm 3 h ago" from the popup: ice due, then "Ice is on" starts the countdown', async () => {
    popup = await ext.openPopup();
    await popup.getByText(msg('popupPlanCycle', [20, 20, 48]), { exact: true }).click();
    await popup.getByText(msg('popupInjuryHoursAgo', 3), { exact: true }).click();
    const before = await ext.now();
    await clickButton(popup, msg('popupStart'));

    // Ice is due: waiting for the person to put it on.
    await expectPhase(popup, msg('popupPhaseDueIce'));
    const due = (await ext.session()) as Session;
    expect(due.status).toBe('due');
    expect(due.plan.id).toBe('guide');
    expect(due.stepIndex).toBe(0);
    // "3 h ago" from the popup's clock; the background's clock agrees within a second.
    expect(Math.abs(due.startedAt - 3 * HOUR - due.injuryAt)).toBeLessThan(1_000);
    expect(due.startedAt).toBeGreaterThanOrEqual(before);
    let badge = await ext.badge();
    expect(badge).toEqual({
      text: msg('backgroundBadgeDueIce'),
      color: BADGE_COLORS.due,
      title: msg('backgroundTitleDueIce'),
    });
    // The first reminder is 5 min after it became due; a command raises no alert.
    const settings = await settingsOf(ext);
    expect(await expectOneAlarmAsEngineSays(ext)).toBe(
      due.phaseStartedAt + settings.reminderEveryMinutes * MINUTE,
    );
    expect(await ext.notified()).toEqual([]);

    await clickButton(popup, msg('popupConfirmIce'));
    await expectPhase(popup, msg('popupPhaseIce'));
    const running = (await ext.session()) as Session;
    expect(running.status).toBe('running');
    expect(running.phaseEndsAt).toBe(running.phaseStartedAt + 20 * MINUTE);
    iceEnd = running.phaseEndsAt ?? 0;
    // The countdown is on screen and moving.
    const timer = popup.getByRole('timer');
    await expect.poll(() => timer.innerText()).toMatch(/^(20:00|19:5\d)$/);
    // Whole hours since the spasm (engine: hour = floor(elapsed / 1 h)): "3 h of 48 h".
    expect(await popup.locator('main').innerText()).toContain(msg('popupHourOf', [3, 48]));
    expect(
      await popup
        .getByRole('progressbar', { name: msg('popupWindowProgress') })
        .getAttribute('aria-valuetext'),
    ).toBe(msg('popupHourOf', [3, 48]));
    badge = await ext.badge();
    expect(badge.text).toBe(msg('backgroundBadgeMinutes', 20));
    expect(badge.color).toBe(BADGE_COLORS.ice);
    expect(badge.title).toBe(msg('backgroundTitleIceHour', [20, 1, 3, 48]));
    // The badge's next minute: one alarm, 1 min after "Ice is on".
    expect(await expectOneAlarmAsEngineSays(ext)).toBe(running.phaseStartedAt + MINUTE);
    expect(await ext.notified()).toEqual([]);
  });

  it('3a: ice ends → "Take the ice off now", rest starts, badge turns to the rest colour', async () => {
    await ext.moveClockTo(iceEnd);
    await ext.fireAlarm();
    expect(await ext.notifiedTitles()).toEqual([msg('backgroundNotifyTakeOffIce')]);
    expect(await ext.shownNotifications()).toEqual([NOTIFICATION_ID]);
    const rest = (await ext.session()) as Session;
    expect(rest.status).toBe('running');
    expect(rest.stepIndex).toBe(1);
    expect(rest.phaseStartedAt).toBe(iceEnd);
    expect(rest.phaseEndsAt).toBe(iceEnd + 20 * MINUTE);
    const badge = await ext.badge();
    expect(badge.text).toBe(msg('backgroundBadgeMinutes', 20));
    expect(badge.color).toBe(BADGE_COLORS.rest);
    expect(badge.color).not.toBe(BADGE_COLORS.ice);
    await expectOneAlarmAsEngineSays(ext);
    await expectPhase(popup, msg('popupPhaseRest'));
  });

  it('3b: rest ends → "Put the ice on"; unanswered, it repeats 6 times and then stops', async () => {
    const rest = (await ext.session()) as Session;
    const settings = await settingsOf(ext);
    const every = settings.reminderEveryMinutes * MINUTE;
    const max = settings.reminderMaxCount;
    expect([every, max]).toEqual([5 * MINUTE, 6]);
    dueFrom = rest.phaseEndsAt ?? 0;
    const seen = (await ext.notified()).length;

    await ext.moveClockTo(dueFrom);
    await ext.fireAlarm();
    expect(await ext.notifiedTitles(seen)).toEqual([msg('backgroundNotifyDueIce')]);
    expect((await ext.session())?.status).toBe('due');
    expect(await ext.badge()).toMatchObject({
      text: msg('backgroundBadgeDueIce'),
      color: BADGE_COLORS.due,
    });
    expect(await expectOneAlarmAsEngineSays(ext)).toBe(dueFrom + every);
    await expectPhase(popup, msg('popupPhaseDueIce'));

    for (let k = 1; k <= max; k++) {
      await ext.moveClockTo(dueFrom + k * every);
      await ext.fireAlarm();
      const titles = await ext.notifiedTitles(seen);
      expect(titles).toHaveLength(1 + k);
      expect(titles.at(-1)).toBe(msg('backgroundNotifyReminderIce', [k, max]));
      const armed = await expectOneAlarmAsEngineSays(ext);
      if (k < max) expect(armed).toBe(dueFrom + (k + 1) * every);
    }
    // After the last reminder no reminder is pending: the one alarm waits for the next thing
    // that can change (quiet hours starting at 23:00, or the window's end), and no alert comes.
    const session = (await ext.session()) as Session;
    const armed = (await expectOneAlarmAsEngineSays(ext)) ?? 0;
    expect(armed).toBeGreaterThan(dueFrom + (max + 1) * every);
    expect(armed).toBeLessThanOrEqual(session.injuryAt + 48 * HOUR);
    await ext.moveClockTo(dueFrom + (max + 2) * every);
    await ext.fireAlarm();
    expect(await ext.notifiedTitles(seen)).toHaveLength(1 + max);
    expect((await ext.badge()).text).toBe(msg('backgroundBadgeDueIce'));
  });

  it('3c: "Ice is on" → the next application runs, the alert is cleared', async () => {
    await clickButton(popup, msg('popupConfirmIce'));
    await expectPhase(popup, msg('popupPhaseIce'));
    const next = (await ext.session()) as Session;
    expect(next.status).toBe('running');
    expect(next.stepIndex).toBe(2);
    expect(await popup.locator('main').innerText()).toContain(msg('popupCycle', 2));
    const badge = await ext.badge();
    expect(badge.text).toBe(msg('backgroundBadgeMinutes', 20));
    expect(badge.color).toBe(BADGE_COLORS.ice);
    await expect.poll(() => ext.shownNotifications()).toEqual([]);
    expect(await expectOneAlarmAsEngineSays(ext)).toBe(next.phaseStartedAt + MINUTE);
  });
});

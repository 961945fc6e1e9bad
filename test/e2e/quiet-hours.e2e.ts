/**
 * Scenario 17 — quiet hours (default 23:00–07:00 local). A rest that ends at 23:10 leaves the
 * next ice due but held: badge "Zz" (quiet colour, "Quiet hours" tooltip), the popup says when
 * the next reminder comes, no alert all night, exactly one alert at 07:00 and none after it.
 * axe-core checks the popup in its quiet state (light and dark).
 *
 * Time: clock shift (worker and popup), day starting at 22:00 local time; the ice is put on at
 * 22:30 so it ends at 22:50 and the rest at 23:10.
 */
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/core/types';
import { violationsInBothSchemes } from './axe';
import { type Extension, HOUR, MINUTE, msg } from './harness';
import {
  BADGE_COLORS,
  clickButton,
  expectOneAlarmAsEngineSays,
  expectPhase,
  startGuideAndConfirm,
  useExtension,
} from './steps';

describe('quiet hours', () => {
  let ext: Extension;

  useExtension((launched) => {
    ext = launched;
  }, 22);

  /** Local hours and minutes of an instant, as the browser reads them. */
  const localTime = (at: number): Promise<[number, number]> =>
    ext.bg((t) => [new Date(t).getHours(), new Date(t).getMinutes()] as [number, number], at);

  it('a rest ending at 23:10 is held until 07:00, then reminds once', async () => {
    await ext.moveClockTo((await ext.now()) + 30 * MINUTE);
    const popup = await startGuideAndConfirm(ext, 3);
    const ice = (await ext.session()) as Session;
    expect(await localTime(ice.phaseStartedAt)).toEqual([22, 30]);

    // 22:50: the take-off alert (never held), answered from the popup.
    await ext.moveClockTo(ice.phaseEndsAt ?? 0);
    await ext.fireAlarm();
    expect(await ext.notifiedTitles()).toEqual([msg('backgroundNotifyTakeOffIce')]);
    await clickButton(popup, msg('popupAckTakeOff'));
    await expect.poll(() => ext.shownNotifications()).toEqual([]);

    // 23:10: the rest ends inside quiet hours: due, held, no alert.
    const rest = (await ext.session()) as Session;
    expect(await localTime(rest.phaseEndsAt ?? 0)).toEqual([23, 10]);
    await ext.moveClockTo(rest.phaseEndsAt ?? 0);
    await ext.fireAlarm();
    const held = (await ext.session()) as Session;
    expect(held.status).toBe('due');
    const quietUntil = held.quietUntil ?? 0;
    expect(await localTime(quietUntil)).toEqual([7, 0]);
    expect(quietUntil - (rest.phaseEndsAt ?? 0)).toBeLessThan(8 * HOUR);
    expect(await ext.notified()).toHaveLength(1);
    expect(await ext.badge()).toEqual({
      text: msg('backgroundBadgeQuiet'),
      color: BADGE_COLORS.quiet,
      title: msg('backgroundTitleQuiet'),
    });
    expect(await expectOneAlarmAsEngineSays(ext)).toBe(quietUntil);
    // One sentence, and no "time for ice" while the ice waits.
    await expectPhase(popup, msg('popupPhaseQuiet'));
    const quietLine = msg('popupQuietIce', 'TIME').split('TIME')[0] ?? '';
    await expect.poll(() => popup.locator('main').innerText()).toContain(quietLine);
    expect(await popup.locator('main').innerText()).toMatch(/\b0?7:00\b/);
    expect(await popup.locator('main').innerText()).not.toContain(msg('popupPhaseDueIce'));
    const found = await violationsInBothSchemes(popup);
    expect(found, 'axe on the popup in the quiet state').toEqual({ light: [], dark: [] });

    // 03:00: a wake in the night (any wake) changes nothing and says nothing.
    await ext.moveClockTo((rest.phaseEndsAt ?? 0) + 3 * HOUR + 50 * MINUTE);
    await ext.fireAlarm();
    expect(await ext.notified()).toHaveLength(1);
    expect((await ext.badge()).text).toBe(msg('backgroundBadgeQuiet'));

    // 07:00: one reminder, with sound allowed again.
    await ext.moveClockTo(quietUntil);
    await ext.fireAlarm();
    const alerts = await ext.notified();
    expect(alerts).toHaveLength(2);
    expect(alerts[1]).toMatchObject({ title: msg('backgroundNotifyDueIce'), silent: false });
    expect(await ext.badge()).toMatchObject({
      text: msg('backgroundBadgeDueIce'),
      color: BADGE_COLORS.due,
    });
    await expectOneAlarmAsEngineSays(ext);

    // Once: nothing more by 07:30 (the badge still shows the ice is due).
    for (const minutes of [10, 30]) {
      await ext.moveClockTo(quietUntil + minutes * MINUTE);
      await ext.fireAlarm();
    }
    expect(await ext.notified()).toHaveLength(2);
    expect((await ext.badge()).text).toBe(msg('backgroundBadgeDueIce'));
  });
});

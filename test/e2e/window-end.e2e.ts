/**
 * Scenario 5 — the 48 h window ends: one "still sore? switch to heat" alert, and the popup
 * offers the heat plan, which starts from there.
 *
 * Time: clock shift (worker and popup). Spasm 46 h ago at 12:00 local time, so the window ends
 * at 14:00 on a quiet-hours-free afternoon. The ice ends on time; the clock then jumps past the
 * window's end (through the rest and the next ice left due) and one alarm fires. (Sleeping
 * through an application's end would give a late take-off alert and a fresh rest instead:
 * long-sleep.e2e.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/core/types';
import { type Extension, HOUR, MINUTE, msg } from './harness';
import {
  BADGE_COLORS,
  clickButton,
  expectOneAlarmAsEngineSays,
  expectPhase,
  startGuideAndConfirm,
  useExtension,
} from './steps';

describe('window end', () => {
  let ext: Extension;

  useExtension((launched) => {
    ext = launched;
  });

  it('suggests heat once the window is over, and the popup starts the heat plan', async () => {
    const popup = await startGuideAndConfirm(ext, 46);
    const session = (await ext.session()) as Session;
    const windowEnd = session.injuryAt + 48 * HOUR;
    const iceEnd = session.phaseEndsAt ?? 0;

    // The ice ends on time (its take-off alert is seen), so the jump below crosses only a rest.
    await ext.moveClockTo(iceEnd);
    await ext.fireAlarm();
    expect(await ext.notifiedTitles()).toEqual([msg('backgroundNotifyTakeOffIce')]);

    await ext.moveClockTo(windowEnd + 10 * MINUTE);
    await ext.fireAlarm();
    expect(await ext.notifiedTitles(1)).toEqual([msg('backgroundNotifyWindowEndedHeat', 48)]);
    const done = (await ext.session()) as Session;
    expect(done.status).toBe('done');
    expect(done.endedAt).toBe(windowEnd);
    expect(await ext.badge()).toMatchObject({
      text: msg('backgroundBadgeDone'),
      color: BADGE_COLORS.done,
      title: msg('backgroundTitleDone'),
    });
    expect(await ext.alarms()).toEqual([]);
    // The ice that was due when the window ended was not done: the history says so.
    const history = (await ext.storage()).history as { outcome: string; endedAt: number }[];
    expect(history.map((h) => [h.outcome, h.endedAt])).toEqual([
      ['completed', iceEnd],
      ['skipped', windowEnd],
    ]);

    await expectPhase(popup, msg('popupPhaseDone'));
    expect(await popup.locator('main').innerText()).toContain(msg('popupDoneHeat', 48));
    await clickButton(popup, msg('popupStartHeat'));
    await expectPhase(popup, msg('popupPhaseDueHeat'));
    const heat = (await ext.session()) as Session;
    expect(heat.plan.id).toBe('heat');
    expect(heat.status).toBe('due');
    expect((await ext.badge()).text).toBe(msg('backgroundBadgeDueHeat'));
    await expectOneAlarmAsEngineSays(ext);
    // Starting is the person's own action: no alert for it.
    expect(await ext.notifiedTitles()).toHaveLength(2);
  });
});

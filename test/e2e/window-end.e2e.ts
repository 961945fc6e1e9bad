/**
 * Scenario 5 — the 48 h window ends: one "still sore? switch to heat" alert, and the popup
 * offers the heat plan, which starts from there.
 *
 * Time: clock shift (worker and popup). Spasm 46 h ago at 12:00 local time, so the window ends
 * at 14:00 on a quiet-hours-free afternoon; the clock then jumps past it and one alarm fires.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/core/types';
import { Extension, HOUR, MINUTE, msg } from './harness';
import {
  BADGE_COLORS,
  clickButton,
  expectClean,
  expectOneAlarmAsEngineSays,
  expectPhase,
  startGuideAndConfirm,
} from './steps';

describe('window end', () => {
  let ext: Extension;

  beforeAll(async () => {
    ext = await Extension.launch();
    await ext.startDayAt(12);
  });
  afterAll(async () => {
    if (ext) expectClean(ext);
    await ext?.close();
  });

  it('suggests heat once the window is over, and the popup starts the heat plan', async () => {
    const popup = await startGuideAndConfirm(ext, 46);
    const session = (await ext.session()) as Session;
    const windowEnd = session.injuryAt + 48 * HOUR;

    await ext.moveClockTo(windowEnd + 10 * MINUTE);
    await ext.fireAlarm();
    expect(await ext.notifiedTitles()).toEqual([msg('backgroundNotifyWindowEndedHeat', 48)]);
    const done = (await ext.session()) as Session;
    expect(done.status).toBe('done');
    expect(done.endedAt).toBe(windowEnd);
    expect(await ext.badge()).toMatchObject({
      text: msg('backgroundBadgeDone'),
      color: BADGE_COLORS.done,
      title: msg('backgroundTitleDone'),
    });
    expect(await ext.alarms()).toEqual([]);

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
    expect(await ext.notifiedTitles()).toHaveLength(1);
  });
});

/**
 * Scenario 4 — pause, resume, skip, end early and stop from the popup (behind "More"), within the engine's safety rules
 * (src/core/rules.ts): a running application is never paused (a pack left on with no timer is
 * how skin gets hurt), and the rest right after one may be skipped only once the shortest
 * planned rest (BOUNDS.rest.min, 20 min) has run. So the main run uses Spaced cold (100-min
 * rests); at the end, the 20/20 cycle's rest offers no Skip at all (it ends at 20 min anyway).
 *
 * Time: clock shift (worker and popup), day starting at 12:00 local time. The rest is paused for
 * 2 shifted hours, past its planned end, so "no alert while paused" and "resume keeps the time
 * that was left" are visible in the stored instants.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKIP_REST_AFTER_MINUTES } from '../../src/core/plans';
import type { Session } from '../../src/core/types';
import { NOTIFICATION_ID } from '../../src/shared/storage-keys';
import { Extension, HOUR, MINUTE, msg } from './harness';
import {
  BADGE_COLORS,
  clickButton,
  expectClean,
  expectOneAlarmAsEngineSays,
  expectPhase,
  openMore,
  send,
  startGuideAndConfirm,
} from './steps';

/** The shortest planned rest (BOUNDS.rest.min): no Skip before that much rest has run. */
const SKIP_REST_AFTER = SKIP_REST_AFTER_MINUTES * MINUTE;
/** How long the rest is held: past Spaced cold's 100-min rest, and past the Skip threshold. */
const PAUSE = 2 * HOUR;

describe('pause, resume, skip, stop', () => {
  let ext: Extension;
  let popup: Page;
  const button = (name: string) => popup.getByRole('button', { name, exact: true });
  /** The popup's big time line ("81 min left"), once it follows the moved clock. */
  const timeLine = () => popup.locator('.time').innerText();

  beforeAll(async () => {
    ext = await Extension.launch();
    await ext.startDayAt(12);
    popup = await startGuideAndConfirm(ext, 1, 'spaced');
  });
  afterAll(async () => {
    if (ext) expectClean(ext);
    await ext?.close();
  });

  it('the running ice offers no Pause, and the background refuses one', async () => {
    const running = (await ext.session()) as Session;
    await ext.moveClockTo(running.phaseStartedAt + 5 * MINUTE);
    await expectPhase(popup, msg('popupPhaseIce'));
    await openMore(popup);
    await expect.poll(() => button(msg('popupEndIce')).count()).toBe(1);
    expect(await button(msg('popupPause')).count()).toBe(0);
    // A pause sent anyway (an old popup, a shortcut) changes nothing.
    const reply = (await send(popup, { type: 'pause' })) as { ok: boolean };
    expect(reply.ok).toBe(false);
    const after = (await ext.session()) as Session;
    expect([after.status, after.phaseEndsAt]).toEqual(['running', running.phaseEndsAt]);
    expect((await ext.badge()).color).toBe(BADGE_COLORS.ice);
  });

  it('ending the ice early asks first; the rest after it offers Pause but no Skip', async () => {
    await clickButton(popup, msg('popupEndIce'));
    const question = msg('popupEndQuestionIce', '#').split('#')[0] ?? '';
    expect(await popup.locator('main').innerText()).toContain(question);
    expect((await ext.session())?.status).toBe('running');
    await clickButton(popup, msg('popupEndYes'));
    // The pain question comes first, on its own; "Not now" goes on to the rest.
    await expectPhase(popup, msg('popupPainQuestion'));
    await clickButton(popup, msg('popupPainNotNow'));
    await expectPhase(popup, msg('popupPhaseRest'));
    const rest = (await ext.session()) as Session;
    expect([rest.stepIndex, rest.status]).toEqual([1, 'running']);
    expect((await ext.badge()).color).toBe(BADGE_COLORS.rest);
    await expectOneAlarmAsEngineSays(ext);
    await openMore(popup);
    await expect.poll(() => button(msg('popupPause')).count()).toBe(1);
    expect(await button(msg('popupSkipRest')).count()).toBe(0);
    const reply = (await send(popup, { type: 'skip' })) as { ok: boolean };
    expect(reply.ok).toBe(false);
    expect((await ext.session())?.stepIndex).toBe(1);
  });

  it('pause holds the rest: badge "paused", no alarm, no alert past its planned end', async () => {
    const rest = (await ext.session()) as Session;
    await ext.moveClockTo(rest.phaseStartedAt + 3 * MINUTE);
    await clickButton(popup, msg('popupPause'));
    await expectPhase(popup, msg('popupPhasePaused'));
    expect(await popup.locator('main').innerText()).toContain(msg('popupPausedRestLine'));
    const paused = (await ext.session()) as Session;
    expect(paused.status).toBe('paused');
    expect(paused.pausedStatus).toBe('running');
    const badge = {
      text: msg('backgroundBadgePaused'),
      color: BADGE_COLORS.paused,
      title: msg('backgroundTitlePaused'),
    };
    expect(await ext.badge()).toMatchObject(badge);
    expect(await ext.alarms()).toEqual([]);

    // Long past the rest's planned end, a wake (the test's own alarm) changes nothing.
    await ext.moveClockTo((paused.pausedAt ?? 0) + PAUSE);
    expect(await ext.now()).toBeGreaterThan(paused.phaseEndsAt ?? 0);
    await ext.fireAlarm();
    expect(await ext.notified()).toEqual([]);
    expect((await ext.session())?.status).toBe('paused');
    expect(await ext.badge()).toMatchObject(badge);
    expect(await ext.alarms()).toEqual([]);
  });

  it('resume keeps the 97 min that were left; paused time does not count toward Skip', async () => {
    const paused = (await ext.session()) as Session;
    await clickButton(popup, msg('popupResume'));
    await expectPhase(popup, msg('popupPhaseRest'));
    const resumed = (await ext.session()) as Session;
    expect(resumed.status).toBe('running');
    const left = (resumed.phaseEndsAt ?? 0) - (await ext.now());
    expect(left).toBeGreaterThan(96.9 * MINUTE);
    expect(left).toBeLessThanOrEqual(97 * MINUTE);
    expect((resumed.phaseEndsAt ?? 0) - (paused.phaseEndsAt ?? 0)).toBeGreaterThanOrEqual(PAUSE);
    const badge = await ext.badge();
    expect(badge.text).toBe(msg('backgroundBadgeHours', 1));
    expect(badge.color).toBe(BADGE_COLORS.rest);
    await expectOneAlarmAsEngineSays(ext);
    // 3 min of rest so far, after a pause longer than the threshold: still no Skip.
    await openMore(popup);
    await expect.poll(() => button(msg('popupPause')).count()).toBe(1);
    expect(await button(msg('popupSkipRest')).count()).toBe(0);
    // A minute short of the threshold in rest time (over 2 h since the rest began): no Skip.
    await ext.moveClockTo(resumed.phaseStartedAt + SKIP_REST_AFTER - MINUTE);
    await expect
      .poll(() => timeLine())
      .toBe(msg('popupTimeLeft', 100 - SKIP_REST_AFTER_MINUTES + 1));
    await openMore(popup);
    await expect.poll(() => button(msg('popupPause')).count()).toBe(1);
    expect(await button(msg('popupSkipRest')).count()).toBe(0);
    expect(((await send(popup, { type: 'skip' })) as { ok: boolean }).ok).toBe(false);
  });

  it(`skip after ${SKIP_REST_AFTER_MINUTES} min of rest: rest → ice due → (skipped) rest`, async () => {
    const rest = (await ext.session()) as Session;
    await ext.moveClockTo(rest.phaseStartedAt + SKIP_REST_AFTER);
    await openMore(popup);
    await expect.poll(() => button(msg('popupSkipRest')).count()).toBe(1);
    await clickButton(popup, msg('popupSkipRest'));
    await expectPhase(popup, msg('popupPhaseDueIce'));
    expect((await ext.session())?.status).toBe('due');
    expect((await ext.badge()).text).toBe(msg('backgroundBadgeDueIce'));
    await expectOneAlarmAsEngineSays(ext);

    // A due application may be skipped at once.
    await clickButton(popup, msg('popupSkipDueIce'));
    await expectPhase(popup, msg('popupPhaseRest'));
    const session = (await ext.session()) as Session;
    expect(session.stepIndex).toBe(3);
    expect(session.status).toBe('running');
    // A skipped application is part of the history, marked as skipped.
    const history = (await ext.storage()).history as { outcome: string }[];
    expect(history.map((h) => h.outcome)).toEqual(['cutShort', 'skipped']);
  });

  it('stop while ice is due clears badge, alarm and alert, and logs that ice as skipped', async () => {
    // Let the rest end unanswered so an alert is on screen when the person stops.
    const rest = (await ext.session()) as Session;
    await ext.moveClockTo(rest.phaseEndsAt ?? 0);
    await ext.fireAlarm();
    expect(await ext.shownNotifications()).toEqual([NOTIFICATION_ID]);
    await expectPhase(popup, msg('popupPhaseDueIce'));

    await clickButton(popup, msg('popupStop'));
    expect(await popup.locator('main').innerText()).toContain(msg('popupStopQuestion'));
    // The confirmation's own Stop button; the safe answer has the focus.
    await clickButton(popup, msg('popupStopYes'));
    await expect
      .poll(() => popup.locator('button[type=submit]').textContent())
      .toBe(msg('popupStart'));
    expect(await ext.session()).toBeNull();
    expect(await ext.alarms()).toEqual([]);
    await expect.poll(() => ext.shownNotifications()).toEqual([]);
    const badge = await ext.badge();
    expect(badge.text).toBe('');
    expect(badge.title).toBe(msg('extActionTitle'));
    const history = (await ext.storage()).history as { outcome: string; stepIndex: number }[];
    expect(history.map((h) => [h.outcome, h.stepIndex])).toEqual([
      ['cutShort', 0],
      ['skipped', 2],
      ['skipped', 4],
    ]);
  });

  it('the 20/20 cycle: the rest after an application offers no Skip at all, and ends at 20 min', async () => {
    await popup.close();
    popup = await startGuideAndConfirm(ext, 1);
    await clickButton(popup, msg('popupEndIce'));
    await clickButton(popup, msg('popupEndYes'));
    await clickButton(popup, msg('popupPainNotNow'));
    await expectPhase(popup, msg('popupPhaseRest'));
    const rest = (await ext.session()) as Session;
    // Its 20 min are exactly the shortest planned rest: Skip would come only as it ends.
    expect(rest.phaseEndsAt).toBe(rest.phaseStartedAt + SKIP_REST_AFTER);
    // In its last minute: Pause is offered, Skip is not, and one sent anyway is refused (the
    // shifted clock keeps running, so a margin of a second could see the rest end meanwhile).
    await ext.moveClockTo((rest.phaseEndsAt ?? 0) - MINUTE);
    await expect.poll(() => timeLine()).toBe(msg('popupTimeLeftOne'));
    await openMore(popup);
    await expect.poll(() => button(msg('popupPause')).count()).toBe(1);
    expect(await button(msg('popupSkipRest')).count()).toBe(0);
    expect(((await send(popup, { type: 'skip' })) as { ok: boolean }).ok).toBe(false);
    expect([(await ext.session())?.stepIndex, (await ext.session())?.status]).toEqual([
      1,
      'running',
    ]);
    // It ends by itself: the next ice is due.
    await ext.moveClockTo(rest.phaseEndsAt ?? 0);
    await ext.fireAlarm();
    await expectPhase(popup, msg('popupPhaseDueIce'));
    expect((await ext.session())?.stepIndex).toBe(2);
  });
});

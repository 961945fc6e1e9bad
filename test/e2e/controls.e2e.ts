/**
 * Scenario 4 — pause, resume, skip and stop from the popup.
 *
 * Time: clock shift (worker and popup), day starting at 12:00 local time. The pause lasts 7
 * shifted minutes so "resume keeps the time that was left" is visible in the stored instants.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/core/types';
import { Extension, MINUTE, msg, NOTIFICATION } from './harness';
import {
  BADGE_COLORS,
  clickButton,
  expectClean,
  expectOneAlarmAsEngineSays,
  expectPhase,
  startGuideAndConfirm,
} from './steps';

describe('pause, resume, skip, stop', () => {
  let ext: Extension;
  let popup: Page;

  beforeAll(async () => {
    ext = await Extension.launch();
    await ext.startDayAt(12);
    popup = await startGuideAndConfirm(ext, 1);
  });
  afterAll(async () => {
    if (ext) expectClean(ext);
    await ext?.close();
  });

  it('pause holds the ice: badge "paused", no alarm pending', async () => {
    const running = (await ext.session()) as Session;
    await ext.moveClockTo(running.phaseStartedAt + 5 * MINUTE);
    await clickButton(popup, msg('popupPause'));
    await expectPhase(popup, msg('popupPhasePaused'));
    expect(await popup.locator('main').innerText()).toContain(msg('popupPausedIce'));
    const paused = (await ext.session()) as Session;
    expect(paused.status).toBe('paused');
    expect(paused.pausedStatus).toBe('running');
    expect(await ext.badge()).toMatchObject({
      text: msg('backgroundBadgePaused'),
      color: BADGE_COLORS.paused,
      title: msg('backgroundTitlePaused'),
    });
    expect(await ext.alarms()).toEqual([]);
  });

  it('resume keeps the 15 min that were left', async () => {
    const paused = (await ext.session()) as Session;
    await ext.moveClockTo((paused.pausedAt ?? 0) + 7 * MINUTE);
    await clickButton(popup, msg('popupResume'));
    await expectPhase(popup, msg('popupPhaseIce'));
    const resumed = (await ext.session()) as Session;
    expect(resumed.status).toBe('running');
    const left = (resumed.phaseEndsAt ?? 0) - (await ext.now());
    expect(left).toBeGreaterThan(14.9 * MINUTE);
    expect(left).toBeLessThanOrEqual(15 * MINUTE);
    expect((resumed.phaseEndsAt ?? 0) - (paused.phaseEndsAt ?? 0)).toBeGreaterThanOrEqual(
      7 * MINUTE,
    );
    const badge = await ext.badge();
    expect(badge.text).toBe(msg('backgroundBadgeMinutes', 15));
    expect(badge.color).toBe(BADGE_COLORS.ice);
    await expectOneAlarmAsEngineSays(ext);
  });

  it('skip: ice → rest → ice due → (skipped) rest', async () => {
    await clickButton(popup, msg('popupSkip'));
    await expectPhase(popup, msg('popupPhaseRest'));
    expect((await ext.session())?.stepIndex).toBe(1);
    expect((await ext.badge()).color).toBe(BADGE_COLORS.rest);
    await expectOneAlarmAsEngineSays(ext);

    await clickButton(popup, msg('popupSkip'));
    await expectPhase(popup, msg('popupPhaseDueIce'));
    expect((await ext.session())?.status).toBe('due');
    expect((await ext.badge()).text).toBe(msg('backgroundBadgeDueIce'));
    await expectOneAlarmAsEngineSays(ext);

    await clickButton(popup, msg('popupSkip'));
    await expectPhase(popup, msg('popupPhaseRest'));
    const session = (await ext.session()) as Session;
    expect(session.stepIndex).toBe(3);
    expect(session.status).toBe('running');
    // A skipped application is part of the history, marked as skipped.
    const history = (await ext.storage()).history as { outcome: string }[];
    expect(history.map((h) => h.outcome)).toEqual(['cutShort', 'skipped']);
  });

  it('stop clears the badge, the alarm and the alert', async () => {
    // Let the rest end unanswered so an alert is on screen when the person stops.
    const rest = (await ext.session()) as Session;
    await ext.moveClockTo(rest.phaseEndsAt ?? 0);
    await ext.fireAlarm();
    expect(await ext.shownNotifications()).toEqual([NOTIFICATION]);

    await clickButton(popup, msg('popupStop'));
    expect(await popup.locator('main').innerText()).toContain(msg('popupStopQuestion'));
    // The confirmation's own Stop button (the first one is gone, replaced by the question).
    await popup
      .getByRole('group')
      .getByRole('button', { name: msg('popupStop'), exact: true })
      .click();
    await expect
      .poll(() => popup.locator('button[type=submit]').textContent())
      .toBe(msg('popupStart'));
    expect(await ext.session()).toBeNull();
    expect(await ext.alarms()).toEqual([]);
    await expect.poll(() => ext.shownNotifications()).toEqual([]);
    const badge = await ext.badge();
    expect(badge.text).toBe('');
    expect(badge.title).toBe(msg('extActionTitle'));
  });
});

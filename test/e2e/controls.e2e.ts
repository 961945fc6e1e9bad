/**
 * Scenario 4 — pause, resume, skip and stop from the popup, within the engine's safety rules
 * (src/core/rules.ts): a running application is never paused (a pack left on with no timer is
 * how skin gets hurt), and the rest right after one may be skipped only after 10 min.
 *
 * Time: clock shift (worker and popup), day starting at 12:00 local time. The rest is paused for
 * 25 shifted minutes, past its planned end, so "no alert while paused" and "resume keeps the time
 * that was left" are visible in the stored instants.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/core/types';
import { NOTIFICATION_ID } from '../../src/shared/storage-keys';
import { Extension, MINUTE, msg } from './harness';
import {
  BADGE_COLORS,
  clickButton,
  expectClean,
  expectOneAlarmAsEngineSays,
  expectPhase,
  send,
  startGuideAndConfirm,
} from './steps';

/** The shortest safe rest (BOUNDS.rest.min): no Skip before it has passed. */
const SKIP_REST_AFTER = 10 * MINUTE;

describe('pause, resume, skip, stop', () => {
  let ext: Extension;
  let popup: Page;
  const button = (name: string) => popup.getByRole('button', { name, exact: true });

  beforeAll(async () => {
    ext = await Extension.launch();
    await ext.startDayAt(12);
    popup = await startGuideAndConfirm(ext, 1);
  });
  afterAll(async () => {
    if (ext) expectClean(ext);
    await ext?.close();
  });

  it('the running ice offers no Pause, and the background refuses one', async () => {
    const running = (await ext.session()) as Session;
    await ext.moveClockTo(running.phaseStartedAt + 5 * MINUTE);
    await expectPhase(popup, msg('popupPhaseIce'));
    await expect.poll(() => button(msg('popupSkip')).count()).toBe(1);
    expect(await button(msg('popupPause')).count()).toBe(0);
    // A pause sent anyway (an old popup, a shortcut) changes nothing.
    const reply = (await send(popup, { type: 'pause' })) as { ok: boolean };
    expect(reply.ok).toBe(false);
    const after = (await ext.session()) as Session;
    expect([after.status, after.phaseEndsAt]).toEqual(['running', running.phaseEndsAt]);
    expect((await ext.badge()).color).toBe(BADGE_COLORS.ice);
  });

  it('skip ends the ice; the rest after it offers Pause but no Skip', async () => {
    await clickButton(popup, msg('popupSkip'));
    await expectPhase(popup, msg('popupPhaseRest'));
    const rest = (await ext.session()) as Session;
    expect([rest.stepIndex, rest.status]).toEqual([1, 'running']);
    expect((await ext.badge()).color).toBe(BADGE_COLORS.rest);
    await expectOneAlarmAsEngineSays(ext);
    await expect.poll(() => button(msg('popupPause')).count()).toBe(1);
    expect(await button(msg('popupSkip')).count()).toBe(0);
    const reply = (await send(popup, { type: 'skip' })) as { ok: boolean };
    expect(reply.ok).toBe(false);
    expect((await ext.session())?.stepIndex).toBe(1);
  });

  it('pause holds the rest: badge "paused", no alarm, no alert past its planned end', async () => {
    const rest = (await ext.session()) as Session;
    await ext.moveClockTo(rest.phaseStartedAt + 3 * MINUTE);
    await clickButton(popup, msg('popupPause'));
    await expectPhase(popup, msg('popupPhasePaused'));
    expect(await popup.locator('main').innerText()).toContain(msg('popupPausedRest'));
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
    await ext.moveClockTo((paused.pausedAt ?? 0) + 25 * MINUTE);
    await ext.fireAlarm();
    expect(await ext.notified()).toEqual([]);
    expect((await ext.session())?.status).toBe('paused');
    expect(await ext.badge()).toMatchObject(badge);
    expect(await ext.alarms()).toEqual([]);
  });

  it('resume keeps the 17 min that were left; paused time does not count toward Skip', async () => {
    const paused = (await ext.session()) as Session;
    await clickButton(popup, msg('popupResume'));
    await expectPhase(popup, msg('popupPhaseRest'));
    const resumed = (await ext.session()) as Session;
    expect(resumed.status).toBe('running');
    const left = (resumed.phaseEndsAt ?? 0) - (await ext.now());
    expect(left).toBeGreaterThan(16.9 * MINUTE);
    expect(left).toBeLessThanOrEqual(17 * MINUTE);
    expect((resumed.phaseEndsAt ?? 0) - (paused.phaseEndsAt ?? 0)).toBeGreaterThanOrEqual(
      25 * MINUTE,
    );
    const badge = await ext.badge();
    expect(badge.text).toBe(msg('backgroundBadgeMinutes', 17));
    expect(badge.color).toBe(BADGE_COLORS.rest);
    await expectOneAlarmAsEngineSays(ext);
    // 3 min of rest so far, however long the pause: still no Skip.
    await expect.poll(() => button(msg('popupPause')).count()).toBe(1);
    expect(await button(msg('popupSkip')).count()).toBe(0);
  });

  it('skip after 10 min of rest: rest → ice due → (skipped) rest', async () => {
    const rest = (await ext.session()) as Session;
    await ext.moveClockTo(rest.phaseStartedAt + SKIP_REST_AFTER);
    await expect.poll(() => button(msg('popupSkip')).count()).toBe(1);
    await clickButton(popup, msg('popupSkip'));
    await expectPhase(popup, msg('popupPhaseDueIce'));
    expect((await ext.session())?.status).toBe('due');
    expect((await ext.badge()).text).toBe(msg('backgroundBadgeDueIce'));
    await expectOneAlarmAsEngineSays(ext);

    // A due application may be skipped at once.
    await clickButton(popup, msg('popupSkip'));
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
    const history = (await ext.storage()).history as { outcome: string; stepIndex: number }[];
    expect(history.map((h) => [h.outcome, h.stepIndex])).toEqual([
      ['cutShort', 0],
      ['skipped', 2],
      ['skipped', 4],
    ]);
  });
});

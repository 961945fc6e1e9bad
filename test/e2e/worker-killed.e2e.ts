/**
 * Scenario 13 — the worker killed in the middle of a transition. The background settles every
 * event as: load → transition → arm the alarm → save (session + outbox) → perform → clear the
 * outbox (src/background/runner.ts). Each case makes one browser call of that sequence hang
 * (in-browser.ts installHang), stops the worker right there over CDP and starts a fresh worker,
 * which must land in the right state with exactly one alarm, the alert shown exactly once, and
 * the badge right. Every worker load catches up once (src/background/index.ts), before the test
 * can instrument the fresh worker, so the alerts are counted from the outboxes the workers
 * write (outbox-log.ts, seen by an open extension page) and from the one notification shown.
 *
 * Time: stored-session shift, real clock (a stopped worker loses any shifted clock). Quiet hours
 * are turned off through the background's own saveSettings, so the real time of day never
 * holds an alert.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core';
import type { Session } from '../../src/core/types';
import { NOTIFICATION_ID } from '../../src/shared/storage-keys';
import { Extension, MINUTE, msg } from './harness';
import type { HangPoint } from './in-browser';
import { alertsDecided, startOutboxLog } from './outbox-log';
import {
  BADGE_COLORS,
  clickButton,
  expectClean,
  expectOneAlarmAsEngineSays,
  expectPhase,
  send,
  startGuideAndConfirm,
} from './steps';
import { pageStorage, shiftSession } from './stored-time';

describe('worker killed mid-transition', () => {
  let ext: Extension;
  /** An extension page that never messages the background: reads storage without waking it. */
  let observer: Page;

  beforeAll(async () => {
    ext = await Extension.launch();
    observer = await ext.openPage('guide.html');
    const saved = (await send(observer, {
      type: 'saveSettings',
      settings: { ...DEFAULT_SETTINGS, quietHours: { enabled: false, start: 1380, end: 420 } },
    })) as { ok: boolean };
    expect(saved.ok).toBe(true);
  });
  afterAll(async () => {
    if (ext) expectClean(ext);
    await ext?.close();
  });

  /** Moves the stored session so its current phase ended 1 s ago (real clock). */
  async function endPhaseNow(): Promise<Session> {
    const session = (await ext.session()) as Session;
    const delta = (session.phaseEndsAt ?? 0) - (Date.now() - 1_000);
    const shifted = shiftSession(session, -delta);
    await ext.writeStorage({ session: shifted });
    return shifted;
  }

  /** The alarm fires, the background hangs at `point` and the worker is stopped there. */
  async function killDuringAlarm(point: HangPoint): Promise<void> {
    await startOutboxLog(observer);
    await ext.hang(point);
    await ext.armAlarmNow();
    await ext.waitForHang();
    await ext.stopWorker();
  }

  /**
   * A fresh worker (its load catches up: the first wake), instrumented, then the next wake (the
   * real alarm, fired now).
   */
  async function restartAndWake(): Promise<void> {
    await ext.startWorkerQuietly(observer);
    await ext.fireAlarm();
  }

  /**
   * One take-off alert was decided by the two workers together, and it is on screen. The fresh
   * worker's recorder, installed after its first wake, may have seen that wake show it, no more.
   */
  async function expectOneTakeOffAlert(): Promise<void> {
    expect(await alertsDecided(observer)).toEqual(['takeOff']);
    expect(await ext.shownNotifications()).toEqual([NOTIFICATION_ID]);
    const titles = await ext.notifiedTitles();
    expect(titles.length).toBeLessThanOrEqual(1);
    for (const title of titles) expect(title).toBe(msg('backgroundNotifyTakeOffIce'));
  }

  /** The ice of `ice` ended: rest running from its end, one take-off alert on screen. */
  async function expectRestAfter(ice: Session): Promise<void> {
    const rest = (await ext.session()) as Session;
    expect(rest.id).toBe(ice.id);
    expect(rest.status).toBe('running');
    expect(rest.stepIndex).toBe(ice.stepIndex + 1);
    expect(rest.phaseStartedAt).toBe(ice.phaseEndsAt);
    expect(await ext.shownNotifications()).toEqual([NOTIFICATION_ID]);
    // "Take it off" is unanswered: the badge says so, on red.
    const badge = await ext.badge();
    expect(badge.text).toBe(msg('backgroundBadgeTakeOff'));
    expect(badge.color).toBe(BADGE_COLORS.takeOff);
    await expectOneAlarmAsEngineSays(ext);
    // The application is logged once, however many workers saw its end.
    const history = (await ext.storage()).history as { sessionId: string; outcome: string }[];
    expect(history.filter((h) => h.sessionId === ice.id).map((h) => h.outcome)).toEqual([
      'completed',
    ]);
  }

  async function freshIce(): Promise<Session> {
    await send(observer, { type: 'stop' });
    const popup = await startGuideAndConfirm(ext, 3);
    await popup.close();
    return endPhaseNow();
  }

  it('killed before the save: the next wake runs the transition again, one alert', async () => {
    const ice = await freshIce();
    await killDuringAlarm('saveSession');
    // Nothing was saved: the stored session is still the ice that ended.
    expect(((await pageStorage(observer)).session as Session).stepIndex).toBe(ice.stepIndex);

    // Nothing was decided either: the fresh worker decides the alert.
    expect(await alertsDecided(observer)).toEqual([]);

    await restartAndWake();
    await expectOneTakeOffAlert();
    await expectRestAfter(ice);
  });

  it('killed after the save, before the alert: the next wake shows it, once', async () => {
    const ice = await freshIce();
    await killDuringAlarm('notify');
    expect(((await pageStorage(observer)).session as Session).stepIndex).toBe(ice.stepIndex + 1);
    // The dead worker decided the alert but never showed it (hung at notifications.create).
    expect(await alertsDecided(observer)).toEqual(['takeOff']);
    const shown = await observer.evaluate(async () => {
      const g = globalThis as unknown as {
        chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } };
      };
      return Object.keys(await g.chrome.notifications.getAll());
    });
    expect(shown).toEqual([]);

    // The fresh worker finishes the outbox: the alert shows now (nothing else could show it).
    await restartAndWake();
    await expectOneTakeOffAlert();
    await expectRestAfter(ice);
  });

  it('killed after the alert, before the badge: no second alert, the badge is fixed', async () => {
    const ice = await freshIce();
    await killDuringAlarm('badge');
    await restartAndWake();
    // The dead worker decided and showed the alert; the fresh one must not show it again.
    expect(await alertsDecided(observer)).toEqual(['takeOff']);
    expect(await ext.notifiedTitles()).toEqual([]);
    await expectRestAfter(ice);
  });

  it('killed right after "Ice is on" was sent: the ice runs and the due alert is cleared', async () => {
    // The rest ends: "Put the ice on" is on screen.
    await endPhaseNow();
    await ext.fireAlarm();
    expect(await ext.notifiedTitles()).toEqual([msg('backgroundNotifyDueIce')]);
    expect(await ext.shownNotifications()).toEqual([NOTIFICATION_ID]);
    const due = (await ext.session()) as Session;
    expect(due.status).toBe('due');

    await ext.hang('clearNotification');
    const popup = await ext.openPopup();
    await expectPhase(popup, msg('popupPhaseDueIce'));
    await clickButton(popup, msg('popupConfirmIce'));
    await ext.waitForHang();
    await ext.stopWorker();
    // Saved before the worker died: the popup follows storage and shows the ice running.
    await expectPhase(popup, msg('popupPhaseIce'));
    await popup.close();

    await ext.startWorkerQuietly(observer);
    const again = await ext.openPopup();
    await expectPhase(again, msg('popupPhaseIce'));
    await expect.poll(() => ext.shownNotifications()).toEqual([]);
    await ext.settle();
    const running = (await ext.session()) as Session;
    expect(running.status).toBe('running');
    expect(running.stepIndex).toBe(due.stepIndex);
    expect((running.phaseEndsAt ?? 0) - running.phaseStartedAt).toBe(20 * MINUTE);
    expect(await ext.notifiedTitles()).toEqual([]);
    const badge = await ext.badge();
    expect(badge.text).toBe(msg('backgroundBadgeMinutes', 20));
    expect(badge.color).toBe(BADGE_COLORS.ice);
    await expectOneAlarmAsEngineSays(ext);
  });
});

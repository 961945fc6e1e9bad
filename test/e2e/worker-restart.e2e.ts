/**
 * Scenario 6 — the service worker is stopped mid-phase (CDP ServiceWorker.stopAllWorkers).
 *
 * Time: stored-session shift, real clock. A stopped worker loses any in-worker clock, so instead
 * of moving the clock the test moves the *stored session* into the past (every instant minus the
 * same delta: exactly what time passing looks like to the extension) and lets the real alarm
 * wake a fresh worker. Storage is read through an extension page that never messages the
 * background (the guide), so observing does not wake the worker.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/core/types';
import { ALARM_NAME, NOTIFICATION_ID } from '../../src/shared/storage-keys';
import { Extension, MINUTE, msg, waitFor } from './harness';
import {
  BADGE_COLORS,
  expectClean,
  expectOneAlarmAsEngineSays,
  expectPhase,
  send,
  startGuideAndConfirm,
} from './steps';
import { pageStorage, shiftSession } from './stored-time';

describe('service worker stopped mid-phase', () => {
  let ext: Extension;
  let observer: Page;

  beforeAll(async () => {
    ext = await Extension.launch();
  });
  afterAll(async () => {
    if (ext) expectClean(ext);
    await ext?.close();
  });

  it('a pending alarm wakes a fresh worker and the ice ends on time', async () => {
    const popup = await startGuideAndConfirm(ext, 3);
    const running = (await ext.session()) as Session;
    // Make the ice end 4 s from now, then let the background re-arm from that (a wake).
    const endsAt = Date.now() + 4_000;
    const delta = (running.phaseEndsAt ?? 0) - endsAt;
    await ext.writeStorage({ session: shiftSession(running, -delta) });
    await send(popup, { type: 'getState' });
    const alarms = await ext.alarms();
    expect(alarms).toEqual([{ name: ALARM_NAME, scheduledTime: endsAt }]);
    await popup.close();

    observer = await ext.openPage('guide.html');
    await ext.stopWorker();
    const starts = ext.workerStarts;
    expect(ext.status).toBe('stopped');

    const changed = await waitFor(
      'the rest to start',
      async () => ({ session: (await pageStorage(observer)).session as Session, at: Date.now() }),
      (v) => v.session.stepIndex === 1,
      10_000,
    );
    // On time: not before the boundary, and within 1.5 s of it (alarm delay + worker start).
    expect(changed.at).toBeGreaterThanOrEqual(endsAt);
    expect(changed.at - endsAt).toBeLessThan(1_500);
    expect(ext.workerStarts).toBe(starts + 1);
    expect(changed.session.phaseStartedAt).toBe(endsAt);
    expect(changed.session.status).toBe('running');

    // The fresh worker did everything a person sees. It started before any instrumentation
    // could, so its effects (alert, chime, badge: in that order, after the save) are polled.
    await expect.poll(() => ext.shownNotifications()).toEqual([NOTIFICATION_ID]);
    expect((await ext.session())?.lastAlert).toMatch(/^off:0/);
    // The chime before it can take a second or more on a busy machine (an offscreen document).
    await expect
      .poll(() => ext.badge(), { timeout: 5_000 })
      .toMatchObject({
        text: msg('backgroundBadgeTakeOff'),
        color: BADGE_COLORS.takeOff,
      });
    await expectOneAlarmAsEngineSays(ext);
  });

  it('the popup opened while the worker is stopped shows the true state', async () => {
    const rest = (await ext.session()) as Session;
    await ext.stopWorker();
    const starts = ext.workerStarts;
    // While the worker is stopped the rest runs out (ended 2 s ago) and the alarm is late.
    const delta = (rest.phaseEndsAt ?? 0) - (Date.now() - 2_000);
    await observer.evaluate(
      async ({ s, alarm, lateAt }) => {
        const g = globalThis as unknown as {
          chrome: {
            storage: { local: { set(v: object): Promise<void> } };
            alarms: { create(n: string, i: { when: number }): Promise<void> };
          };
        };
        await g.chrome.storage.local.set({ session: s });
        await g.chrome.alarms.create(alarm, { when: lateAt });
      },
      { s: shiftSession(rest, -delta), alarm: ALARM_NAME, lateAt: Date.now() + MINUTE },
    );
    expect(ext.status).toBe('stopped');

    const popup = await ext.openPopup();
    // Opening the popup woke the worker (getState), which caught up and re-armed.
    await waitFor(
      'the catch-up',
      () => ext.session(),
      (s) => s?.status === 'due',
    );
    expect(ext.workerStarts).toBe(starts + 1);
    const due = (await ext.session()) as Session;
    expect(due.stepIndex).toBe(2);
    // Real clock: between 23:00 and 07:00 local time the default quiet hours hold the
    // application (badge "Zz"); otherwise it is due now.
    const quiet = (due as Session & { quietUntil?: number | null }).quietUntil ?? null;
    await expectPhase(popup, msg(quiet === null ? 'popupPhaseDueIce' : 'popupPhaseQuiet'));
    expect(
      await popup
        .getByRole('button', {
          name: msg(quiet === null ? 'popupConfirmIce' : 'popupQuietNowIce'),
          exact: true,
        })
        .count(),
    ).toBe(1);
    // The badge follows the save (polled: the effect comes after it).
    await expect
      .poll(async () => (await ext.badge()).text)
      .toBe(msg(quiet === null ? 'backgroundBadgeDueIce' : 'backgroundBadgeQuiet'));
    await expectOneAlarmAsEngineSays(ext);
  });
});

/**
 * Faults of issue 10 in real Chromium, each against the release build:
 * - storage.local.set rejecting inside the real worker: the take-off alert still appears; a
 *   second failure shows "!" and one "can't save" notification; storage back → saved, "!" gone.
 * - the clock reset to 1999 mid-ice, then back: the session is kept as it was, the popup says
 *   the clock is wrong, and the ice carries on when the clock is right.
 * - a stored running ice dated a day ahead: clamped on load, never more than 20 min left.
 *
 * Time: clock shift (worker and popup), day starting at 12:00 local time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TROUBLE_NOTIFICATION_ID as TROUBLE_ID } from '../../src/background/save-trouble';
import type { Session } from '../../src/core/types';
import { Extension, HOUR, msg, waitFor } from './harness';
import { send, startGuideAndConfirm } from './steps';

describe('faults: failing storage, a wrong clock, future-dated data', () => {
  let ext: Extension;

  beforeAll(async () => {
    ext = await Extension.launch();
    await ext.startDayAt(12);
  });
  afterAll(async () => {
    // Only the failed saves this file causes on purpose may be logged.
    const unexpected = ext?.errors.filter((e) => !e.includes('QUOTA_BYTES (test)'));
    expect(unexpected).toEqual([]);
    expect(ext?.foreignRequests()).toEqual([]);
    await ext?.close();
  });

  async function failSaves(fail: boolean): Promise<void> {
    await ext.bg((on) => {
      const g = globalThis as unknown as Record<string, { storage: { local: object } } | undefined>;
      for (const ns of [g.chrome, g.browser]) {
        const area = ns?.storage.local as { set: unknown; __realSet?: unknown } | undefined;
        if (!area) continue;
        area.__realSet ??= area.set;
        area.set = on
          ? () => Promise.reject(new Error('QUOTA_BYTES (test) quota exceeded'))
          : area.__realSet;
      }
    }, fail);
  }

  it('storage.set rejecting: "take it off" still shows; then "!" and one notification', async () => {
    const popup = await startGuideAndConfirm(ext, 1);
    const ice = (await ext.session()) as Session;
    await failSaves(true);
    try {
      await ext.moveClockTo(ice.phaseEndsAt ?? 0);
      await ext.fireAlarm();
      // The alert first, whatever else a failing save brings.
      expect((await ext.notifiedTitles())[0]).toBe(msg('backgroundNotifyTakeOffIce'));
      // Nothing could be stored: the stored ice is the one that ended.
      expect((await ext.session())?.stepIndex).toBe(0);

      // Failing again (the popup's wake): the trouble shows, told once.
      await popup.reload();
      await waitFor(
        'the trouble badge',
        async () => (await ext.badge()).text,
        (text) => text === '!',
      );
      await ext.settle();
      expect((await ext.badge()).title).toBe(msg('backgroundCannotSaveTitle'));
      expect(await ext.shownNotifications()).toContain(TROUBLE_ID);
    } finally {
      await failSaves(false);
    }
    expect((await ext.notified()).filter((n) => n.id === TROUBLE_ID)).toHaveLength(1);

    // Storage works again: the next wake saves the rest and clears the trouble.
    await popup.reload();
    await waitFor(
      'the rest to be saved',
      async () => (await ext.session())?.stepIndex,
      (step) => step === 1,
    );
    await ext.settle();
    expect((await ext.badge()).text).not.toBe('!');
    expect(await ext.shownNotifications()).not.toContain(TROUBLE_ID);
    // The alert and the trouble, each once: the saved rest does not alert again.
    expect(await ext.notifiedTitles()).toEqual([
      msg('backgroundNotifyTakeOffIce'),
      msg('backgroundCannotSaveAlertTitle'),
    ]);
    await send(popup, { type: 'stop' });
    await popup.close();
  });

  it('clock set to 1999 mid-ice, then back: the session is kept and carries on', async () => {
    const popup = await startGuideAndConfirm(ext, 1);
    const before = (await ext.session()) as Session;
    const sane = ext.clockOffset;
    await popup.close();
    try {
      // 31 Dec 1999 00:00 UTC is still 1999 in every zone the suite may run in (UTC-11 to
      // UTC+12, scripts/lib/midday-zone.mjs); 12:00 UTC was already 2000 in UTC+12.
      await ext.moveClockTo(Date.UTC(1999, 11, 31, 0));
      await ext.fireAlarm();
      expect(await ext.session()).toEqual(before);
      expect((await ext.badge()).text).toBe('!');
      // The popup (its clock shifted too) says why nothing moves.
      const wrong = await ext.openPopup();
      await waitFor(
        'the clock line',
        () => wrong.getByRole('status').allInnerTexts(),
        (texts) => texts.some((t) => t.includes('1999')),
      );
      await wrong.close();
    } finally {
      await ext.setOffset(sane + 60_000);
    }
    await ext.fireAlarm();
    const after = (await ext.session()) as Session;
    expect(after).toMatchObject({ id: before.id, status: 'running', stepIndex: 0 });
    expect(after.phaseEndsAt).toBe(before.phaseEndsAt);
    expect((await ext.badge()).text).toMatch(/^\d+m$/);
    const right = await ext.openPopup();
    expect(await right.getByRole('status').allInnerTexts()).not.toContainEqual(
      expect.stringContaining('1999'),
    );
    await right.close();
  });

  it('a stored running ice dated a day ahead is clamped: never more than 20 min left', async () => {
    const ice = (await ext.session()) as Session;
    const ahead = {
      ...ice,
      phaseStartedAt: ice.phaseStartedAt + 24 * HOUR,
      phaseEndsAt: (ice.phaseEndsAt ?? 0) + 24 * HOUR,
    };
    await ext.writeStorage({ session: ahead });
    const popup = await ext.openPopup();
    await ext.settle();
    const now = await ext.now();
    const repaired = (await ext.session()) as Session;
    expect(repaired.id).toBe(ice.id);
    expect((repaired.phaseEndsAt ?? Number.POSITIVE_INFINITY) - now).toBeLessThanOrEqual(
      20 * 60_000,
    );
    expect(Number.parseInt((await ext.badge()).text, 10)).toBeLessThanOrEqual(20);
    expect((await ext.storage()).notice).toBe('storageReset');
    await popup.close();
  });
});

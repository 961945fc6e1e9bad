/**
 * Scenario 8 — a long sleep: the machine sleeps through the ice's end; the clock moves 3 h on
 * and the one pending alarm fires late. Nobody was told to take the ice off, so the pack may
 * still be on: the person gets ONE alert — the late "Ice time ended N min ago — take it off
 * now" — and the rest (the skin's time to rewarm) starts from that moment, in full, instead of
 * jumping to the next ice. No burst of stale alerts.
 *
 * Time: clock shift (worker and popup), day starting at 12:00 local time (so 3 h later is
 * 15:00, outside the default quiet hours).
 */
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/core/types';
import { type Extension, HOUR, MINUTE, msg } from './harness';
import {
  BADGE_COLORS,
  expectOneAlarmAsEngineSays,
  expectPhase,
  startGuideAndConfirm,
  useExtension,
} from './steps';

describe('long sleep', () => {
  let ext: Extension;

  useExtension((launched) => {
    ext = launched;
  });

  it('one late alarm after 3 h: one late take-off alert and a full rest from then', async () => {
    const popup = await startGuideAndConfirm(ext, 3);
    const running = (await ext.session()) as Session;
    const started = running.phaseStartedAt;
    const iceEnd = started + 20 * MINUTE;
    expect(running.phaseEndsAt).toBe(iceEnd);
    await popup.close();

    const woke = started + 3 * HOUR;
    await ext.moveClockTo(woke);
    await ext.fireAlarm();
    const alerts = await ext.notified();
    expect(alerts).toHaveLength(1);
    // Present state: the ice ended 160 min ago and nobody was told to take it off.
    const lateMinutes = Math.floor((woke - iceEnd) / MINUTE);
    expect(alerts[0]?.title).toBe(msg('backgroundNotifyTakeOffLateIce', lateMinutes));
    expect(alerts[0]?.message).toBe(msg('backgroundNotifyTakeOffBody'));

    // The rest starts when the person is told, and lasts its full 20 min.
    const session = (await ext.session()) as Session;
    expect(session.status).toBe('running');
    expect(session.stepIndex).toBe(1);
    expect(session.phaseStartedAt).toBeGreaterThanOrEqual(woke);
    expect(session.phaseStartedAt).toBeLessThanOrEqual(await ext.now());
    expect((session.phaseEndsAt ?? 0) - session.phaseStartedAt).toBe(20 * MINUTE);
    expect(session.offAcked).toBe(false);
    // The badge says to take it off, counting how long the pack may have been on.
    const badge = await ext.badge();
    expect(badge).toMatchObject({
      text: msg('backgroundBadgeTakeOff'),
      color: BADGE_COLORS.takeOff,
    });
    const onFor = Math.round((woke - started) / MINUTE);
    expect([onFor, onFor + 1].map((m) => msg('backgroundTitleTakeOffIce', m))).toContain(
      badge.title,
    );
    await expectOneAlarmAsEngineSays(ext);
    // The application that ran to its end is in the history, with its real end, noticed late.
    const history = (await ext.storage()).history as {
      outcome: string;
      endedAt: number;
      noticedLateMs: number;
    }[];
    expect(history.map((h) => [h.outcome, h.endedAt])).toEqual([['completed', iceEnd]]);
    expect(history[0]?.noticedLateMs).toBeGreaterThanOrEqual(woke - iceEnd);

    // Waking again (a second late alarm, the popup opening) repeats nothing.
    await ext.fireAlarm();
    const again = await ext.openPopup();
    await expectPhase(again, msg('popupPhaseTakeOffIce'));
    await expect
      .poll(() => again.getByRole('button', { name: msg('popupAckTakeOff'), exact: true }).count())
      .toBe(1);
    expect(await ext.notified()).toHaveLength(1);
  });
});

/**
 * Scenario 8 — a long sleep: the machine sleeps through the ice's end, the rest and every
 * reminder; the clock moves 3 h on and the one pending alarm fires late. The person gets ONE
 * alert for the present state (ice due, marked late), not a burst of stale ones.
 *
 * Time: clock shift (worker and popup), day starting at 12:00 local time (so 3 h later is
 * 15:00, outside the default quiet hours).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/core/types';
import { Extension, HOUR, MINUTE, msg } from './harness';
import {
  BADGE_COLORS,
  expectClean,
  expectOneAlarmAsEngineSays,
  expectPhase,
  startGuideAndConfirm,
} from './steps';

describe('long sleep', () => {
  let ext: Extension;

  beforeAll(async () => {
    ext = await Extension.launch();
    await ext.startDayAt(12);
  });
  afterAll(async () => {
    if (ext) expectClean(ext);
    await ext?.close();
  });

  it('one late alarm after 3 h gives one alert for the present state', async () => {
    const popup = await startGuideAndConfirm(ext, 3);
    const running = (await ext.session()) as Session;
    const started = running.phaseStartedAt;
    await popup.close();

    await ext.moveClockTo(started + 3 * HOUR);
    await ext.fireAlarm();
    const alerts = await ext.notified();
    expect(alerts).toHaveLength(1);
    // Present state: ice due since the rest ended (40 min in), i.e. 140 min ago.
    const dueSince = started + 40 * MINUTE;
    expect(alerts[0]?.title).toBe(msg('backgroundNotifyDueIce'));
    const lateMinutes = Math.floor((started + 3 * HOUR - dueSince) / MINUTE);
    expect(alerts[0]?.message).toBe(msg('backgroundNotifyDueLateBody', lateMinutes));

    const session = (await ext.session()) as Session;
    expect(session.status).toBe('due');
    expect(session.stepIndex).toBe(2);
    expect(session.phaseStartedAt).toBe(dueSince);
    expect(await ext.badge()).toMatchObject({
      text: msg('backgroundBadgeDueIce'),
      color: BADGE_COLORS.due,
    });
    await expectOneAlarmAsEngineSays(ext);
    // The application that ran to its end is in the history, with its real end.
    const history = (await ext.storage()).history as { outcome: string; endedAt: number }[];
    expect(history.map((h) => [h.outcome, h.endedAt])).toEqual([
      ['completed', started + 20 * MINUTE],
    ]);

    // Waking again (the popup opening, a second late alarm) repeats nothing.
    await ext.fireAlarm();
    const again = await ext.openPopup();
    await expectPhase(again, msg('popupPhaseDueIce'));
    expect(await ext.notified()).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, HOUR, MINUTE, upcomingSchedule } from '../../src/core';
import { apply, settingsWith, started, t0 } from './helpers';

describe('upcomingSchedule', () => {
  const noQuiet = settingsWith({ quietHours: { enabled: false, start: 0, end: 0 } });
  it('lists the running application and the ones after it, 40 min apart on the guide cycle', () => {
    const s = apply(
      started('guide', { settings: noQuiet }),
      { type: 'confirm' },
      t0,
      noQuiet,
    ).session;
    const list = upcomingSchedule(s, t0 + 5 * MINUTE, noQuiet, 3);
    expect(list).toEqual([
      { modality: 'ice', startAt: t0, endAt: t0 + 20 * MINUTE },
      { modality: 'ice', startAt: t0 + 40 * MINUTE, endAt: t0 + 60 * MINUTE },
      { modality: 'ice', startAt: t0 + 80 * MINUTE, endAt: t0 + 100 * MINUTE },
    ]);
  });
  it('stops at the end of the window', () => {
    const s = started('guide', { injuryAgo: 47 * HOUR, settings: noQuiet });
    const list = upcomingSchedule(s, t0, noQuiet);
    expect(list.length).toBe(2); // at +0 and +40 min; the next would start after 48 h
    expect(list.every((a) => a.startAt < t0 + HOUR)).toBe(true);
  });
  it('moves applications out of quiet hours', () => {
    const s = started('spaced', { now: Date.UTC(2026, 0, 5, 20) });
    const list = upcomingSchedule(s, Date.UTC(2026, 0, 5, 20), DEFAULT_SETTINGS, 4);
    expect(list.map((a) => new Date(a.startAt).toISOString().slice(11, 16))).toEqual([
      '20:00',
      '22:00',
      '07:00',
      '09:00',
    ]);
  });
  it('is empty when idle', () => {
    expect(upcomingSchedule(null, t0, DEFAULT_SETTINGS)).toEqual([]);
  });
});

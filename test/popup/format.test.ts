import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../../src/core/types';
import { formatCountdown, fromLocalInputValue, toLocalInputValue } from '../../src/popup/format';
import { parseInjuryTime } from '../../src/popup/injury-time';

describe('formatCountdown', () => {
  it.each([
    [20 * MINUTE, '20:00'],
    [20 * MINUTE - 1, '20:00'],
    [19 * MINUTE + 59_001, '20:00'],
    [19 * MINUTE + 59_000, '19:59'],
    [65_000, '01:05'],
    [999, '00:01'],
    [0, '00:00'],
    [-5000, '00:00'],
    [HOUR, '1:00:00'],
    [HOUR - 1, '1:00:00'],
    [HOUR - 1000, '59:59'],
    [100 * MINUTE, '1:40:00'],
    [10 * HOUR + 61_000, '10:01:01'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});

describe('datetime-local values', () => {
  it('round-trip in local time, including across the UK clock change', () => {
    // TZ is Europe/London (vitest.config.ts); 2026-03-29 01:00 UTC is the spring-forward.
    for (const at of [
      Date.UTC(2026, 0, 5, 9, 7),
      Date.UTC(2026, 2, 29, 0, 30),
      Date.UTC(2026, 2, 29, 2, 15),
    ]) {
      expect(fromLocalInputValue(toLocalInputValue(at))).toBe(at);
    }
    expect(toLocalInputValue(Date.UTC(2026, 6, 1, 12, 0))).toBe('2026-07-01T13:00');
  });

  it('rejects what is not a date-time', () => {
    expect(fromLocalInputValue('')).toBeNull();
    expect(fromLocalInputValue('yesterday')).toBeNull();
  });

  it('accepts exactly 72 h ago and now, and nothing beyond', () => {
    const now = Date.UTC(2026, 0, 5, 9);
    expect(parseInjuryTime(toLocalInputValue(now), now)).toEqual({ ok: true, at: now });
    expect(parseInjuryTime(toLocalInputValue(now - 72 * HOUR), now).ok).toBe(true);
    expect(parseInjuryTime(toLocalInputValue(now - 72 * HOUR - MINUTE), now)).toEqual({
      ok: false,
      error: 'popupInjuryTooOld',
    });
    expect(parseInjuryTime(toLocalInputValue(now + MINUTE), now)).toEqual({
      ok: false,
      error: 'popupInjuryFuture',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/core';
import { DEFAULT_SETTINGS, HOUR, MINUTE, parseSession, transition, view } from '../../src/core';
import { started, t0 } from './helpers';

const DAY = 24 * HOUR;
/** A running ice, as a healthy background stored it at t0. */
const running = (): Session =>
  transition(started(), { type: 'confirm' }, t0, DEFAULT_SETTINGS).session as Session;

describe('stored instants are repaired, not dropped (time order against lastSeenAt)', () => {
  it('keeps a valid session exactly as stored (no repair, no notice)', () => {
    const s = running();
    expect(parseSession(s)).toEqual({ value: s, reset: false });
  });

  it('clamps an ice application stored longer than its cap to the cap, with a notice', () => {
    const s = running();
    const parsed = parseSession({ ...s, phaseEndsAt: s.phaseStartedAt + 45 * MINUTE });
    expect(parsed.reset).toBe(true);
    expect(parsed.value?.phaseEndsAt).toBe(s.phaseStartedAt + 20 * MINUTE);
  });

  it('never trusts a running ice whose phase starts a day ahead: at most 20 min left', () => {
    const s = running();
    const raw = {
      ...s,
      phaseStartedAt: s.phaseStartedAt + DAY,
      phaseEndsAt: (s.phaseEndsAt ?? 0) + DAY,
    };
    const parsed = parseSession(raw);
    expect(parsed.reset).toBe(true);
    const value = parsed.value as Session;
    expect(value.phaseStartedAt).toBe(s.lastSeenAt);
    expect((value.phaseEndsAt ?? Number.POSITIVE_INFINITY) - t0).toBeLessThanOrEqual(20 * MINUTE);
    // The engine then counts it from now: never more than its cap left.
    const woken = transition(value, { type: 'wake' }, t0 + MINUTE, DEFAULT_SETTINGS).session;
    expect(view(woken, t0 + MINUTE).remainingMs).toBeLessThanOrEqual(20 * MINUTE);
  });

  it('does not let a due session dated in 2100 defer its reminders', () => {
    const s = started();
    const y2100 = Date.UTC(2100, 0, 1);
    const raw = {
      ...s,
      phaseStartedAt: y2100,
      dueAt: y2100,
      snoozedUntil: y2100,
    };
    const value = parseSession(raw).value as Session;
    expect(value.phaseStartedAt).toBe(s.lastSeenAt);
    expect(value.snoozedUntil).toBe(s.lastSeenAt + 60 * MINUTE);
    // The snooze ends within the hour: the reminder comes then, not in 2100.
    const woken = transition(value, { type: 'wake' }, t0 + 61 * MINUTE, DEFAULT_SETTINGS);
    expect(woken.effects).toContainEqual(expect.objectContaining({ type: 'notify' }));
    // A quiet-hours hold never reaches further than a day.
    expect(parseSession({ ...s, quietUntil: y2100 }).value?.quietUntil).toBe(s.lastSeenAt + DAY);
  });

  it('keeps a session whose onset reads 1999 (an old clock fault), clamped into range', () => {
    const s = running();
    const parsed = parseSession({ ...s, injuryAt: Date.UTC(1999, 11, 31) });
    expect(parsed.reset).toBe(true);
    expect(parsed.value?.id).toBe(s.id);
    expect(parsed.value?.injuryAt).toBe(Date.UTC(2000, 0, 1));
  });

  it('drops a session whose last-seen instant is unusable: nothing to repair it from', () => {
    for (const lastSeenAt of [Date.UTC(1999, 0, 1), Date.UTC(2300, 0, 1), Number.NaN, '1']) {
      expect(parseSession({ ...running(), lastSeenAt })).toEqual({ value: null, reset: true });
    }
  });
});

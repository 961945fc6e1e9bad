/**
 * Time faults through the whole background (the engine's own rules: test/core/time.test.ts,
 * test/core/clock-fault.test.ts). A clock that cannot be right (before the build date, or days
 * back) is a clock fault: the stored session is kept as it is and carries on once the clock is
 * sane. A stored session dated in the future is repaired, never trusted.
 * Tests run in Europe/London (vitest.config.ts), a zone with daylight saving.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry, Session } from '../../src/core';
import { ALARM_NAME } from '../../src/shared/storage-keys';
import type { Harness } from './harness';
import { createHarness, HOUR, MIN, t0 } from './harness';

let h: Harness;
const y1999 = Date.UTC(1999, 11, 31, 12);
const takeOff = expect.objectContaining({ title: expect.stringMatching(/^Take the ice off/) });
const history = (): HistoryEntry[] =>
  (h.browser.storage.local.peek().history as HistoryEntry[] | undefined) ?? [];

beforeEach(async () => {
  h = createHarness();
  await h.boot();
  await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
  await h.send({ type: 'confirm' }); // the ice runs t0 → t0 + 20 min
  await h.clock.set(t0 + 5 * MIN);
});
afterEach(() => h.dispose());

describe('time faults', () => {
  it('sleep 3 h mid-ice: one alert on waking, history says the ice ran through the sleep', async () => {
    const before = h.browser.notifications.created.length;
    await h.clock.sleep(3 * HOUR);
    expect(h.browser.notifications.created.length - before).toBe(1);
    expect(history()[0]).toMatchObject({
      outcome: 'completed',
      endedAt: t0 + 20 * MIN,
      noticedLateMs: 3 * HOUR + 5 * MIN - 20 * MIN,
    });
    const alarms = h.browser.alarms.peek();
    expect(alarms).toHaveLength(1);
    expect(alarms[0]?.scheduledTime).toBeGreaterThan(h.clock.now());
  });

  it('clock back 1 h mid-ice: the next event keeps the 15 min left, never more', async () => {
    await h.clock.set(t0 + 5 * MIN - HOUR);
    const state = await h.send({ type: 'getState' });
    expect(state.ok && state.value.session?.phaseEndsAt).toBe(h.clock.now() + 15 * MIN);
    expect(h.browser.action.badgeText).toBe('15m');
    expect(h.browser.alarms.peek()).toEqual([
      { name: ALARM_NAME, scheduledTime: h.clock.now() + MIN },
    ]);
    await h.clock.advance(15 * MIN - 1);
    expect(h.shown()).toEqual([]);
    await h.clock.advance(1);
    expect(h.shown()).toEqual([expect.objectContaining({ title: 'Take the ice off now' })]);
  });

  it('clock forward 2 h: handled as a late wake, one late take-off alert', async () => {
    await h.clock.sleep(2 * HOUR);
    expect(h.browser.notifications.created).toHaveLength(1);
    expect(history()).toHaveLength(1);
    expect(h.browser.alarms.peek()).toHaveLength(1);
  });

  it('an alarm firing early changes nothing visible and re-arms for the right instant', async () => {
    const stored = h.stored();
    await h.browser.alarms.onAlarm.dispatch({ name: ALARM_NAME, scheduledTime: t0 + 20 * MIN });
    expect({ ...h.stored(), lastSeenAt: 0 }).toEqual({ ...stored, lastSeenAt: 0 });
    expect(h.shown()).toEqual([]);
    expect(h.browser.alarms.peek()).toEqual([{ name: ALARM_NAME, scheduledTime: t0 + 6 * MIN }]);
    await h.clock.set(t0 + 20 * MIN);
    expect(h.shown()).toEqual([expect.objectContaining({ title: 'Take the ice off now' })]);
  });

  it('an alarm firing a few seconds late still reads as on time', async () => {
    h.browser.restart();
    await h.clock.set(t0 + 20 * MIN + 30_000); // no listener: the alarm is missed…
    await h.boot();
    await h.browser.alarms.onAlarm.dispatch({ name: ALARM_NAME, scheduledTime: t0 + 20 * MIN });
    expect(h.shown()).toEqual([expect.objectContaining({ title: 'Take the ice off now' })]);
    expect(history()).toEqual([expect.objectContaining({ noticedLateMs: 30_000 })]);
  });
});

describe('a clock fault', () => {
  it('clock reset to 1999 mid-ice: the session is kept as it is; carries on when the clock is right', async () => {
    const before = h.stored() as Session;
    await h.clock.set(y1999);
    const state = await h.send({ type: 'getState' });
    expect(state).toEqual({ ok: true, value: expect.objectContaining({ session: before }) });
    expect(h.stored()).toEqual(before);
    expect(h.browser.action.badgeText).toBe('!');
    expect(h.browser.action.title).toMatch(/waiting for your computer's clock/);
    // A command cannot be run on a wrong clock.
    expect(await h.send({ type: 'skip' })).toEqual({ ok: false, error: 'errorClockFault' });
    // Rechecked every minute by the wrong clock: still waiting, nothing written.
    await h.clock.advance(3 * MIN);
    expect(h.stored()).toEqual(before);
    expect(h.errors).toEqual([]);

    // The clock is right again (a jump: overdue alarms fire once, as in the browser): the ice
    // carries on with the time it really has left.
    await h.clock.sleep(t0 + 6 * MIN - h.clock.now());
    await h.send({ type: 'getState' });
    expect(h.stored()).toMatchObject({
      id: before.id,
      status: 'running',
      phaseEndsAt: t0 + 20 * MIN,
    });
    expect(h.browser.action.badgeText).toBe('14m');
    await h.clock.set(t0 + 20 * MIN);
    expect(h.shown()).toEqual([takeOff]);
  });

  it('clock set back 3 days is a fault too; the session waits unshifted', async () => {
    const before = h.stored() as Session;
    await h.clock.set(t0 - 3 * 24 * HOUR);
    await h.send({ type: 'getState' });
    expect(h.stored()).toEqual(before);
    expect(h.browser.action.badgeText).toBe('!');
    expect(await h.send({ type: 'skip' })).toEqual({ ok: false, error: 'errorClockFault' });
    // Stop stays possible (it may be the stored date that is wrong): the session ends cleanly.
    expect((await h.send({ type: 'stop' })).ok).toBe(true);
    expect(h.stored()).toBeNull();
    expect(h.browser.action.badgeText).toBe('');
  });

  it('clock back 1 h is not a fault: it is followed, the ice keeps its 15 min (opposite case)', async () => {
    await h.clock.set(t0 + 5 * MIN - HOUR);
    await h.send({ type: 'getState' });
    const followed = h.stored() as Session;
    expect(followed.status).toBe('running');
    expect((followed.phaseEndsAt ?? 0) - h.clock.now()).toBe(15 * MIN);
    expect(h.browser.action.badgeText).toBe('15m');
    expect((await h.send({ type: 'skip' })).ok).toBe(true);
    expect(h.browser.action.badgeText).not.toBe('!');
  });
});

describe('a stored session dated in the future', () => {
  it('is clamped on load: never more than its cap left from now, written back with the notice', async () => {
    const s = h.stored() as Session;
    const day = 24 * HOUR;
    h.browser.storage.local.seed({
      session: {
        ...s,
        phaseStartedAt: s.phaseStartedAt + day,
        phaseEndsAt: (s.phaseEndsAt ?? 0) + day,
      },
    });
    const state = await h.send({ type: 'getState' });
    const session = (state.ok && state.value.session) as Session;
    expect(session.id).toBe(s.id);
    expect((session.phaseEndsAt ?? Number.POSITIVE_INFINITY) - h.clock.now()).toBeLessThanOrEqual(
      20 * MIN,
    );
    expect(h.browser.storage.local.peek().notice).toBe('storageReset');
    expect(Number.parseInt(h.browser.action.badgeText, 10)).toBeLessThanOrEqual(20);
  });
});

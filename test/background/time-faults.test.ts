/**
 * Time faults through the whole background (the engine's own rules: test/core/time.test.ts).
 * Tests run in Europe/London (vitest.config.ts), a zone with daylight saving.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/core';
import { ALARM_NAME } from '../../src/shared/storage-keys';
import type { Harness } from './harness';
import { createHarness, HOUR, MIN, t0 } from './harness';

let h: Harness;
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

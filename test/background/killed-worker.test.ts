/**
 * The worker killed between any two steps of an event (runner.ts: arm alarm → save session and
 * outbox → perform → clear outbox). Whatever was missing is done by the next wake, exactly once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/core';
import { ALARM_NAME, OUTBOX_KEY } from '../../src/shared/storage-keys';
import type { Harness } from './harness';
import { createHarness, HOUR, MIN, t0 } from './harness';

let h: Harness;

const local = (): Record<string, unknown> => h.browser.storage.local.peek();
const history = (): HistoryEntry[] => (local().history as HistoryEntry[] | undefined) ?? [];
const outboxTypes = (): string[] =>
  (local()[OUTBOX_KEY] as { effects: { type: string }[] }).effects.map((e) => e.type);
const iceEnds = t0 + 20 * MIN;
const takeOff = expect.objectContaining({ title: expect.stringMatching(/^Take the ice off/) });

beforeEach(async () => {
  h = createHarness();
  await h.boot();
  await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
  await h.send({ type: 'confirm' });
});
afterEach(() => h.dispose());

describe('a worker killed after saving, before its effects', () => {
  it('leaves session, outbox and alarm; the next wake shows the one missing alert', async () => {
    await h.killAt(h.browser.notifications.hangNext('create'), () => h.clock.set(iceEnds));

    // Died between save and perform: the rest is stored with what remains to be done.
    expect(h.stored()).toMatchObject({ stepIndex: 1, status: 'running' });
    expect(outboxTypes()).toEqual(['log', 'notify', 'badge']);
    expect(h.shown()).toEqual([]);
    expect(history()).toHaveLength(1); // the log ran before the alert
    // Armed before the save, so something wakes the session again.
    expect(h.browser.alarms.peek()).toEqual([{ name: ALARM_NAME, scheduledTime: iceEnds + MIN }]);

    // The next worker's load wake finishes the outbox at once; its alarm then moves the badge.
    await h.boot();
    await h.clock.advance(MIN);
    expect(h.shown()).toEqual([takeOff]);
    expect(h.browser.notifications.created).toHaveLength(1);
    expect(history()).toEqual([expect.objectContaining({ stepIndex: 0, outcome: 'completed' })]);
    expect(local()).not.toHaveProperty(OUTBOX_KEY);
    expect(h.browser.alarms.peek()).toHaveLength(1);
    // "Take it off" is still unanswered: the badge says so (on for 20 + 1 min).
    expect(h.browser.action.badgeText).toBe('OFF');
    expect(h.browser.action.title).toBe('Take the ice off — on for 21 min');

    // Nothing twice: another wake at once (the popup opening) adds nothing.
    await h.send({ type: 'getState' });
    expect(h.browser.notifications.created).toHaveLength(1);
    expect(history()).toHaveLength(1);
  });

  it('never replays the chime: a late sound is worse than none', async () => {
    await h.killAt(h.browser.notifications.hangNext('create'), () => h.clock.set(iceEnds));
    expect(outboxTypes()).not.toContain('sound');
    const heard = h.browser.offscreen?.received.length ?? 0;
    await h.boot();
    await h.clock.advance(MIN);
    expect(h.shown()).toEqual([takeOff]);
    expect(h.browser.offscreen?.received.length ?? 0).toBe(heard);
  });

  it('writes a history entry the dead worker never wrote, once', async () => {
    await h.killAt(h.browser.storage.local.hangNext('set', 'history'), () => h.clock.set(iceEnds));
    expect(h.stored()?.stepIndex).toBe(1);
    expect(history()).toEqual([]);
    expect(h.shown()).toEqual([]);

    await h.boot();
    await h.send({ type: 'getState' });
    expect(history()).toEqual([expect.objectContaining({ stepIndex: 0, outcome: 'completed' })]);
    expect(h.shown()).toEqual([takeOff]);
    expect(h.browser.notifications.created).toHaveLength(1);
  });

  it('shows no second alert when the dead worker had shown it (killed before clearing the outbox)', async () => {
    await h.clock.set(iceEnds - 1);
    await h.killAt(h.browser.storage.local.hangNext('remove', OUTBOX_KEY), () =>
      h.clock.set(iceEnds),
    );
    expect(local()).toHaveProperty(OUTBOX_KEY);
    expect(h.shown()).toEqual([takeOff]);

    await h.boot();
    await h.send({ type: 'getState' });
    expect(h.browser.notifications.created).toHaveLength(1);
    expect(history()).toHaveLength(1);
    expect(local()).not.toHaveProperty(OUTBOX_KEY);
  });

  it('drops an outdated alert: a later event with its own alert shows only that one', async () => {
    await h.killAt(h.browser.notifications.hangNext('create'), () => h.clock.set(iceEnds));
    // The browser is closed until the rest is over and the next ice is due.
    h.browser.restart({ browserRestart: true });
    await h.clock.set(iceEnds + 21 * MIN);
    await h.boot();
    await h.browser.runtime.onStartup.dispatch();
    expect(h.browser.notifications.created).toEqual([
      expect.objectContaining({ options: expect.objectContaining({ title: 'Put the ice on' }) }),
    ]);
    expect(history()).toHaveLength(1);
  });

  it('finishes a stop: badge and alert cleared, no session left, one history entry', async () => {
    await h.clock.set(t0 + 5 * MIN);
    await h.killAt(h.browser.notifications.hangNext('clear'), () => h.send({ type: 'stop' }));
    expect(local().session).toBeNull();
    expect(h.browser.action.badgeText).toBe('15m');

    await h.boot();
    await h.send({ type: 'getState' });
    expect(h.browser.action.badgeText).toBe('');
    expect(local()).not.toHaveProperty('session');
    expect(local()).not.toHaveProperty(OUTBOX_KEY);
    expect(history()).toEqual([expect.objectContaining({ outcome: 'cutShort' })]);
    expect(h.browser.alarms.peek()).toEqual([]);
  });
});

describe('a worker killed after arming the alarm, before saving', () => {
  it('is woken by that alarm, which runs the same transition again: one alert', async () => {
    await h.clock.set(iceEnds - 1);
    await h.killAt(h.browser.storage.local.hangNext('set', 'session'), () => h.clock.set(iceEnds));
    // Nothing was saved: still the ice, no alert, no entry; but the alarm is armed.
    expect(h.stored()).toMatchObject({ stepIndex: 0, status: 'running' });
    expect(h.shown()).toEqual([]);
    expect(h.browser.alarms.peek()).toEqual([{ name: ALARM_NAME, scheduledTime: iceEnds + MIN }]);

    // That alarm fires and starts a new worker, whose load wake runs the transition.
    await h.clock.advance(MIN);
    expect(h.browser.alarms.peek()).toEqual([]);
    await h.boot();
    expect(h.stored()).toMatchObject({ stepIndex: 1, status: 'running' });
    expect(h.browser.notifications.created).toHaveLength(1);
    expect(h.shown()).toEqual([takeOff]);
    // The entry says what really happened: noticed a minute after the ice's end.
    expect(history()).toEqual([
      expect.objectContaining({ outcome: 'completed', endedAt: iceEnds, noticedLateMs: MIN }),
    ]);
  });

  it('keeps the stored state’s alarm when a command dies before its save (stop never cleared it)', async () => {
    await h.clock.set(t0 + 5 * MIN);
    await h.killAt(h.browser.storage.local.hangNext('set', 'session'), () =>
      h.send({ type: 'stop' }),
    );
    // The stop was not saved, so the ice still runs and must still end with an alert.
    expect(h.stored()?.status).toBe('running');
    expect(h.browser.alarms.peek()).toHaveLength(1);
    await h.boot();
    await h.clock.set(iceEnds);
    expect(h.shown()).toEqual([takeOff]);
  });
});

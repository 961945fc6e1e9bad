/**
 * storage.local.set failing (quota, disk, a broken profile): the take-off alert never depends on
 * the save; a blip is retried quietly, storage that keeps failing is shown and retried with
 * backoff, and a call that never settles is timed out so the queue goes on.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackground } from '../../src/background/app';
import { RETRY_ALARM, TROUBLE_NOTIFICATION_ID } from '../../src/background/save-trouble';
import type { HistoryEntry } from '../../src/core';
import { ALARM_NAME, NOTIFICATION_ID, OUTBOX_KEY } from '../../src/shared/storage-keys';
import { asBrowser, createFakeBrowser } from '../fakes';
import { createFakeClock } from '../fakes/clock';
import type { Harness } from './harness';
import { createHarness, HOUR, MIN, t0 } from './harness';

let h: Harness;
const iceEnds = t0 + 20 * MIN;
const takeOff = expect.objectContaining({ title: 'Take the ice off now' });
const retry = (): { periodInMinutes?: number } | undefined =>
  h.browser.alarms.peek().find((a) => a.name === RETRY_ALARM);
const alerts = (): string[] =>
  h.browser.notifications.created.filter((c) => c.id === NOTIFICATION_ID).map((c) => c.id);
const told = (): number =>
  h.browser.notifications.created.filter((c) => c.id === TROUBLE_NOTIFICATION_ID).length;

beforeEach(async () => {
  h = createHarness();
  await h.boot();
  await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
});
afterEach(() => h.dispose());

async function iceOn(): Promise<void> {
  await h.send({ type: 'confirm' });
  await h.clock.set(iceEnds - 1);
}

describe('a save that fails once (a blip) is retried quietly', () => {
  it('replies errorSaveFailed, stores nothing, and the next event succeeds', async () => {
    const storedBefore = h.stored();
    h.browser.storage.local.failNextSet();
    expect(await h.send({ type: 'confirm' })).toEqual({ ok: false, error: 'errorSaveFailed' });
    expect(h.stored()).toEqual(storedBefore);
    expect(h.browser.action.badgeText).toBe('ICE');
    // Armed before the save, only ever earlier; and a quiet retry in 30 s.
    expect(h.browser.alarms.peek()).toEqual([
      { name: ALARM_NAME, scheduledTime: t0 + MIN },
      { name: RETRY_ALARM, scheduledTime: t0 + MIN / 2, periodInMinutes: 0.5 },
    ]);
    expect(h.browser.notifications.created).toHaveLength(0);
    // No drift: what the popup is told is what is stored.
    const read = await h.send({ type: 'getState' });
    expect(read.ok && read.value.session).toEqual(h.stored());
    expect((await h.send({ type: 'confirm' })).ok).toBe(true);
    expect(h.stored()?.status).toBe('running');
    expect(h.browser.action.badgeText).toBe('20m');
    expect(retry()).toBeUndefined();
  });

  it('shows "take it off" at once from the computed state, and only once after the retry', async () => {
    await iceOn();
    h.browser.storage.local.failNextSet();
    await h.clock.advance(1);
    expect(h.stored()?.stepIndex).toBe(0);
    expect(h.shown()).toEqual([takeOff]);
    expect(h.browser.storage.local.peek()).not.toHaveProperty(OUTBOX_KEY);
    // Quiet: no "!", no trouble notification for one failure.
    expect(h.browser.action.badgeText).toBe('1m');
    // The retry alarm saves it 30 s later; the alert is not popped up a second time.
    await h.clock.advance(MIN / 2);
    expect(h.stored()?.stepIndex).toBe(1);
    expect(alerts()).toHaveLength(1);
    expect(told()).toBe(0);
    // The rest is saved; the take-off is still unanswered, so the badge says so.
    expect(h.browser.action.badgeText).toBe('OFF');
    expect(retry()).toBeUndefined();
    const history = h.browser.storage.local.peek().history as HistoryEntry[];
    expect(history).toEqual([expect.objectContaining({ outcome: 'completed' })]);
  });

  it('tells a popup reader that the save failed (saveFailed notice)', async () => {
    await iceOn();
    h.browser.restart({ browserRestart: true });
    await h.clock.set(iceEnds + MIN);
    // Both the new worker's load wake and the reader's own wake fail to save the rest.
    h.browser.storage.local.failNextSet(2);
    await h.boot();
    expect(h.stored()?.stepIndex).toBe(0);
    const state = await h.send({ type: 'getState' });
    expect(state).toEqual({ ok: true, value: expect.objectContaining({ notice: 'saveFailed' }) });
  });

  it('changes nothing stored for each failed command, then works again', async () => {
    const before = h.stored();
    h.browser.storage.local.failNextSet(3);
    for (const type of ['confirm', 'skip', 'stop'] as const) {
      expect(await h.send({ type })).toEqual({ ok: false, error: 'errorSaveFailed' });
      expect(h.stored()).toEqual(before);
    }
    const state = await h.send({ type: 'getState' });
    expect(state.ok && state.value.session?.status).toBe('due');
    expect(h.browser.storage.local.peek().history).toBeUndefined();
  });
});

describe('storage that keeps failing', () => {
  it('still alerts "take it off" and its repeats; "!" and one notification; backoff', async () => {
    await iceOn();
    const set = vi
      .spyOn(h.browser.storage.local, 'set')
      .mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await h.clock.advance(1);
    expect(h.shown()).toEqual([takeOff]);
    expect(retry()?.periodInMinutes).toBe(0.5);

    await h.clock.advance(MIN / 2);
    expect(h.browser.action.badgeText).toBe('!');
    expect(h.browser.action.title).toMatch(/^IceCycle can't save/);
    expect(told()).toBe(1);
    expect(retry()?.periodInMinutes).toBe(1);

    // The repeats come though nothing can be stored.
    await h.clock.set(iceEnds + 6 * MIN);
    expect(alerts()).toHaveLength(4);
    expect(h.browser.notifications.peek()[NOTIFICATION_ID]?.title).toBe(
      'Take the ice off now — it has been on for 26 min',
    );
    expect(h.stored()?.stepIndex).toBe(0);
    await h.clock.set(iceEnds + 40 * MIN);
    expect(told()).toBe(1);
    expect(retry()?.periodInMinutes).toBe(16);
    expect(h.browser.action.badgeText).toBe('!');

    // Storage works again: the next retry saves, clears the trouble and the badge is right.
    set.mockRestore();
    await h.clock.advance(16 * MIN);
    expect(h.stored()?.stepIndex).toBe(2);
    // The history owed since the ice ended is written with it.
    const history = h.browser.storage.local.peek().history as HistoryEntry[];
    expect(history).toEqual([expect.objectContaining({ stepIndex: 0, outcome: 'completed' })]);
    expect(h.browser.action.badgeText).not.toBe('!');
    expect(retry()).toBeUndefined();
    expect(h.browser.notifications.peek()).not.toHaveProperty(TROUBLE_NOTIFICATION_ID);
    expect(told()).toBe(1);
  });

  it('tells the person once even across workers (the retry alarm remembers)', async () => {
    await iceOn();
    vi.spyOn(h.browser.storage.local, 'set').mockRejectedValue(new Error('disk'));
    await h.clock.advance(1);
    await h.clock.advance(MIN / 2);
    expect(told()).toBe(1);
    h.browser.restart();
    await h.boot();
    await h.clock.advance(MIN);
    expect(told()).toBe(1);
    expect(h.browser.action.badgeText).toBe('!');
  });
});

describe('a storage call that never settles', () => {
  it('is timed out as a failure: the take-off alert shows and the queue goes on', async () => {
    const clock = createFakeClock(t0);
    const browser = createFakeBrowser({ clock });
    const errors: unknown[] = [];
    const bg = createBackground({
      browser: asBrowser(browser),
      now: clock.now,
      platform: 'chromium',
      randomId: () => 's1',
      playSound: async () => undefined,
      onError: (e) => errors.push(e),
      callTimeoutMs: 20,
    });
    const send = (msg: object): Promise<unknown> => Promise.resolve(bg.onMessage(msg, {}));
    await send({ type: 'start', planId: 'guide', injuryAt: t0 - HOUR });
    await send({ type: 'confirm' });
    await clock.set(iceEnds);
    void browser.storage.local.hangNext('set', 'session');
    const wake = bg.runner.run({ type: 'wake' });
    expect(await wake).toMatchObject({ ok: false, error: 'errorSaveFailed' });
    expect(Object.values(browser.notifications.peek())).toEqual([takeOff]);
    expect(errors).toEqual([expect.objectContaining({ message: 'no answer after 20 ms' })]);
    // Not stalled: the next command runs and saves.
    expect(await send({ type: 'ackTakeOff' })).toMatchObject({ ok: true });
    expect(browser.storage.local.peek().session).toMatchObject({ stepIndex: 1, offAcked: true });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core';
import type { Harness } from './harness';
import { createHarness, HOUR, MIN, t0 } from './harness';

let h: Harness;

beforeEach(async () => {
  h = createHarness();
});
afterEach(() => h.dispose());

describe('damaged stored data', () => {
  it('keeps the valid parts, writes the repair back and sets a notice', async () => {
    h.browser.storage.local.seed({ session: 'garbage' });
    h.browser.storage.sync.seed({ settings: { acuteWindowHours: 999, reminderMaxCount: 3 } });
    await h.boot();
    await expect(h.browser.runtime.onStartup.dispatch()).resolves.toBeUndefined();

    const local = h.browser.storage.local.peek();
    expect(local).not.toHaveProperty('session');
    expect(local.notice).toBe('storageReset');
    const settings = h.browser.storage.sync.peek().settings as typeof DEFAULT_SETTINGS;
    expect(settings.acuteWindowHours).toBe(48);
    expect(settings.reminderMaxCount).toBe(3);

    const state = await h.send({ type: 'getState' });
    expect(state).toEqual({
      ok: true,
      value: {
        session: null,
        settings: expect.objectContaining({ acuteWindowHours: 48, reminderMaxCount: 3 }),
        notice: 'storageReset',
      },
    });

    const dismissed = await h.send({ type: 'dismissNotice' });
    expect(dismissed).toEqual({ ok: true, value: expect.objectContaining({ notice: null }) });
    expect(h.browser.storage.local.peek()).not.toHaveProperty('notice');
    // Repaired data is not "damaged" again on the next read.
    await h.send({ type: 'getState' });
    expect(h.browser.storage.local.peek()).not.toHaveProperty('notice');
  });

  it('repairs damaged history when appending to it', async () => {
    h.browser.storage.local.seed({ history: 'not a list' });
    await h.boot();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - HOUR });
    await h.send({ type: 'confirm' });
    await h.clock.advance(20 * MIN);
    const local = h.browser.storage.local.peek();
    expect(local.history).toEqual([expect.objectContaining({ outcome: 'completed' })]);
    expect(local.notice).toBe('storageReset');
  });

  it('reads settings from storage.local when storage.sync is unavailable', async () => {
    h.browser.storage.sync.unavailable = true;
    h.browser.storage.local.seed({ settings: { ...DEFAULT_SETTINGS, badge: false } });
    await h.boot();
    const state = await h.send({ type: 'getState' });
    expect(state.ok && state.value.settings.badge).toBe(false);
  });
});

describe('a failing storage.set', () => {
  it('replies errorSaveFailed, performs no effects, and the next event succeeds', async () => {
    await h.boot();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    const alarmsBefore = h.browser.alarms.peek();
    const storedBefore = h.stored();

    h.browser.storage.local.failNextSet();
    const failed = await h.send({ type: 'confirm' });
    expect(failed).toEqual({ ok: false, error: 'errorSaveFailed' });
    expect(h.stored()).toEqual(storedBefore);
    expect(h.browser.action.badgeText).toBe('ICE');
    expect(h.browser.alarms.peek()).toEqual(alarmsBefore);
    expect(h.browser.notifications.created).toHaveLength(0);

    const retried = await h.send({ type: 'confirm' });
    expect(retried.ok).toBe(true);
    expect(h.stored()?.status).toBe('running');
    expect(h.browser.action.badgeText).toBe('20m');
  });

  it('shows the saveFailed notice in the snapshot while a wake cannot be saved', async () => {
    await h.boot();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    await h.send({ type: 'confirm' });
    await h.clock.set(t0 + 20 * MIN - 1);
    h.browser.storage.local.failNextSet();
    // The ice ends while storage is failing: the alarm's wake cannot save the rest.
    await h.clock.advance(1);
    expect(h.stored()?.stepIndex).toBe(0);
    expect(h.shown()).toEqual([]);
    // Opening the popup retries, and this time it saves and alerts.
    const state = await h.send({ type: 'getState' });
    expect(state.ok && state.value.notice).toBe(null);
    expect(h.stored()?.stepIndex).toBe(1);
    expect(h.shown()).toEqual([expect.objectContaining({ title: 'Take the ice off now' })]);
  });

  it('reports saveFailed to a reader whose own wake failed to save', async () => {
    await h.boot();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    await h.send({ type: 'confirm' });
    h.browser.restart({ browserRestart: true });
    await h.clock.set(t0 + 21 * MIN);
    await h.boot();
    h.browser.storage.local.failNextSet();
    const state = await h.send({ type: 'getState' });
    expect(state).toEqual({
      ok: true,
      value: expect.objectContaining({ notice: 'saveFailed' }),
    });
  });
});

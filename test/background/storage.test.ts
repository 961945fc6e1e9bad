import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry, Session } from '../../src/core';
import { DEFAULT_SETTINGS } from '../../src/core';
import { ALARM_NAME, OUTBOX_KEY } from '../../src/shared/storage-keys';
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

describe('each stored item falls back alone', () => {
  it('keeps a valid running session and the valid history entries; one notice', async () => {
    // A running session as a healthy background stored it.
    await h.boot();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    await h.send({ type: 'confirm' });
    await h.clock.advance(25 * MIN);
    const local = h.browser.storage.local;
    const session = h.stored() as Session;
    const valid = local.peek().history as HistoryEntry[];
    expect(valid).toHaveLength(1);

    // Then the browser restarts over damaged settings and history.
    h.browser.restart({ browserRestart: true });
    local.seed({
      history: [{ junk: true }, ...valid, 'x', { ...valid[0], stepIndex: -1 }, null],
    });
    h.browser.storage.sync.seed({ settings: 'garbage' });
    const notices: unknown[] = [];
    h.browser.storage.onChanged.addListener((changes) => {
      if ('notice' in changes) notices.push(changes.notice?.newValue);
    });
    await h.boot();
    await expect(h.browser.runtime.onStartup.dispatch()).resolves.toBeUndefined();
    await Promise.resolve();

    expect({ ...h.stored(), lastSeenAt: 0 }).toEqual({ ...session, lastSeenAt: 0 });
    expect(h.browser.alarms.peek()).toEqual([{ name: ALARM_NAME, scheduledTime: t0 + 26 * MIN }]);
    // The kept session's rest, with "take it off" still unanswered.
    expect(h.browser.action.badgeText).toBe('OFF');
    expect(local.peek().history).toEqual(valid);
    expect(h.browser.storage.sync.peek().settings).toEqual(DEFAULT_SETTINGS);
    expect(local.peek().notice).toBe('storageReset');
    expect(notices).toEqual(['storageReset']);
    expect(h.errors).toEqual([]);

    const state = await h.send({ type: 'getState' });
    expect(state).toEqual({
      ok: true,
      value: {
        session: expect.objectContaining({ id: session.id }),
        settings: DEFAULT_SETTINGS,
        notice: 'storageReset',
      },
    });
  });

  it('drops a damaged session and says so', async () => {
    h.browser.storage.local.seed({ session: { schemaVersion: 2, id: 'half a timer' } });
    await h.boot();
    await h.browser.runtime.onStartup.dispatch();
    expect(h.browser.storage.local.peek()).toEqual({ notice: 'storageReset' });
    expect(h.browser.alarms.peek()).toEqual([]);
  });

  it('ignores a session from a future version (not misread), but neither deletes it nor calls it damage', async () => {
    const future = { schemaVersion: 3, id: 'from-the-future' };
    h.browser.storage.local.seed({ session: future });
    await h.boot();
    await h.browser.runtime.onStartup.dispatch();
    const state = await h.send({ type: 'getState' });
    expect(state).toEqual({
      ok: true,
      value: expect.objectContaining({ session: null, notice: null }),
    });
    expect(h.browser.storage.local.peek()).toEqual({ session: future });
    expect(h.browser.alarms.peek()).toEqual([]);
    expect(h.browser.action.badgeText).toBe('');
  });

  it('uses settings from a newer version (synced from another device) read-only, as defaults', async () => {
    const newer = { ...DEFAULT_SETTINGS, schemaVersion: 3, reminderMaxCount: 2, laterField: 1 };
    h.browser.storage.sync.seed({ settings: newer });
    await h.boot();
    await h.browser.runtime.onStartup.dispatch();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - HOUR });
    const state = await h.send({ type: 'getState' });
    expect(state).toEqual({
      ok: true,
      value: expect.objectContaining({ settings: DEFAULT_SETTINGS, notice: null }),
    });
    // Not written back over the newer data, in either area.
    expect(h.browser.storage.sync.peek()).toEqual({ settings: newer });
    expect(h.browser.storage.local.peek()).not.toHaveProperty('settings');
    expect(h.browser.storage.local.peek()).not.toHaveProperty('notice');
  });

  it('drops an unreadable outbox without throwing or performing anything', async () => {
    h.browser.storage.local.seed({
      [OUTBOX_KEY]: { effects: [{ type: 'log', entry: 'junk' }, { type: 'alarm', when: 1 }, 7] },
    });
    await h.boot();
    await h.browser.runtime.onStartup.dispatch();
    expect(h.browser.storage.local.peek()).toEqual({});
    expect(h.browser.alarms.peek()).toEqual([]);
    expect(h.errors).toEqual([]);
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
    // The alarm was armed before the save, only ever earlier: the stored state is still woken
    // in time (here a minute from now instead of at its first reminder).
    expect(h.browser.alarms.peek()).toEqual([{ name: ALARM_NAME, scheduledTime: t0 + MIN }]);
    expect(alarmsBefore).toEqual([{ name: ALARM_NAME, scheduledTime: t0 + 5 * MIN }]);
    expect(h.browser.notifications.created).toHaveLength(0);
    // No drift: what the popup is told is what is stored.
    const read = await h.send({ type: 'getState' });
    expect(read.ok && read.value.session).toEqual(h.stored());
    expect(h.stored()?.status).toBe('due');

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

  it('retries by itself: the alarm armed before the failed save wakes the stored state', async () => {
    await h.boot();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    await h.send({ type: 'confirm' });
    await h.clock.set(t0 + 20 * MIN - 1);
    h.browser.storage.local.failNextSet();
    await h.clock.advance(1);
    expect(h.stored()?.stepIndex).toBe(0);
    expect(h.browser.storage.local.peek()).not.toHaveProperty(OUTBOX_KEY);
    expect(h.browser.alarms.peek()).toEqual([{ name: ALARM_NAME, scheduledTime: t0 + 21 * MIN }]);
    // Nobody opens the popup: the alarm retries a minute later, and the person is alerted.
    await h.clock.advance(MIN);
    expect(h.stored()?.stepIndex).toBe(1);
    expect(h.shown()).toEqual([expect.objectContaining({ title: 'Take the ice off now' })]);
    const history = h.browser.storage.local.peek().history as HistoryEntry[];
    expect(history).toEqual([
      expect.objectContaining({ outcome: 'completed', noticedLateMs: MIN }),
    ]);
  });

  it('keeps failing safely: each failed command changes nothing stored, then works again', async () => {
    await h.boot();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
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

  it('reports saveFailed to a reader whose own wake failed to save', async () => {
    await h.boot();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    await h.send({ type: 'confirm' });
    h.browser.restart({ browserRestart: true });
    await h.clock.set(t0 + 21 * MIN);
    // Both the new worker's load wake and the reader's own wake fail to save the rest.
    h.browser.storage.local.failNextSet(2);
    await h.boot();
    expect(h.stored()?.stepIndex).toBe(0);
    const state = await h.send({ type: 'getState' });
    expect(state).toEqual({
      ok: true,
      value: expect.objectContaining({ notice: 'saveFailed' }),
    });
  });
});

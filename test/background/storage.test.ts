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

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core';
import type { Harness } from './harness';
import { createHarness, HOUR, MIN, t0 } from './harness';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await h.boot();
});
afterEach(() => h.dispose());

describe('commands from the options and welcome pages', () => {
  it('saves valid settings to storage.sync and applies them at once (badge off)', async () => {
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - HOUR });
    const reply = await h.send({
      type: 'saveSettings',
      settings: { ...DEFAULT_SETTINGS, badge: false },
    });
    expect(reply).toEqual({
      ok: true,
      value: expect.objectContaining({ settings: expect.objectContaining({ badge: false }) }),
    });
    expect(h.browser.storage.sync.peek().settings).toEqual({ ...DEFAULT_SETTINGS, badge: false });
    expect(h.browser.action.badgeText).toBe('');
  });

  it('refuses settings the parser would have to repair', async () => {
    const reply = await h.send({
      type: 'saveSettings',
      settings: { ...DEFAULT_SETTINGS, reminderMaxCount: 999 },
    });
    expect(reply).toEqual({ ok: false, error: 'errorInvalidSettings' });
    expect(h.browser.storage.sync.peek()).toEqual({});
  });

  it('falls back to storage.local when sync rejects, and resets to defaults', async () => {
    h.browser.storage.sync.failNextSet();
    await h.send({ type: 'saveSettings', settings: { ...DEFAULT_SETTINGS, reminderMaxCount: 2 } });
    expect(h.browser.storage.local.peek().settings).toEqual({
      ...DEFAULT_SETTINGS,
      reminderMaxCount: 2,
    });
    const state = await h.send({ type: 'getState' });
    expect(state.ok && state.value.settings.reminderMaxCount).toBe(2);
    await h.send({ type: 'resetSettings' });
    expect(h.browser.storage.sync.peek().settings).toEqual(DEFAULT_SETTINGS);
  });

  it('removes the older sync copy when it falls back to local, so reads find the new one', async () => {
    h.browser.storage.sync.seed({ settings: { ...DEFAULT_SETTINGS, reminderMaxCount: 4 } });
    h.browser.storage.sync.failNextSet();
    const reply = await h.send({
      type: 'saveSettings',
      settings: { ...DEFAULT_SETTINGS, reminderMaxCount: 2 },
    });
    expect(reply.ok && reply.value.settings.reminderMaxCount).toBe(2);
    expect(h.browser.storage.sync.peek()).toEqual({});
    expect(h.browser.storage.local.peek().settings).toEqual({
      ...DEFAULT_SETTINGS,
      reminderMaxCount: 2,
    });
    const state = await h.send({ type: 'getState' });
    expect(state.ok && state.value.settings.reminderMaxCount).toBe(2);
  });

  it('still saves locally when sync refuses the removal too (best effort)', async () => {
    h.browser.storage.sync.unavailable = true;
    const reply = await h.send({
      type: 'saveSettings',
      settings: { ...DEFAULT_SETTINGS, reminderMaxCount: 2 },
    });
    expect(reply.ok && reply.value.settings.reminderMaxCount).toBe(2);
    expect(h.errors).toEqual([]);
  });

  it('re-plans the running session from a settings change (a wake would keep the old plan)', async () => {
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - HOUR });
    await h.send({ type: 'confirm' });
    expect(h.stored()?.plan.windowHours).toBe(48);
    await h.send({ type: 'saveSettings', settings: { ...DEFAULT_SETTINGS, acuteWindowHours: 72 } });
    expect(h.stored()).toMatchObject({ status: 'running', plan: { windowHours: 72 } });
    expect(h.browser.action.title).toBe('Ice on — 20 min left, cycle 1, 1 h of 72 h');
    await h.send({ type: 'resetSettings' });
    expect(h.stored()?.plan.windowHours).toBe(48);
  });

  it('clears history', async () => {
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - HOUR });
    await h.send({ type: 'confirm' });
    await h.clock.advance(20 * MIN);
    expect(h.browser.storage.local.peek().history).toHaveLength(1);
    expect((await h.send({ type: 'clearHistory' })).ok).toBe(true);
    expect(h.browser.storage.local.peek()).not.toHaveProperty('history');
  });

  it('shows a test alert under its own id and reports the permission level', async () => {
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    await h.send({ type: 'confirm' });
    await h.clock.advance(20 * MIN);
    h.browser.notifications.permission = 'denied';
    expect(await h.send({ type: 'testAlert' })).toEqual({
      ok: true,
      value: { permission: 'denied' },
    });
    const shown = h.browser.notifications.peek();
    expect(Object.keys(shown).sort()).toEqual(['icecycle-phase', 'icecycle-test']);
    expect(shown['icecycle-test']?.title).toBe('IceCycle alerts are working');
  });
});

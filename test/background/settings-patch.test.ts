import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core';
import type { Harness } from './harness';
import { createHarness, HOUR, t0 } from './harness';

let h: Harness;
const SAVED: Settings = {
  ...DEFAULT_SETTINGS,
  planId: 'spaced',
  badge: false,
  reminderMaxCount: 2,
  custom: { modality: 'heat', applyMinutes: 20, restMinutes: 60, windowHours: null },
  quietHours: { enabled: false, start: 60, end: 300 },
};

beforeEach(async () => {
  h = createHarness();
  h.browser.storage.sync.seed({ settings: SAVED });
  await h.boot();
});
afterEach(() => h.dispose());

const synced = (): unknown => h.browser.storage.sync.peek().settings;

describe('a partial saveSettings never resets the other settings', () => {
  for (const [name, settings] of [
    ['missing', undefined],
    ['null', null],
    ['empty', {}],
    ['a list', [1, 2]],
    ['only unknown fields', { colour: 'red' }],
  ] as const) {
    it(`refuses a change that is ${name}, and keeps every saved setting`, async () => {
      const reply = await h.send({ type: 'saveSettings', settings });
      expect(reply).toEqual({ ok: false, error: 'errorInvalidSettings' });
      expect(synced()).toEqual(SAVED);
      const state = await h.send({ type: 'getState' });
      expect(state.ok && state.value.settings).toEqual(SAVED);
      expect(h.errors).toEqual([]);
    });
  }

  it('applies only the fields given, nested ones field by field', async () => {
    const reply = await h.send({
      type: 'saveSettings',
      settings: { reminderMaxCount: 4, custom: { applyMinutes: 15 }, quietHours: { start: 90 } },
    });
    const expected = {
      ...SAVED,
      reminderMaxCount: 4,
      custom: { ...SAVED.custom, applyMinutes: 15 },
      quietHours: { ...SAVED.quietHours, start: 90 },
    };
    expect(reply).toEqual({ ok: true, value: expect.objectContaining({ settings: expected }) });
    expect(synced()).toEqual(expected);
  });

  it('refuses the whole change when one given field is invalid (nothing applied)', async () => {
    for (const settings of [
      { badge: true, reminderMaxCount: 999 },
      { badge: null },
      { custom: 'heat' },
      { custom: { applyMinutes: 45 } }, // too long for any application: refused
      { schemaVersion: 1, badge: true },
    ]) {
      expect(await h.send({ type: 'saveSettings', settings })).toEqual({
        ok: false,
        error: 'errorInvalidSettings',
      });
    }
    expect(synced()).toEqual(SAVED);
  });

  it('still saves a full settings object as given (the options page sends all of them)', async () => {
    const full = { ...DEFAULT_SETTINGS, acuteWindowHours: 72 as const };
    const reply = await h.send({ type: 'saveSettings', settings: full });
    expect(reply.ok).toBe(true);
    expect(synced()).toEqual(full);
  });

  it('keeps a running session through a refused change', async () => {
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - HOUR });
    await h.send({ type: 'confirm' });
    const before = h.stored();
    await h.send({ type: 'saveSettings', settings: {} });
    expect(h.stored()).toEqual(before);
  });
});

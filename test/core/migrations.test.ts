/** Every earlier stored version (test/fixtures/*-v1.json) migrates to a valid current value. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  MINUTE,
  parseHistory,
  parseSession,
  parseSettings,
  transition,
  view,
} from '../../src/core';

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', name), 'utf8'));
}

describe('migrations', () => {
  it('a v1 running session keeps running, with its instants, as v2', () => {
    const raw = fixture('session-v1.json') as { phaseEndsAt: number; phaseStartedAt: number };
    const { value, reset } = parseSession(raw);
    expect(reset).toBe(false);
    expect(value).toMatchObject({
      schemaVersion: 2,
      status: 'running',
      phaseEndsAt: raw.phaseEndsAt,
      lastSeenAt: raw.phaseStartedAt,
      offAcked: true,
      quietUntil: null,
    });
    // ...and the engine carries on from it.
    const r = transition(value, { type: 'wake' }, raw.phaseEndsAt, DEFAULT_SETTINGS);
    expect(view(r.session, raw.phaseEndsAt).phase).toBe('rest');
  });

  it('v1 settings keep every choice and gain the new defaults', () => {
    const { value, reset } = parseSettings(fixture('settings-v1.json'));
    expect(reset).toBe(false);
    expect(value).toMatchObject({ schemaVersion: 2, planId: 'spaced', acuteWindowHours: 72 });
    expect(value.quietHours).toEqual(DEFAULT_SETTINGS.quietHours);
  });

  it('v1 history entries keep their facts and gain planned instants', () => {
    const { value, reset } = parseHistory(fixture('history-v1.json'));
    expect(reset).toBe(false);
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject({ schemaVersion: 2, painScore: null, noticedLateMs: 0 });
    expect((value[0]?.plannedEndAt ?? 0) - (value[0]?.plannedStartAt ?? 0)).toBe(20 * MINUTE);
  });

  it('a value from a future version is reset, not misread', () => {
    expect(parseSession({ ...(fixture('session-v1.json') as object), schemaVersion: 99 })).toEqual({
      value: null,
      reset: true,
    });
    expect(parseSettings({ schemaVersion: 99, planId: 'heat' })).toEqual({
      value: DEFAULT_SETTINGS,
      reset: true,
    });
  });
});

describe('settings stored without a version', () => {
  it('keep the fields they have', () => {
    const { value } = parseSettings({
      soundVolume: 0.5,
      quietHours: { enabled: false, start: 0, end: 0 },
    });
    expect(value.soundVolume).toBe(0.5);
    expect(value.quietHours.enabled).toBe(false);
  });
});

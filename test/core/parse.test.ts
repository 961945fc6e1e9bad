import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry, Session } from '../../src/core';
import {
  DEFAULT_SETTINGS,
  HISTORY_CAP,
  MINUTE,
  parseHistory,
  parseSession,
  parseSettings,
  transition,
} from '../../src/core';
import { started, t0 } from './helpers';

const RUNS = Math.max(5000, Number(process.env.PROPERTY_RUNS ?? 0));

describe('parseSettings', () => {
  it('gives the defaults for nothing stored, without a reset notice', () => {
    expect(parseSettings(undefined)).toEqual({ value: DEFAULT_SETTINGS, reset: false });
  });
  it('keeps valid fields and resets only the broken ones', () => {
    const r = parseSettings({ acuteWindowHours: 999, planId: 'spaced', badge: false, extra: 1 });
    expect(r.reset).toBe(true);
    expect(r.value).toEqual({ ...DEFAULT_SETTINGS, planId: 'spaced', badge: false });
  });
  it('never lets a custom ice application exceed 20 min', () => {
    const r = parseSettings({
      custom: { modality: 'ice', applyMinutes: 45, restMinutes: 30, windowHours: 48 },
    });
    expect(r.value.custom.applyMinutes).toBeLessThanOrEqual(20);
    expect(r.reset).toBe(true);
  });
  it('never throws and always returns valid settings for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const { value } = parseSettings(raw);
        expect(parseSettings(value)).toEqual({ value, reset: false });
      }),
      { numRuns: RUNS },
    );
  });
});

describe('parseSession', () => {
  it('round-trips a real session', () => {
    const s = transition(started(), { type: 'confirm' }, t0, DEFAULT_SETTINGS).session;
    expect(parseSession(JSON.parse(JSON.stringify(s)))).toEqual({ value: s, reset: false });
  });
  it.each([
    ['a string', 'garbage'],
    ['an unknown status', 'status'],
    ['a missing plan', 'plan'],
  ])('drops %s with a reset notice', (_label, kind) => {
    const s = transition(started(), { type: 'confirm' }, t0, DEFAULT_SETTINGS).session;
    const raw: unknown =
      kind === 'garbage'
        ? 'garbage'
        : kind === 'status'
          ? { ...s, status: 'sleeping' }
          : { ...s, plan: undefined };
    expect(parseSession(raw)).toEqual({ value: null, reset: true });
  });
  it.each([
    ['missing (saved before the counter existed)', undefined],
    ['not a count', -1],
    ['a string', '2'],
  ])('counts cut-short applications from 0 when the stored count is %s', (_label, count) => {
    const s = transition(started(), { type: 'confirm' }, t0, DEFAULT_SETTINGS).session as Session;
    const parsed = parseSession({ ...s, applicationsCutShort: count });
    expect(parsed).toEqual({ value: { ...s, applicationsCutShort: 0 }, reset: false });
  });
  it('keeps a stored cut-short count', () => {
    const s = transition(started(), { type: 'confirm' }, t0, DEFAULT_SETTINGS).session as Session;
    const stored = { ...s, applicationsCutShort: 2 };
    expect(parseSession(stored)).toEqual({ value: stored, reset: false });
  });
  it('ignores unknown extra fields', () => {
    const s = started();
    expect(parseSession({ ...s, future: { x: 1 } })).toEqual({ value: s, reset: false });
  });
  it('never throws for any JSON, and truncated or mutated copies of a real session', () => {
    const real = JSON.parse(JSON.stringify(started())) as Record<string, unknown>;
    const keys = Object.keys(real);
    fc.assert(
      fc.property(fc.jsonValue(), fc.subarray(keys), fc.jsonValue(), (raw, drop, replacement) => {
        expect(() => parseSession(raw)).not.toThrow();
        const mutated: Record<string, unknown> = { ...real };
        for (const k of drop) mutated[k] = replacement;
        const r = parseSession(mutated);
        if (r.value !== null)
          expect(parseSession(JSON.parse(JSON.stringify(r.value))).reset).toBe(false);
        const text = JSON.stringify(real);
        expect(() => parseSession(safeParse(text.slice(0, drop.length * 7)))).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });
});

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

describe('parseHistory', () => {
  const entry: HistoryEntry = {
    schemaVersion: 2,
    sessionId: 's',
    modality: 'ice',
    stepIndex: 0,
    plannedMinutes: 20,
    plannedStartAt: t0,
    startedAt: t0,
    plannedEndAt: t0 + 20 * MINUTE,
    endedAt: t0 + 20 * MINUTE,
    outcome: 'completed',
    noticedLateMs: 0,
    painScore: null,
  };
  it('keeps every valid entry and drops broken ones', () => {
    const r = parseHistory([entry, { nope: 1 }, { ...entry, stepIndex: 2 }, 'x']);
    expect(r.value).toEqual([entry, { ...entry, stepIndex: 2 }]);
    expect(r.reset).toBe(true);
  });
  it('caps the history at the newest entries', () => {
    const many = Array.from({ length: HISTORY_CAP + 10 }, (_, i) => ({ ...entry, stepIndex: i }));
    const r = parseHistory(many);
    expect(r.value).toHaveLength(HISTORY_CAP);
    expect(r.value[0]?.stepIndex).toBe(10);
  });
  it('never throws, and keeps the valid entries among arbitrary ones', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue(), fc.constant(entry))), (raw) => {
        const r = parseHistory(raw);
        expect(r.value).toHaveLength(raw.filter((x) => x === entry).length);
      }),
      { numRuns: RUNS },
    );
  });
});

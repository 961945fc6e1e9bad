import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, looksLikeSession, settingsForView, view } from '../../src/core';
import { started, t0 } from './helpers';

describe('view guards', () => {
  it('accept a real session and real settings', () => {
    expect(looksLikeSession(JSON.parse(JSON.stringify(started())))).toBe(true);
    const stored = { ...DEFAULT_SETTINGS, planId: 'heat' };
    expect(settingsForView(stored)).toEqual(stored);
  });
  it('reject what is not current: old versions, garbage, missing plan', () => {
    const s = started() as unknown as Record<string, unknown>;
    for (const bad of [
      'x',
      null,
      { ...s, schemaVersion: 1 },
      { ...s, plan: {} },
      { ...s, status: 'x' },
    ]) {
      expect(looksLikeSession(bad)).toBe(false);
    }
    expect(settingsForView({ planId: 'heat' })).toBe(DEFAULT_SETTINGS);
  });
  it('anything they accept can be viewed without throwing', () => {
    const real = JSON.parse(JSON.stringify(started())) as Record<string, unknown>;
    fc.assert(
      fc.property(fc.subarray(Object.keys(real)), fc.jsonValue(), (keys, value) => {
        const mutated: Record<string, unknown> = { ...real };
        for (const k of keys) mutated[k] = value;
        if (looksLikeSession(mutated)) expect(() => view(mutated, t0)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

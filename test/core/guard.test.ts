import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  looksLikeSession,
  type Session,
  settingsForView,
  view,
} from '../../src/core';
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
  it('reject an application step without a known modality (views look it up in key tables)', () => {
    const real = JSON.parse(JSON.stringify(started())) as Session;
    const withStep = (step: Record<string, unknown>): unknown => ({
      ...real,
      plan: { ...real.plan, steps: [step, { kind: 'rest', minutes: 20 }] },
    });
    expect(looksLikeSession(withStep({ kind: 'apply', modality: 'heat', minutes: 20 }))).toBe(true);
    expect(looksLikeSession(withStep({ kind: 'apply', minutes: 20 }))).toBe(false);
    expect(looksLikeSession(withStep({ kind: 'apply', modality: 'cold', minutes: 20 }))).toBe(
      false,
    );
    expect(looksLikeSession(withStep({ kind: 'apply', modality: null, minutes: 20 }))).toBe(false);
  });
  it('every phase of a session they accept is one the views know', () => {
    const real = JSON.parse(JSON.stringify(started())) as Session;
    const known = ['ice', 'heat', 'rest', 'end'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom('apply', 'rest'),
            modality: fc.jsonValue(),
            minutes: fc.integer({ min: 1, max: 60 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        fc.nat(5),
        (steps, stepIndex) => {
          const mutated = { ...real, stepIndex, plan: { ...real.plan, steps } };
          if (!looksLikeSession(mutated)) return;
          const v = view(mutated, t0);
          expect(known).toContain(v.phase);
          if (v.next) expect(known).toContain(v.next.phase);
        },
      ),
      { numRuns: 500 },
    );
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

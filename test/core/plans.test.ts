import { describe, expect, it } from 'vitest';
import { BOUNDS, DEFAULT_SETTINGS, PRESETS, planFor, validateCustom } from '../../src/core';

describe('plans', () => {
  it.each([
    ['guide', 'ice', 20, 20, 48],
    ['spaced', 'ice', 20, 100, 72],
    ['heat', 'heat', 20, 60, null],
  ] as const)('%s preset: %s %i min, rest %i min, window %s h', (id, modality, on, off, hours) => {
    const plan = PRESETS[id](48);
    expect(plan.steps).toEqual([
      { kind: 'apply', modality, minutes: on },
      { kind: 'rest', minutes: off },
    ]);
    expect(plan.windowHours).toBe(hours);
  });

  it('the guide cycle uses the 72 h window when set', () => {
    const r = planFor('guide', { ...DEFAULT_SETTINGS, acuteWindowHours: 72 });
    expect(r.ok && r.plan.windowHours).toBe(72);
  });

  it.each([
    [
      { modality: 'ice', applyMinutes: 21, restMinutes: 20, windowHours: 48 },
      'applyMinutes',
      'tooLong',
    ],
    [
      { modality: 'ice', applyMinutes: 4, restMinutes: 20, windowHours: 48 },
      'applyMinutes',
      'tooShort',
    ],
    [
      { modality: 'heat', applyMinutes: 31, restMinutes: 20, windowHours: null },
      'applyMinutes',
      'tooLong',
    ],
    [
      { modality: 'ice', applyMinutes: 20, restMinutes: 9, windowHours: 48 },
      'restMinutes',
      'tooShort',
    ],
    [
      { modality: 'ice', applyMinutes: 20, restMinutes: 241, windowHours: 48 },
      'restMinutes',
      'tooLong',
    ],
    [
      { modality: 'ice', applyMinutes: 12.5, restMinutes: 20, windowHours: 48 },
      'applyMinutes',
      'notANumber',
    ],
    [
      { modality: 'ice', applyMinutes: 20, restMinutes: 20, windowHours: 100 },
      'windowHours',
      'tooLong',
    ],
  ] as const)('rejects %o (%s %s)', (input, field, code) => {
    const r = validateCustom(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('accepts the boundaries themselves', () => {
    expect(
      validateCustom({
        modality: 'ice',
        applyMinutes: BOUNDS.ice.max,
        restMinutes: BOUNDS.rest.min,
        windowHours: 72,
      }).ok,
    ).toBe(true);
    expect(
      validateCustom({
        modality: 'heat',
        applyMinutes: BOUNDS.heat.max,
        restMinutes: BOUNDS.rest.max,
        windowHours: null,
      }).ok,
    ).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { BOUNDS, DEFAULT_SETTINGS, PRESETS, planFor, validateCustom } from '../../src/core';
import { isSafePlan, repairCustom, repairPlan, windowAnchor } from '../../src/core/plans';
import { oldHeatPlan, twoStepPlan } from './helpers';

describe('plans', () => {
  it.each([
    ['guide', 'ice', 20, 20, 48],
    ['spaced', 'ice', 20, 100, 72],
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
      { modality: 'heat', applyMinutes: 21, restMinutes: 20, windowHours: null },
      'applyMinutes',
      'tooLong',
    ],
    [
      { modality: 'ice', applyMinutes: 20, restMinutes: 19, windowHours: 48 },
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
    [
      { modality: 'ice', applyMinutes: 15, restMinutes: 120, windowHours: null },
      'windowHours',
      'untilStopped',
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

  it('ice windows count from the spasm, heat windows from Start', () => {
    expect(windowAnchor(PRESETS.guide(48))).toBe('injury');
    expect(windowAnchor(PRESETS.spaced(48))).toBe('injury');
    expect(windowAnchor(PRESETS.heat(48))).toBe('start');
  });
});

describe('plans stored under older bounds', () => {
  const oldHeat = oldHeatPlan;
  const custom = (modality: 'ice' | 'heat', on: number, off: number, hours: number | null) =>
    twoStepPlan('custom', modality, on, off, hours);

  it('every current preset is safe as it is; the old open-ended heat preset is not', () => {
    for (const hours of [48, 72] as const) {
      for (const id of ['guide', 'spaced', 'heat'] as const) {
        const plan = PRESETS[id](hours);
        expect(isSafePlan(plan), id).toBe(true);
        expect(repairPlan(plan)).toBe(plan);
      }
    }
    expect(isSafePlan(oldHeat)).toBe(false);
  });

  it('the old heat preset becomes today’s heat plan; the 20/20 cycle keeps its 72 h', () => {
    expect(repairPlan(oldHeat)).toEqual(PRESETS.heat(48));
    const guide72 = { ...PRESETS.guide(72), steps: [...PRESETS.guide(72).steps] };
    expect(repairPlan(guide72)).toEqual(PRESETS.guide(72));
    expect(repairPlan({ ...PRESETS.guide(48), windowHours: 60 })).toEqual(PRESETS.guide(48));
  });

  it('a custom plan is brought within the bounds, never dropped', () => {
    expect(repairPlan(custom('heat', 30, 60, null))).toEqual(custom('heat', 20, 60, null));
    expect(repairPlan(custom('ice', 20, 10, 48))).toEqual(custom('ice', 20, 20, 48));
    expect(repairPlan(custom('ice', 15, 120, null))).toEqual(custom('ice', 15, 120, 72));
    expect(repairPlan(custom('ice', 15, 120, 400))).toEqual(custom('ice', 15, 120, 72));
    expect(repairPlan({ ...custom('ice', 15, 120, 48), steps: [] })).toBeNull();
  });

  it('repairCustom clamps each field and keeps what was fine', () => {
    const fallback = DEFAULT_SETTINGS.custom;
    expect(
      repairCustom(
        { modality: 'heat', applyMinutes: 30, restMinutes: 10, windowHours: null },
        fallback,
      ),
    ).toEqual({ modality: 'heat', applyMinutes: 20, restMinutes: 20, windowHours: null });
    expect(
      repairCustom(
        { modality: 'ice', applyMinutes: 12, restMinutes: 90, windowHours: null },
        fallback,
      ),
    ).toEqual({ modality: 'ice', applyMinutes: 12, restMinutes: 90, windowHours: 72 });
    expect(
      repairCustom(
        { modality: 'ice', applyMinutes: Number.NaN, restMinutes: 90, windowHours: 24 },
        fallback,
      ),
    ).toEqual({ modality: 'ice', applyMinutes: 15, restMinutes: 90, windowHours: 24 });
  });
});

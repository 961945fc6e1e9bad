import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type PlanId, planFor, transition } from '../../src/core';

const T = Date.UTC(2026, 0, 5, 9);

describe('plan ids', () => {
  it('refuses an id that is not an own preset key (toString, __proto__, constructor)', () => {
    for (const id of ['toString', '__proto__', 'constructor', 'valueOf']) {
      const planId = id as PlanId;
      expect(planFor(planId, DEFAULT_SETTINGS)).toEqual({ ok: false, errors: [] });
      const start = { type: 'start', planId, injuryAt: T, id: 's' } as const;
      expect(transition(null, start, T, DEFAULT_SETTINGS).error).toBe('invalidPlan');
    }
  });

  it('still finds every real preset', () => {
    for (const id of ['guide', 'spaced', 'heat'] as const) {
      expect(planFor(id, DEFAULT_SETTINGS)).toMatchObject({ ok: true, plan: { id } });
    }
  });
});

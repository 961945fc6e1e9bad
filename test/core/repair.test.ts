/**
 * Settings and sessions stored under the bounds before issue 11 (the open-ended heat preset,
 * custom heat up to 30 min, rests from 10 min, ice "until stopped") are repaired, never dropped.
 */
import { describe, expect, it } from 'vitest';
import type { Plan, Session } from '../../src/core';
import {
  DEFAULT_SETTINGS,
  MINUTE,
  PRESETS,
  parseSession,
  parseSettings,
  transition,
} from '../../src/core';
import { oldHeatPlan, t0, twoStepPlan } from './helpers';

const oldHeat = oldHeatPlan;

/** A session as an older version stored it: step `stepIndex` running from t0. */
function stored(plan: Plan, stepIndex: number, minutes: number): Session {
  return {
    schemaVersion: 2,
    id: 'old',
    plan,
    injuryAt: t0 - 100 * 60 * MINUTE,
    startedAt: t0 - 5 * 60 * MINUTE,
    stepIndex,
    status: 'running',
    phaseStartedAt: t0,
    phaseEndsAt: t0 + minutes * MINUTE,
    pausedAt: null,
    pausedStatus: null,
    snoozedUntil: null,
    endedAt: null,
    applicationsDone: 3,
    applicationsCutShort: 0,
    lastAlert: null,
    lastSeenAt: t0,
    quietUntil: null,
    offAcked: true,
    painPending: null,
    dueAt: null,
  };
}

describe('settings stored under older bounds', () => {
  it.each([
    [
      { modality: 'heat', applyMinutes: 30, restMinutes: 60, windowHours: null },
      { modality: 'heat', applyMinutes: 20, restMinutes: 60, windowHours: null },
    ],
    [
      { modality: 'ice', applyMinutes: 20, restMinutes: 10, windowHours: 48 },
      { modality: 'ice', applyMinutes: 20, restMinutes: 20, windowHours: 48 },
    ],
    [
      { modality: 'ice', applyMinutes: 15, restMinutes: 120, windowHours: null },
      { modality: 'ice', applyMinutes: 15, restMinutes: 120, windowHours: 72 },
    ],
  ] as const)('%o is repaired to %o without a damage notice', (custom, repaired) => {
    const r = parseSettings({ ...DEFAULT_SETTINGS, planId: 'custom', custom });
    expect(r).toEqual({
      value: { ...DEFAULT_SETTINGS, planId: 'custom', custom: repaired },
      reset: false,
    });
  });

  it('a value no version ever allowed is still reported as damage', () => {
    const custom = { modality: 'heat', applyMinutes: 31, restMinutes: 60, windowHours: null };
    const r = parseSettings({ ...DEFAULT_SETTINGS, custom });
    expect(r.value.custom.applyMinutes).toBe(20);
    expect(r.reset).toBe(true);
  });
});

describe('sessions stored under older bounds', () => {
  it('a running old heat preset keeps its session and step, under the new heat plan', () => {
    for (const [stepIndex, minutes] of [
      [0, 20],
      [5, 60],
    ] as const) {
      const r = parseSession(stored(oldHeat, stepIndex, minutes));
      expect(r.reset).toBe(false);
      expect(r.value).toMatchObject({
        id: 'old',
        status: 'running',
        stepIndex,
        phaseEndsAt: t0 + minutes * MINUTE,
        applicationsDone: 3,
        plan: PRESETS.heat(48),
      });
      // The repaired session runs on: the next wake after the phase ends moves to the next step.
      const next = transition(r.value, { type: 'wake' }, t0 + 61 * MINUTE, DEFAULT_SETTINGS);
      expect(next.error).toBeUndefined();
      expect(next.session?.stepIndex).toBe(stepIndex + 1);
    }
  });

  it('a running 30-min custom heat application is shortened to 20 min, not dropped', () => {
    const plan = twoStepPlan('custom', 'heat', 30, 10, null);
    const r = parseSession(stored(plan, 2, 30));
    expect(r.reset).toBe(false);
    expect(r.value?.phaseEndsAt).toBe(t0 + 20 * MINUTE);
    expect(r.value?.plan.steps).toEqual([
      { kind: 'apply', modality: 'heat', minutes: 20 },
      { kind: 'rest', minutes: 20 },
    ]);
  });
});

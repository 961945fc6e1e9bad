import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MINUTE, view } from '../../src/core';
import { alarmOf, apply, notifications, settingsWith, started, t0 } from './helpers';

const custom = { modality: 'ice', applyMinutes: 15, restMinutes: 30, windowHours: 48 } as const;

/** A custom 15/30 min ice plan whose first application was put on at t0. */
function icingOnCustomPlan() {
  const before = settingsWith({ planId: 'custom', custom });
  return apply(started('custom', { settings: before }), { type: 'confirm' }, t0, before).session;
}

describe('settings changed mid-session', () => {
  it('a 48 → 72 h window applies to the running guide cycle, without touching the phase', () => {
    const s = apply(started(), { type: 'confirm' }, t0).session;
    const r = apply(s, { type: 'settings' }, t0 + MINUTE, settingsWith({ acuteWindowHours: 72 }));
    expect(r.session?.plan.windowHours).toBe(72);
    expect(r.session?.phaseEndsAt).toBe(s?.phaseEndsAt);
    expect(view(r.session, t0 + MINUTE).windowHours).toBe(72);
  });
  it('shorter custom durations apply from now on, and shorten the running application', () => {
    const s = icingOnCustomPlan();
    const after = settingsWith({ planId: 'custom', custom: { ...custom, applyMinutes: 10 } });
    const r = apply(s, { type: 'settings' }, t0 + 2 * MINUTE, after);
    expect(r.session?.phaseEndsAt).toBe(t0 + 10 * MINUTE);
    expect(view(r.session, t0 + 2 * MINUTE).remainingMs).toBe(8 * MINUTE);
  });
  it('a custom plan switched from ice to heat does not change the running session', () => {
    const s = icingOnCustomPlan();
    const heat = settingsWith({ planId: 'custom', custom: { ...custom, modality: 'heat' } });
    const r = apply(s, { type: 'settings' }, t0 + MINUTE, heat);
    expect(r.session?.plan).toEqual(s?.plan);
  });
});

describe('changing settings while an application is due', () => {
  it('does not fire a renumbered reminder at once, and later reminders follow the new cadence', () => {
    const s = apply(started(), { type: 'wake' }, t0 + 13 * MINUTE).session; // reminder 2 shown at +10
    const every3 = settingsWith({ reminderEveryMinutes: 3 });
    const r = apply(s, { type: 'settings' }, t0 + 13 * MINUTE + 30_000, every3);
    expect(notifications(r)).toEqual([]);
    expect(alarmOf(r)).toBe(t0 + 15 * MINUTE);
    expect(notifications(apply(r.session, { type: 'wake' }, t0 + 15 * MINUTE, every3))).toEqual([
      'due',
    ]);
  });
  it('still shows "take it off" if it falls due at that moment', () => {
    const s = apply(started(), { type: 'confirm' }, t0).session;
    const r = apply(s, { type: 'settings' }, t0 + 20 * MINUTE, DEFAULT_SETTINGS);
    expect(notifications(r)).toEqual(['takeOff']);
  });
});

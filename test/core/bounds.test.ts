/**
 * Issue 11's engine rules: the heat plan (about 20 min, at most 3 a day, in waking hours, with an
 * end), the custom bounds, and an application ended after 10 min counting as done.
 */
import { describe, expect, it } from 'vitest';
import type { Session, Settings } from '../../src/core';
import { DEFAULT_SETTINGS, HOUR, MINUTE, transition } from '../../src/core';
import { DONE_AFTER_MINUTES, HEAT_PLAN, PRESETS } from '../../src/core/plans';
import { alarmOf, apply, logsOf, settingsWith, started, t0 } from './helpers';

/**
 * Runs a heat plan started at `startAt`, waking at every alarm and putting the pack on as soon
 * as an application is due and not held by quiet hours. Returns when each one went on.
 */
function runHeat(startAt: number, settings: Settings): { starts: number[]; session: Session } {
  let r = apply(
    null,
    { type: 'start', planId: 'heat', injuryAt: startAt, id: 'h' },
    startAt,
    settings,
  );
  const starts: number[] = [];
  let now = startAt;
  for (let i = 0; i < 20_000 && r.session && r.session.status !== 'done'; i++) {
    const s = r.session;
    if (s.status === 'due' && (s.quietUntil === null || now >= s.quietUntil)) {
      starts.push(now);
      r = apply(s, { type: 'confirm' }, now, settings);
      continue;
    }
    const next = alarmOf(r);
    if (next === null || next === undefined) break;
    now = next;
    r = apply(s, { type: 'wake' }, now, settings);
  }
  if (!r.session) throw new Error('session lost');
  return { starts, session: r.session };
}

/** Local minutes after midnight (the suite runs with TZ=Europe/London). */
function localMinutes(at: number): number {
  const d = new Date(at);
  return d.getHours() * 60 + d.getMinutes();
}

describe('heat plan', () => {
  it('is about 20 min at a time, 3 a day, 5 h apart, and ends after 3 days', () => {
    const plan = PRESETS.heat(48);
    const applies = plan.steps.filter((s) => s.kind === 'apply');
    expect(applies).toHaveLength(HEAT_PLAN.perDay);
    expect(applies.every((s) => s.minutes === 20)).toBe(true);
    const dayMinutes = plan.steps.reduce((sum, s) => sum + s.minutes, 0);
    expect(dayMinutes).toBe(24 * 60);
    expect(plan.steps.map((s) => s.minutes)).toEqual([20, 280, 20, 280, 20, 820]);
    expect(plan.windowHours).toBe(72);
  });

  it.each([
    ['08:00', 8],
    ['13:30', 13.5],
    ['21:30', 21.5],
    ['02:00 (started in quiet hours)', 2],
  ])('started at %s: at most 3 in any 24 h, all in waking hours, and it ends', (_l, hour) => {
    const startAt = Date.UTC(2026, 0, 5) + hour * HOUR; // January: London = UTC
    const { starts, session } = runHeat(startAt, DEFAULT_SETTINGS);
    // It ends at the first application moment after 3 days (a rest already running finishes).
    expect(session.status).toBe('done');
    expect(session.endedAt).toBeLessThanOrEqual(startAt + 72 * HOUR + 14 * HOUR);
    expect(Math.max(...starts)).toBeLessThan(startAt + 72 * HOUR);
    expect(starts.length).toBeGreaterThanOrEqual(7);
    expect(starts.length).toBeLessThanOrEqual(9);
    for (const at of starts) {
      const local = localMinutes(at);
      expect(local >= 7 * 60 && local < 23 * 60, new Date(at).toISOString()).toBe(true);
      expect(starts.filter((o) => o >= at && o < at + 24 * HOUR).length).toBeLessThanOrEqual(3);
    }
  });

  it('without quiet hours it still never exceeds 3 in any 24 h', () => {
    const noQuiet = settingsWith({
      quietHours: { ...DEFAULT_SETTINGS.quietHours, enabled: false },
    });
    const { starts } = runHeat(t0, noQuiet);
    expect(starts).toHaveLength(9);
    for (const at of starts) {
      expect(starts.filter((o) => o >= at && o < at + 24 * HOUR).length).toBeLessThanOrEqual(3);
    }
  });

  it('may follow a spasm of any age, and counts its 3 days from Start', () => {
    const r = apply(
      null,
      { type: 'start', planId: 'heat', injuryAt: t0 - 200 * HOUR, id: 'h' },
      t0,
    );
    expect(r.session?.status).toBe('due');
  });
});

describe('custom bounds', () => {
  const start = (custom: Settings['custom']) =>
    transition(
      null,
      { type: 'start', planId: 'custom', injuryAt: t0, id: 'c', custom },
      t0,
      DEFAULT_SETTINGS,
    ).error;
  it.each([
    [{ modality: 'heat', applyMinutes: 21, restMinutes: 60, windowHours: null }, 'invalidPlan'],
    [{ modality: 'heat', applyMinutes: 20, restMinutes: 60, windowHours: null }, undefined],
    [{ modality: 'ice', applyMinutes: 20, restMinutes: 19, windowHours: 48 }, 'invalidPlan'],
    [{ modality: 'ice', applyMinutes: 20, restMinutes: 20, windowHours: 48 }, undefined],
    [{ modality: 'ice', applyMinutes: 15, restMinutes: 120, windowHours: null }, 'invalidPlan'],
    [{ modality: 'ice', applyMinutes: 15, restMinutes: 120, windowHours: 73 }, 'invalidPlan'],
  ] as const)('%o → %s', (custom, error) => {
    expect(start(custom)).toBe(error);
  });
});

describe('an application ended early', () => {
  const confirmed = (): Session => apply(started(), { type: 'confirm' }, t0).session as Session;
  it.each([
    ['skip', DONE_AFTER_MINUTES, 'completed'],
    ['skip', 15, 'completed'],
    ['skip', DONE_AFTER_MINUTES - 1, 'cutShort'],
    ['stop', 12, 'completed'],
    ['stop', 5, 'cutShort'],
  ] as const)('%s after %i min is logged %s, with its real minutes', (type, minutes, outcome) => {
    const s = confirmed();
    const r = apply(s, { type }, t0 + minutes * MINUTE);
    const [log] = logsOf(r.effects);
    expect(log).toMatchObject({ outcome, startedAt: t0, endedAt: t0 + minutes * MINUTE });
    // Stop ends the session (nothing left to count); skip moves on and counts.
    expect(r.session === null).toBe(type === 'stop');
    if (type === 'skip') {
      expect(r.session?.applicationsDone).toBe(outcome === 'completed' ? 1 : 0);
      // The finished screen's "cut short" count.
      expect(r.session?.applicationsCutShort).toBe(outcome === 'cutShort' ? 1 : 0);
    }
  });
});

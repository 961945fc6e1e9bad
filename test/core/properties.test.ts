/**
 * Engine invariants over random histories. `PROPERTY_RUNS` (default 1000) sets the cases per
 * property; `npm run test:deep` raises it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngineEvent, HistoryEntry, PlanId, Session, Settings } from '../../src/core';
import { DEFAULT_SETTINGS, HOUR, MINUTE, parseSession, transition, view } from '../../src/core';
import { logsOf, t0 } from './helpers';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

const planArb = fc.constantFrom<PlanId>('guide', 'spaced', 'heat', 'custom');
const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    autoStart: fc.boolean(),
    acuteWindowHours: fc.constantFrom<48 | 72>(48, 72),
    reminderEveryMinutes: fc.integer({ min: 1, max: 15 }),
    reminderMaxCount: fc.integer({ min: 0, max: 8 }),
    custom: fc.record({
      modality: fc.constantFrom<'ice' | 'heat'>('ice', 'heat'),
      applyMinutes: fc.integer({ min: 5, max: 20 }),
      restMinutes: fc.integer({ min: 10, max: 240 }),
      windowHours: fc.option(fc.integer({ min: 1, max: 72 }), { nil: null }),
    }),
  })
  .map((p) => ({ ...DEFAULT_SETTINGS, ...p }));

const commandArb: fc.Arbitrary<EngineEvent> = fc.oneof(
  fc.constant<EngineEvent>({ type: 'confirm' }),
  fc.constant<EngineEvent>({ type: 'pause' }),
  fc.constant<EngineEvent>({ type: 'resume' }),
  fc.constant<EngineEvent>({ type: 'skip' }),
  fc.constant<EngineEvent>({ type: 'wake' }),
  fc.constant<EngineEvent>({ type: 'wake' }),
  fc.integer({ min: 1, max: 15 }).map<EngineEvent>((minutes) => ({ type: 'snooze', minutes })),
);

/** A random history: start, then commands spaced by random gaps (seconds to hours). */
const historyArb = fc.record({
  planId: planArb,
  settings: settingsArb,
  injuryAgo: fc.integer({ min: 0, max: 72 * HOUR }),
  steps: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 * HOUR }), commandArb), { maxLength: 40 }),
});

function startSession(planId: PlanId, settings: Settings, injuryAgo: number): Session | null {
  return transition(
    null,
    { type: 'start', planId, injuryAt: t0 - injuryAgo, id: 'p' },
    t0,
    settings,
  ).session;
}

function capOf(s: Session): number {
  const step = s.plan.steps[s.stepIndex % s.plan.steps.length];
  return (step?.minutes ?? 0) * MINUTE;
}

function withoutAlertKey(s: Session | null): Omit<Session, 'lastAlert'> | null {
  if (s === null) return null;
  const { lastAlert: _ignored, ...rest } = s;
  return rest;
}

describe('engine properties', () => {
  it('any split of an interval into wakes ends in the same state (and history) as one late wake', () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.integer({ min: 1, max: 80 * HOUR }),
        fc.array(fc.integer({ min: 0, max: 80 * HOUR }), { maxLength: 12 }),
        ({ planId, settings, injuryAgo, steps }, span, cuts) => {
          // Reach some state through a random history first.
          let s = startSession(planId, settings, injuryAgo);
          let now = t0;
          for (const [gap, event] of steps) {
            now += gap;
            s = transition(s, event, now, settings).session;
          }
          // Auto-start would legitimately differ: small wakes see each due moment fresh.
          const quiet = { ...settings, autoStart: false };
          const end = now + span;
          const one = transition(s, { type: 'wake' }, end, quiet);
          let many = s;
          const manyLogs: HistoryEntry[] = [];
          for (const at of [...cuts.filter((c) => c < span).map((c) => now + c)].sort(
            (a, b) => a - b,
          )) {
            const r = transition(many, { type: 'wake' }, at, quiet);
            manyLogs.push(...logsOf(r.effects));
            many = r.session;
          }
          const last = transition(many, { type: 'wake' }, end, quiet);
          manyLogs.push(...logsOf(last.effects));
          expect(withoutAlertKey(last.session)).toEqual(withoutAlertKey(one.session));
          // When an end was noticed legitimately depends on the wakes; everything else may not.
          const facts = (logs: HistoryEntry[]) =>
            logs.map(({ noticedLateMs: _n, ...rest }) => rest);
          expect(facts(manyLogs)).toEqual(facts(logsOf(one.effects)));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('an application never runs past its cap, remaining time is never negative, and every state survives storage', () => {
    fc.assert(
      fc.property(historyArb, ({ planId, settings, injuryAgo, steps }) => {
        let s = startSession(planId, settings, injuryAgo);
        let now = t0;
        for (const [gap, event] of steps) {
          now += gap;
          const r = transition(s, event, now, settings);
          s = r.session;
          if (s === null) continue;
          const v = view(s, now);
          if (v.remainingMs !== null) {
            expect(v.remainingMs).toBeGreaterThanOrEqual(0);
            expect(v.remainingMs).toBeLessThanOrEqual(capOf(s));
          }
          if (s.phaseEndsAt !== null)
            expect(s.phaseEndsAt - s.phaseStartedAt).toBeLessThanOrEqual(capOf(s));
          for (const e of logsOf(r.effects)) {
            expect(e.endedAt - e.startedAt).toBeLessThanOrEqual(e.plannedMinutes * MINUTE);
          }
          expect(r.effects.filter((e) => e.type === 'notify').length).toBeLessThanOrEqual(1);
          expect(parseSession(JSON.parse(JSON.stringify(s)))).toEqual({ value: s, reset: false });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('every accepted event emits exactly one alarm, always in the future', () => {
    fc.assert(
      fc.property(historyArb, ({ planId, settings, injuryAgo, steps }) => {
        let s = startSession(planId, settings, injuryAgo);
        let now = t0;
        for (const [gap, event] of steps) {
          now += gap;
          const r = transition(s, event, now, settings);
          if (r.error) {
            expect(r.effects).toEqual([]);
            continue;
          }
          s = r.session;
          const alarms = r.effects.filter((e) => e.type === 'alarm');
          expect(alarms).toHaveLength(1);
          const when = alarms[0]?.type === 'alarm' ? alarms[0].when : null;
          if (when !== null) expect(when).toBeGreaterThan(now);
          if (s?.status === 'running') expect(when).not.toBeNull();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('pause then resume keeps the remaining time', () => {
    fc.assert(
      fc.property(
        settingsArb,
        planArb,
        fc.integer({ min: 0, max: 25 * MINUTE }),
        fc.integer({ min: 0, max: 48 * HOUR }),
        (settings, planId, into, pausedFor) => {
          const quiet = { ...settings, autoStart: false };
          const s0 = startSession(planId, quiet, 0);
          const running = transition(s0, { type: 'confirm' }, t0, quiet).session;
          const now = t0 + into;
          const before = transition(running, { type: 'wake' }, now, quiet).session;
          const paused = transition(before, { type: 'pause' }, now, quiet);
          if (paused.error) return;
          const resumed = transition(paused.session, { type: 'resume' }, now + pausedFor, quiet);
          const a = view(before, now);
          const b = view(resumed.session, now + pausedFor);
          if (a.status === 'running') {
            expect(b.remainingMs).toBe(a.remainingMs);
            expect(b.phase).toBe(a.phase);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

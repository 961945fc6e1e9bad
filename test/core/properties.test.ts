/**
 * Engine invariants over random histories. `PROPERTY_RUNS` (default 1000) sets the cases per
 * property; `npm run test:deep` raises it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngineEvent, HistoryEntry, PlanId, Session, Settings } from '../../src/core';
import {
  DEFAULT_SETTINGS,
  HOUR,
  MINUTE,
  nextWakeAt,
  parseSession,
  STALE_AFTER_MS,
  takeOffPending,
  transition,
  view,
} from '../../src/core';
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

interface History {
  readonly planId: PlanId;
  readonly settings: Settings;
  readonly injuryAgo: number;
  readonly steps: readonly (readonly [number, EngineEvent])[];
}

function isApplication(s: Session): boolean {
  return s.plan.steps[s.stepIndex % s.plan.steps.length]?.kind === 'apply';
}

function withoutAlertKey(s: Session | null): Omit<Session, 'lastAlert'> | null {
  if (s === null) return null;
  const { lastAlert: _ignored, ...rest } = s;
  return rest;
}

describe('engine properties', () => {
  /** Reaches some state through a random history of commands and wakes. */
  function reach({ planId, settings, injuryAgo, steps }: History): {
    s: Session | null;
    now: number;
  } {
    let s = startSession(planId, settings, injuryAgo);
    let now = t0;
    for (const [gap, event] of steps) {
      now += gap;
      s = transition(s, event, now, settings).session;
    }
    return { s, now };
  }

  // When an end was noticed legitimately depends on the wakes; every other fact may not.
  const facts = (logs: HistoryEntry[]) => logs.map(({ noticedLateMs: _n, ...rest }) => rest);

  it('any split of an interval into wakes ends in the same state (and history) as one late wake, unless an application is running', () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.integer({ min: 1, max: 80 * HOUR }),
        fc.array(fc.integer({ min: 0, max: 80 * HOUR }), { maxLength: 12 }),
        (history, span, cuts) => {
          const { s, now } = reach(history);
          // A running application is the one exception (next property): when its end is noticed
          // late, the rest starts at the notice. Auto-start would legitimately differ too.
          fc.pre(!(s?.status === 'running' && s.phaseEndsAt !== null && isApplication(s)));
          const quiet = { ...history.settings, autoStart: false };
          const end = now + span;
          const one = transition(s, { type: 'wake' }, end, quiet);
          let many = s;
          const manyLogs: HistoryEntry[] = [];
          for (const at of cuts
            .filter((c) => c < span)
            .map((c) => now + c)
            .sort((a, b) => a - b)) {
            const r = transition(many, { type: 'wake' }, at, quiet);
            manyLogs.push(...logsOf(r.effects));
            many = r.session;
          }
          const last = transition(many, { type: 'wake' }, end, quiet);
          manyLogs.push(...logsOf(last.effects));
          expect(withoutAlertKey(last.session)).toEqual(withoutAlertKey(one.session));
          expect(facts(manyLogs)).toEqual(facts(logsOf(one.effects)));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('waking at every alarm, with any extra wakes in between, ends in the same state and history', () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.integer({ min: 1, max: 6 * HOUR }),
        fc.array(fc.integer({ min: 0, max: 6 * HOUR }), { maxLength: 12 }),
        (history, span, extra) => {
          const reached = reach(history);
          const { settings } = history;
          const now = reached.now;
          // Start from a caught-up state, so every later boundary can be noticed on time.
          const s = transition(reached.s, { type: 'wake' }, now, settings).session;
          const end = now + span;
          // Follows the engine's own alarms (each boundary is noticed on time), optionally with
          // extra wakes at arbitrary instants.
          const follow = (extraAt: number[]): { s: Session | null; logs: HistoryEntry[] } => {
            let cur = s;
            let at = now;
            const logs: HistoryEntry[] = [];
            const pending = [...extraAt].sort((a, b) => a - b);
            for (let guard = 0; guard < 2000; guard++) {
              const alarm = nextWakeAt(cur, at, settings);
              const nextExtra = pending[0];
              const candidates = [
                alarm ?? Number.POSITIVE_INFINITY,
                nextExtra ?? Number.POSITIVE_INFINITY,
              ];
              const next = Math.min(...candidates);
              if (next > end) break;
              if (next === nextExtra) pending.shift();
              at = next;
              const r = transition(cur, { type: 'wake' }, at, settings);
              logs.push(...logsOf(r.effects));
              cur = r.session;
            }
            const r = transition(cur, { type: 'wake' }, end, settings);
            logs.push(...logsOf(r.effects));
            return { s: r.session, logs };
          };
          const plain = follow([]);
          const split = follow(extra.filter((e) => e < span).map((e) => now + e));
          expect(withoutAlertKey(split.s)).toEqual(withoutAlertKey(plain.s));
          expect(facts(split.logs)).toEqual(facts(plain.logs));
          // Every boundary was noticed on time in both.
          for (const e of [...plain.logs, ...split.logs]) {
            expect(e.noticedLateMs).toBeLessThanOrEqual(STALE_AFTER_MS);
          }
        },
      ),
      { numRuns: Math.max(100, Math.round(RUNS / 5)) },
    );
  });

  it('an application end noticed late gets one late "take it off" alert and a full rest from then', () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.integer({ min: STALE_AFTER_MS + 1, max: 80 * HOUR }),
        (history, late) => {
          const { s } = reach(history);
          fc.pre(s?.status === 'running' && s.phaseEndsAt !== null && isApplication(s));
          if (s === null || s.phaseEndsAt === null) return;
          const at = s.phaseEndsAt + late;
          fc.pre(at >= s.lastSeenAt);
          const r = transition(s, { type: 'wake' }, at, history.settings);
          const alerts = r.effects.flatMap((e) => (e.type === 'notify' ? [e.notify] : []));
          expect(alerts).toHaveLength(1);
          expect(alerts[0]).toMatchObject({ kind: 'takeOff', lateMs: late, silent: false });
          expect(r.session?.status).toBe('running');
          expect(r.session?.phaseStartedAt).toBe(at);
          const rest = view(r.session, at);
          expect(rest.phase).toBe('rest');
          expect(logsOf(r.effects)).toEqual([
            expect.objectContaining({
              outcome: 'completed',
              endedAt: s.phaseEndsAt,
              noticedLateMs: late,
            }),
          ]);
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
          // Into the rest after the first application (its take-off answered), or still in it.
          const now = t0 + into;
          let before = transition(running, { type: 'wake' }, now, quiet).session;
          if (before !== null && takeOffPending(before)) {
            before = transition(before, { type: 'ackTakeOff' }, now, quiet).session;
          }
          const a = view(before, now);
          const paused = transition(before, { type: 'pause' }, now, quiet);
          // Only a running application is never paused.
          expect(paused.error === undefined).toBe(a.phase === 'rest' || a.status === 'due');
          if (paused.error) return;
          const resumed = transition(paused.session, { type: 'resume' }, now + pausedFor, quiet);
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

/**
 * Ending the rest right after an application early ("End the rest now"): never before the
 * shortest rest we plan (`BOUNDS.rest.min`), so skipping never brings two applications closer
 * than a planned rest would; paused time does not count. In the 20/20 cycle it cannot be skipped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ms, Session, Settings } from '../../src/core';
import { BOUNDS, DEFAULT_SETTINGS, MINUTE, transition, view } from '../../src/core';
import { SKIP_REST_AFTER_MINUTES } from '../../src/core/plans';
import { apply, logsOf, started, t0 } from './helpers';

const SKIP_AFTER = SKIP_REST_AFTER_MINUTES * MINUTE;

/** True when the view offers Skip and the engine accepts it (the two must agree). */
function skippable(s: Session, now: Ms, settings: Settings = DEFAULT_SETTINGS): boolean {
  const offered = view(s, now).can.skip;
  const accepted = transition(s, { type: 'skip' }, now, settings).error === undefined;
  expect(offered).toBe(accepted);
  return accepted;
}

/** The rest right after the first application (which ran its full time from t0), taken off. */
function restAfterIce(session: Session, settings: Settings = DEFAULT_SETTINGS): Session {
  const on = apply(session, { type: 'confirm' }, t0, settings).session as Session;
  const ends = on.phaseEndsAt as Ms;
  const rest = apply(on, { type: 'wake' }, ends, settings).session;
  const off = apply(rest, { type: 'ackTakeOff' }, ends, settings).session as Session;
  expect(view(off, ends).phase).toBe('rest');
  return off;
}

describe('skipping the rest after an application', () => {
  it('is never allowed before the shortest planned rest has passed', () => {
    expect(SKIP_REST_AFTER_MINUTES).toBeGreaterThanOrEqual(BOUNDS.rest.min);
  });

  it('the 20/20 cycle: never offered during its rest, which ends with the next application due', () => {
    const rest = restAfterIce(started('guide'));
    for (let minute = 0; minute < 20; minute++) {
      expect(skippable(rest, rest.phaseStartedAt + minute * MINUTE)).toBe(false);
    }
    const after = apply(rest, { type: 'wake' }, rest.phaseStartedAt + 20 * MINUTE).session;
    expect(after?.status).toBe('due');
  });

  it('Spaced cold: from the threshold of rest on, paused time not counting', () => {
    const rest = restAfterIce(started('spaced'));
    const r0 = rest.phaseStartedAt;
    expect(skippable(rest, r0 + SKIP_AFTER - 1000)).toBe(false);
    expect(skippable(rest, r0 + SKIP_AFTER)).toBe(true);
    // Paused 5 min in for 30 min: the threshold moves 30 min later.
    const paused = apply(rest, { type: 'pause' }, r0 + 5 * MINUTE).session as Session;
    expect(skippable(paused, r0 + SKIP_AFTER)).toBe(false);
    const resumed = apply(paused, { type: 'resume' }, r0 + 35 * MINUTE).session as Session;
    expect(skippable(resumed, r0 + 30 * MINUTE + SKIP_AFTER - 1000)).toBe(false);
    const at = r0 + 30 * MINUTE + SKIP_AFTER;
    const due = apply(resumed, { type: 'skip' }, at).session as Session;
    expect(due.status).toBe('due');
    // The due application skipped too: logged, and the next rest runs.
    const r = apply(due, { type: 'skip' }, at + MINUTE);
    expect(logsOf(r.effects)).toEqual([expect.objectContaining({ outcome: 'skipped' })]);
    expect(view(r.session, at + MINUTE)).toMatchObject({ status: 'running', phase: 'rest' });
  });

  it('any custom rest: a skip is accepted exactly when the rest has run the threshold', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: BOUNDS.rest.min, max: BOUNDS.rest.max }),
        fc.integer({ min: 0, max: BOUNDS.rest.max * 60 }),
        (restMinutes, atSeconds) => {
          const custom = {
            modality: 'ice',
            applyMinutes: 15,
            restMinutes,
            windowHours: 72,
          } as const;
          const settings = { ...DEFAULT_SETTINGS, custom };
          const rest = restAfterIce(started('custom', { settings }), settings);
          const at = Math.min(atSeconds * 1000, restMinutes * MINUTE - 1000);
          // Never two applications closer than the shortest planned rest.
          expect(skippable(rest, rest.phaseStartedAt + at, settings)).toBe(
            at >= BOUNDS.rest.min * MINUTE,
          );
        },
      ),
    );
  });
});

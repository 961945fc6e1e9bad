/** The badge spec and the pack-on time tell the truth about a pending take-off and a snooze. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  type EngineEvent,
  MINUTE,
  type Session,
  transition,
} from '../../src/core';
import { badgeFor, packOnMs, view } from '../../src/core/view';

const T0 = Date.UTC(2026, 0, 5, 12);

function run(events: readonly (readonly [EngineEvent, number])[]): Session {
  let r = transition(
    null,
    { type: 'start', planId: 'guide', injuryAt: T0 - MINUTE, id: 's' },
    T0,
    DEFAULT_SETTINGS,
  );
  for (const [event, minutes] of events) {
    if (!r.session) break;
    r = transition(r.session, event, T0 + minutes * MINUTE, DEFAULT_SETTINGS);
  }
  if (!r.session || r.error) throw new Error(r.error ?? 'no session');
  return r.session;
}

describe('badgeFor', () => {
  it('says "take it off" with how long the pack has been on, until acknowledged', () => {
    const pending = run([
      [{ type: 'confirm' }, 0],
      [{ type: 'wake' }, 20],
    ]);
    expect(badgeFor(pending, T0 + 22 * MINUTE)).toMatchObject({
      phase: 'takeOff',
      minutesLeft: 22,
      modality: 'ice',
    });
    expect(packOnMs(pending, T0 + 22 * MINUTE)).toBe(22 * MINUTE);
    expect(view(pending, T0 + 22 * MINUTE).packOnMs).toBe(22 * MINUTE);
    const acked = run([
      [{ type: 'confirm' }, 0],
      [{ type: 'wake' }, 20],
      [{ type: 'ackTakeOff' }, 21],
    ]);
    expect(badgeFor(acked, T0 + 22 * MINUTE)).toMatchObject({ phase: 'rest', minutesLeft: 18 });
    expect(packOnMs(acked, T0 + 22 * MINUTE)).toBeNull();
  });

  it('counts a take-off noticed late from the application’s real end', () => {
    // The machine slept through the end (20 min) and woke at 35 min.
    const late = run([
      [{ type: 'confirm' }, 0],
      [{ type: 'wake' }, 35],
    ]);
    expect(badgeFor(late, T0 + 36 * MINUTE)).toMatchObject({ phase: 'takeOff', minutesLeft: 36 });
  });

  it('says snoozed with the minutes to the reminder, then due again', () => {
    const snoozed = run([[{ type: 'snooze', minutes: 10 }, 2]]);
    expect(badgeFor(snoozed, T0 + 4 * MINUTE)).toMatchObject({ phase: 'snoozed', minutesLeft: 8 });
    expect(badgeFor(snoozed, T0 + 12 * MINUTE)).toMatchObject({ phase: 'due', minutesLeft: null });
  });
});

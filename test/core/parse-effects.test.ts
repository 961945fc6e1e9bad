import { describe, expect, it } from 'vitest';
import { parseEffect, parseOutbox } from '../../src/core';
import { notifySpec } from '../fixtures/notify';

const due = notifySpec({ reminder: 1, lateMs: 90_000, silent: true });

describe('parseEffect (outbox replay)', () => {
  it('keeps valid effects as they were stored', () => {
    for (const effect of [
      { type: 'notify', notify: due },
      { type: 'clearNotification' },
      { type: 'badge', badge: null },
      {
        type: 'badge',
        badge: { phase: 'ice', minutesLeft: 3, cycle: 2, hour: 5, windowHours: 48, modality: null },
      },
      { type: 'pain', sessionId: 's1', stepIndex: 2, score: 0 },
      // A take-off repeat keeps how long the pack has been on; the newer badge phases replay.
      {
        type: 'notify',
        notify: notifySpec({
          kind: 'takeOff',
          reminder: 2,
          packOnMs: 1_320_000,
          requireInteraction: true,
        }),
      },
      ...(['snoozed', 'takeOff'] as const).map((phase) => ({
        type: 'badge',
        badge: { phase, minutesLeft: 8, cycle: 1, hour: 2, windowHours: 48, modality: 'ice' },
      })),
    ]) {
      expect(parseEffect(structuredClone(effect))).toEqual(effect);
    }
  });

  it('drops what does not check out, without throwing', () => {
    for (const raw of [
      null,
      'notify',
      { type: 'notify', notify: null },
      { type: 'notify', notify: { ...due, kind: 'toString' } },
      { type: 'notify', notify: { ...due, lateMs: -1 } },
      { type: 'notify', notify: { ...due, silent: 'no' } },
      { type: 'notify', notify: { ...due, packOnMs: -1 } },
      { type: 'badge', badge: { phase: 'ice', cycle: -1 } },
      { type: 'badge' },
      { type: 'pain', sessionId: 's', stepIndex: 0, score: 10.5 },
      { type: 'log', entry: null },
      { type: 'alarm', when: 5 },
      { type: 'sound', volume: 1 },
      { type: '__proto__' },
    ]) {
      expect(parseEffect(raw)).toBeNull();
    }
  });

  it('never lets a stored take-off alert be silent or leave the screen by itself', () => {
    const parsed = parseEffect({ type: 'notify', notify: { ...due, kind: 'takeOff' } });
    expect(parsed).toEqual({
      type: 'notify',
      notify: { ...due, kind: 'takeOff', silent: false, requireInteraction: true },
    });
  });

  it('parses an outbox: null when absent, the valid effects otherwise', () => {
    expect(parseOutbox(undefined)).toBeNull();
    expect(parseOutbox(null)).toEqual([]);
    expect(parseOutbox({ effects: 'x' })).toEqual([]);
    expect(parseOutbox({ effects: [{ type: 'clearNotification' }, 7] })).toEqual([
      { type: 'clearNotification' },
    ]);
  });
});

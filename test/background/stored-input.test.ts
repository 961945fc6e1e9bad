/**
 * Everything read back from storage or sent by a view is input: an outbox's effects are parsed
 * before they are replayed, and a plan id is looked up as the table's own key only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUTBOX_KEY } from '../../src/shared/storage-keys';
import type { Harness } from './harness';
import { createHarness, HOUR, MIN, t0 } from './harness';

let h: Harness;
const iceEnds = t0 + 20 * MIN;

beforeEach(async () => {
  h = createHarness();
  await h.boot();
});
afterEach(() => h.dispose());

type Outbox = { id: string; effects: Record<string, unknown>[] };

/** A worker that died after saving the end of the ice, before showing its alert. */
async function deadAfterSave(): Promise<Outbox> {
  await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
  await h.send({ type: 'confirm' });
  await h.killAt(h.browser.notifications.hangNext('create'), () => h.clock.set(iceEnds));
  return h.browser.storage.local.peek()[OUTBOX_KEY] as Outbox;
}

function withNotify(outbox: Outbox, notify: unknown): Outbox {
  return {
    ...outbox,
    effects: outbox.effects.map((e) => (e.type === 'notify' ? { ...e, notify } : e)),
  };
}

describe('outbox replay parses stored effects', () => {
  for (const [name, notify] of [
    ['a null spec', null],
    ['a forged kind', { kind: 'phish', modality: 'ice', reminder: 0, lateMs: 0 }],
    ['a forged modality', { kind: 'due', modality: 'lava', reminder: 0, lateMs: 0 }],
  ] as const) {
    it(`drops a notify with ${name}: nothing thrown, nothing shown, the rest replayed`, async () => {
      const outbox = await deadAfterSave();
      h.browser.storage.local.seed({ [OUTBOX_KEY]: withNotify(outbox, notify) });
      await h.boot();
      expect(h.errors).toEqual([]);
      expect(h.browser.notifications.created).toEqual([]);
      expect(h.browser.storage.local.peek()).not.toHaveProperty(OUTBOX_KEY);
      // The history entry and badge in the same outbox still land (the take-off is unanswered: OFF).
      expect(h.browser.storage.local.peek().history).toHaveLength(1);
      expect(h.browser.action.badgeText).toBe('OFF');
    });
  }

  it('replays a valid take-off alert, kept loud and on screen even if stored silent', async () => {
    const outbox = await deadAfterSave();
    const notify = outbox.effects.find((e) => e.type === 'notify')?.notify as object;
    h.browser.storage.local.seed({
      [OUTBOX_KEY]: withNotify(outbox, { ...notify, silent: true, requireInteraction: false }),
    });
    await h.boot();
    expect(h.errors).toEqual([]);
    expect(h.shown()).toEqual([expect.objectContaining({ title: 'Take the ice off now' })]);
    const options = h.browser.notifications.created[0]?.options;
    expect(options?.requireInteraction).toBe(true);
    expect(options).not.toHaveProperty('silent');
  });

  it('drops forged pain, badge and unknown effects alone', async () => {
    h.browser.storage.local.seed({
      [OUTBOX_KEY]: {
        id: 'x',
        effects: [
          { type: 'pain', sessionId: {}, stepIndex: 0, score: 3 },
          { type: 'pain', sessionId: 's', stepIndex: 0, score: 11 },
          { type: 'badge', badge: { phase: 'evil', cycle: 1 } },
          { type: 'sound', volume: 1 },
          { type: 'alarm', when: 1 },
          null,
          { type: 'badge', badge: null },
        ],
      },
    });
    h.browser.action.badgeText = 'old';
    await h.boot();
    expect(h.errors).toEqual([]);
    expect(h.browser.action.badgeText).toBe('');
    expect(h.browser.storage.local.peek()).toEqual({});
  });
});

describe('plan ids are looked up as own keys', () => {
  for (const planId of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
    it(`refuses "${planId}" as errorInvalidPlan, storing nothing`, async () => {
      const reply = await h.send({ type: 'start', planId, injuryAt: t0 - HOUR });
      expect(reply).toEqual({ ok: false, error: 'errorInvalidPlan' });
      expect(h.stored()).toBeNull();
      expect(h.errors).toEqual([]);
    });
  }

  it('still starts a real preset', async () => {
    const reply = await h.send({ type: 'start', planId: 'spaced', injuryAt: t0 - HOUR });
    expect(reply.ok).toBe(true);
    expect(h.stored()?.plan.id).toBe('spaced');
  });
});

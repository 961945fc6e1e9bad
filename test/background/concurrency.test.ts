import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../src/core';
import { ALARM_NAME, NOTIFICATION_ID } from '../../src/shared/storage-keys';
import type { Harness } from './harness';
import { createHarness, HOUR, MIN, t0 } from './harness';

let h: Harness;

beforeEach(async () => {
  h = createHarness();
  await h.boot();
});
afterEach(() => h.dispose());

describe('commands that arrive together', () => {
  it('serialises two starts: one wins, the other is refused, storage holds the winner', async () => {
    const [a, b] = await Promise.all([
      h.send({ type: 'start', planId: 'guide', injuryAt: t0 - HOUR }),
      h.send({ type: 'start', planId: 'heat', injuryAt: t0 - HOUR }),
    ]);
    expect(a.ok).toBe(true);
    expect(b).toEqual({ ok: false, error: 'errorAlreadyRunning' });
    const winner = a.ok ? (a.value as { session: Session }).session : null;
    expect(h.stored()).toEqual(winner);
    expect(h.stored()?.plan.id).toBe('guide');
    expect(h.browser.alarms.peek()).toHaveLength(1);
  });

  it.each([
    ['before', true],
    ['after', false],
  ])('keeps a confirm sent just %s the reminder alarm fires', async (_when, confirmFirst) => {
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - HOUR });
    const reminderAt = t0 + 5 * MIN;
    expect(h.browser.alarms.peek()).toEqual([{ name: ALARM_NAME, scheduledTime: reminderAt }]);
    await h.clock.set(reminderAt - 1);

    const confirm = (): Promise<unknown> => h.send({ type: 'confirm' });
    const tick = (): Promise<unknown> => h.clock.advance(1);
    const [first, second] = confirmFirst ? [confirm(), tick()] : [tick(), confirm()];
    const confirmed = (await (confirmFirst ? first : second)) as { ok: boolean };
    await (confirmFirst ? second : first);
    expect(confirmed.ok).toBe(true);
    // Not lost: the wake that ran alongside did not write its older view back over it.
    expect(h.stored()?.status).toBe('running');
    expect(h.browser.action.badgeText).toBe('20m');
    expect(h.browser.alarms.peek()).toHaveLength(1);
  });

  it('applies a burst of commands in arrival order', async () => {
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - HOUR });
    const replies = await Promise.all([
      h.send({ type: 'confirm' }),
      h.send({ type: 'skip' }),
      h.send({ type: 'pause' }),
      h.send({ type: 'resume' }),
      h.send({ type: 'getState' }),
    ]);
    // Each applies to the state the one before left (a pause before the skip would be refused:
    // the ice is never paused).
    expect(replies.map((r) => r.ok)).toEqual([true, true, true, true, true]);
    // confirm → skip cuts the ice short → the rest is paused and resumed: the rest runs.
    expect(h.stored()?.stepIndex).toBe(1);
    expect(h.stored()?.status).toBe('running');
    const history = h.browser.storage.local.peek().history as { outcome: string }[];
    expect(history.map((e) => e.outcome)).toEqual(['cutShort']);
  });

  it.each([
    ['popup first', true],
    ['button first', false],
  ])(
    '"Ice is on" from the popup and the alert’s button at once (%s): applied once',
    async (_o, popupFirst) => {
      await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - HOUR });
      await h.clock.set(t0 + 5 * MIN);
      expect(h.shown()).toHaveLength(1); // the due reminder, with its "Ice is on" button
      const popup = (): Promise<unknown> => h.send({ type: 'confirm' });
      const button = (): Promise<void> => h.browser.notifications.clickButton(NOTIFICATION_ID, 0);
      const [a, b] = popupFirst ? [popup(), button()] : [button(), popup()];
      const [first, second] = await Promise.all([a, b]);
      const reply = (popupFirst ? first : second) as { ok: boolean; error?: string };
      // Whichever ran second met a running ice and was refused; the first was not overwritten.
      expect(reply).toEqual(
        popupFirst
          ? expect.objectContaining({ ok: true })
          : { ok: false, error: 'errorNotAllowed' },
      );
      expect(h.stored()).toMatchObject({
        status: 'running',
        stepIndex: 0,
        phaseEndsAt: t0 + 25 * MIN,
      });
      expect(h.browser.alarms.peek()).toEqual([{ name: ALARM_NAME, scheduledTime: t0 + 6 * MIN }]);
      expect(h.browser.action.badgeText).toBe('20m');
    },
  );

  it('"Snooze" on the alert and "Stop" in the popup at once: both applied in arrival order', async () => {
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - HOUR });
    await h.clock.set(t0 + 5 * MIN);
    await Promise.all([
      h.browser.notifications.clickButton(NOTIFICATION_ID, 1),
      h.send({ type: 'stop' }),
    ]);
    // The stop came last and is what is stored: no snooze alarm left behind.
    expect(h.stored()).toBeNull();
    expect(h.browser.alarms.peek()).toEqual([]);
    expect(h.shown()).toEqual([]);
  });
});

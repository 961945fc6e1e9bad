import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALARM_NAME, NOTIFICATION_ID } from '../../src/shared/storage-keys';
import type { Harness } from './harness';
import { createHarness, HOUR, MIN, t0 } from './harness';

let h: Harness;

beforeEach(async () => {
  h = createHarness();
  await h.boot();
});
afterEach(() => h.dispose());

async function startGuide(): Promise<void> {
  const reply = await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
  expect(reply.ok).toBe(true);
}

function alarms(): { name: string; scheduledTime: number }[] {
  return h.browser.alarms.peek();
}

describe('a guide cycle through the fake browser', () => {
  it('runs due → ice → rest → due with one alarm, a live badge and replacing alerts', async () => {
    await startGuide();
    expect(h.stored()?.status).toBe('due');
    expect(h.browser.action.badgeText).toBe('ICE');
    expect(h.browser.action.title).toBe('Ice is due — put it on when ready');
    expect(alarms()).toHaveLength(1);
    // Start is a command: the person is looking at the popup, so no desktop alert yet.
    expect(h.shown()).toHaveLength(0);

    expect((await h.send({ type: 'confirm' })).ok).toBe(true);
    expect(h.browser.action.badgeText).toBe('20m');
    const iceColor = h.browser.action.badgeBackgroundColor;
    expect(h.browser.action.badgeTextColor).toBe('#ffffff');
    expect(h.browser.action.title).toBe('Ice on — 20 min left, cycle 1, 3 h of 48 h');
    // The badge's next minute boundary.
    expect(alarms()).toEqual([{ name: ALARM_NAME, scheduledTime: t0 + MIN }]);

    await h.clock.advance(MIN);
    expect(h.browser.action.badgeText).toBe('19m');
    expect(alarms()).toEqual([{ name: ALARM_NAME, scheduledTime: t0 + 2 * MIN }]);

    await h.clock.advance(19 * MIN);
    expect(h.shown()).toEqual([expect.objectContaining({ title: 'Take the ice off now' })]);
    // Until "It's off", the badge says so on red, with how long the pack has been on.
    expect(h.browser.action.badgeText).toBe('OFF');
    expect(h.browser.action.title).toBe('Take the ice off — on for 20 min');
    expect(h.browser.action.badgeBackgroundColor).not.toBe(iceColor);
    expect(alarms()).toHaveLength(1);

    await h.clock.advance(20 * MIN);
    expect(h.shown()).toEqual([expect.objectContaining({ title: 'Put the ice on' })]);
    expect(h.browser.action.badgeText).toBe('ICE');
    expect(h.stored()?.status).toBe('due');
    expect(h.errors).toEqual([]);
  });

  it('reminds six times, five minutes apart, then only the badge shows it', async () => {
    await startGuide();
    await h.send({ type: 'confirm' });
    await h.clock.advance(40 * MIN);
    const dueAt = t0 + 40 * MIN;
    const firstDue = h.browser.notifications.created.length;
    expect(h.shown()[0]?.title).toBe('Put the ice on');

    const reminders: { at: number; title: string }[] = [];
    let seen = firstDue;
    for (let i = 0; i < 12; i++) {
      await h.clock.advance(5 * MIN);
      // Notifications never stack: one id, replaced each time.
      expect(Object.keys(await h.browser.notifications.getAll()).length).toBeLessThanOrEqual(1);
      const created = h.browser.notifications.created;
      for (; seen < created.length; seen++) {
        reminders.push({ at: h.clock.now(), title: created[seen]?.options.title ?? '' });
      }
    }
    expect(reminders).toEqual(
      [1, 2, 3, 4, 5, 6].map((k) => ({
        at: dueAt + k * 5 * MIN,
        title: `Still waiting: put the ice on (reminder ${k} of 6)`,
      })),
    );
    expect(h.browser.action.badgeText).toBe('ICE');
    // After the reminders one alarm still waits for the next visible change (quiet hours or the
    // window's end), well after the last reminder.
    expect(alarms()).toHaveLength(1);
    expect(alarms()[0]?.scheduledTime).toBeGreaterThan(h.clock.now());
  });

  it('shows a late take-off alert after sleeping through the end of the ice', async () => {
    await startGuide();
    await h.send({ type: 'confirm' });
    // The machine sleeps: no alarm fires; the browser restarts and loses its alarms.
    h.browser.restart({ browserRestart: true });
    await h.clock.set(t0 + 35 * MIN);
    await h.boot();
    await h.browser.runtime.onStartup.dispatch();
    expect(h.shown()).toEqual([
      expect.objectContaining({
        title: "Ice time ended 15 min ago — take it off now if it's still on",
      }),
    ]);
    // The pack may have been on all along: the badge says so, counting from the ice's start.
    expect(h.browser.action.badgeText).toBe('OFF');
    expect(h.browser.action.title).toBe('Take the ice off — on for 35 min');
    // A full rest from when the end was noticed: the skin may have been cold all along.
    const rest = h.stored();
    expect((rest?.phaseEndsAt ?? 0) - (rest?.phaseStartedAt ?? 0)).toBe(20 * MIN);
    expect(rest?.phaseStartedAt).toBe(Date.now());
  });

  it('logs each finished application to history', async () => {
    await startGuide();
    await h.send({ type: 'confirm' });
    await h.clock.advance(20 * MIN);
    const history = h.browser.storage.local.peek().history as { outcome: string }[];
    expect(history).toEqual([
      expect.objectContaining({
        outcome: 'completed',
        modality: 'ice',
        plannedMinutes: 20,
        startedAt: t0,
        endedAt: t0 + 20 * MIN,
      }),
    ]);
  });

  it('does not re-create an unchanged alarm when the popup opens', async () => {
    await startGuide();
    await h.send({ type: 'confirm' });
    const creates = h.browser.alarms.createCalls.length;
    await h.clock.advance(20_000);
    const state = await h.send({ type: 'getState' });
    expect(state.ok).toBe(true);
    expect(h.browser.alarms.createCalls.length).toBe(creates);
    expect(alarms()).toEqual([{ name: ALARM_NAME, scheduledTime: t0 + MIN }]);
  });

  it('keeps exactly one alarm while running and none when idle or stopped', async () => {
    await h.browser.runtime.onInstalled.dispatch({ reason: 'install' });
    expect(alarms()).toEqual([]);
    expect(h.browser.action.badgeText).toBe('');

    await startGuide();
    await h.send({ type: 'confirm' });
    for (let i = 0; i < 50; i++) {
      await h.clock.advance(3 * MIN);
      expect(alarms()).toHaveLength(1);
    }
    expect(h.shown().length).toBeLessThanOrEqual(1);

    const stopped = await h.send({ type: 'stop' });
    expect(stopped).toEqual({ ok: true, value: expect.objectContaining({ session: null }) });
    expect(alarms()).toEqual([]);
    expect(h.shown()).toEqual([]);
    expect(h.browser.action.badgeText).toBe('');
    expect(h.browser.action.title).toBe('IceCycle: cold and heat timer');
    expect(h.stored()).toBeNull();
    expect(h.browser.storage.local.peek()).not.toHaveProperty('session');
  });

  it('pauses a rest with a pause badge and no alarm, and resumes with the time kept', async () => {
    await startGuide();
    await h.send({ type: 'confirm' });
    await h.clock.advance(5 * MIN);
    // Never the ice itself: a pack left on with no timer running.
    expect(await h.send({ type: 'pause' })).toEqual({ ok: false, error: 'errorNotAllowed' });
    await h.clock.advance(20 * MIN);
    // Nor a rest whose "take it off" is unanswered: that would silence its repeats.
    expect(await h.send({ type: 'pause' })).toEqual({ ok: false, error: 'errorNotAllowed' });
    expect((await h.send({ type: 'ackTakeOff' })).ok).toBe(true);
    expect((await h.send({ type: 'pause' })).ok).toBe(true);
    expect(h.browser.action.badgeText).toBe('II');
    expect(h.browser.action.title).toBe('Paused');
    expect(alarms()).toEqual([]);
    await h.clock.advance(HOUR);
    expect((await h.send({ type: 'resume' })).ok).toBe(true);
    expect(h.browser.action.badgeText).toBe('15m');
  });

  it('replies with a locale key when the engine refuses a command', async () => {
    const reply = await h.send({ type: 'confirm' });
    expect(reply).toEqual({ ok: false, error: 'errorNoSession' });
    await startGuide();
    expect(await h.send({ type: 'pause' })).toEqual({ ok: true, value: expect.anything() });
    expect(await h.send({ type: 'confirm' })).toEqual({ ok: false, error: 'errorNotAllowed' });
    expect(await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 100 * HOUR })).toEqual({
      ok: false,
      error: 'errorAlreadyRunning',
    });
  });

  it('clears the badge text when the badge setting is off, but keeps the title', async () => {
    await h.browser.storage.sync.set({ settings: { badge: false } });
    await startGuide();
    await h.send({ type: 'confirm' });
    expect(h.browser.action.badgeText).toBe('');
    expect(h.browser.action.title).toBe('Ice on — 20 min left, cycle 1, 3 h of 48 h');
  });

  it('ignores messages that are not commands and alarms that are not ours', async () => {
    await expect(h.browser.runtime.sendMessage({ type: 'nope' })).rejects.toThrow(
      /Receiving end does not exist/,
    );
    await startGuide();
    const creates = h.browser.alarms.createCalls.length;
    await h.browser.alarms.create('someone-else', { when: t0 + 1000 });
    await h.clock.advance(2000);
    expect(h.browser.alarms.createCalls.length).toBe(creates + 1);
    expect(h.browser.notifications.created).toHaveLength(0);
    expect(NOTIFICATION_ID).toBe('icecycle-phase');
  });
});

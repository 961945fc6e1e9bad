/** Coming back (idle → active): re-sync, and show a pending due reminder once. */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core';
import { NOTIFICATION_ID, SETTINGS_KEY } from '../../src/shared/storage-keys';
import type { Harness } from './harness';
import { createHarness, HOUR, MIN, t0 } from './harness';

let h: Harness;
afterEach(() => h.dispose());

/** Ice on and off, the rest ends (due), and every reminder runs out while the person is away. */
async function dueAndRemindersOver(): Promise<void> {
  await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
  await h.send({ type: 'confirm' });
  await h.clock.advance(20 * MIN);
  await h.send({ type: 'ackTakeOff' });
  await h.browser.idle.set('idle');
  await h.clock.advance(20 * MIN + 40 * MIN);
  expect(h.stored()?.status).toBe('due');
  // The person dismissed nothing; the system took the last reminder away.
  await h.browser.notifications.close(NOTIFICATION_ID, false);
}

const created = (): number => h.browser.notifications.created.length;

describe.each(['chromium', 'firefox'] as const)('%s: back from idle', (flavour) => {
  it('re-shows the due alert once per return', async () => {
    h = createHarness({ flavour });
    await h.boot();
    await dueAndRemindersOver();
    const before = created();
    await h.browser.idle.set('active');
    expect(created()).toBe(before + 1);
    expect(h.shown()).toEqual([
      expect.objectContaining({
        title: 'Put the ice on',
        message: expect.stringMatching(/min ago/),
      }),
    ]);
    // Later wakes (an alarm, the popup opening) do not repeat it.
    await h.send({ type: 'getState' });
    await h.clock.advance(10 * MIN);
    expect(created()).toBe(before + 1);
    // A new absence earns one more.
    await h.browser.idle.set(flavour === 'firefox' ? 'idle' : 'locked');
    await h.clock.advance(5 * MIN);
    await h.browser.idle.set('active');
    expect(created()).toBe(before + 2);
    expect(h.errors).toEqual([]);
  });

  it('shows nothing extra when nothing is due', async () => {
    h = createHarness({ flavour });
    await h.boot();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    await h.send({ type: 'confirm' });
    await h.browser.idle.set('idle');
    await h.clock.advance(5 * MIN);
    const before = created();
    await h.browser.idle.set('active');
    expect(created()).toBe(before);
    expect(h.stored()?.status).toBe('running');
  });
});

describe('back from idle (Chromium)', () => {
  it('when the return wake itself shows the due alert, shows it only once', async () => {
    h = createHarness();
    await h.boot();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    await h.send({ type: 'confirm' });
    await h.clock.advance(20 * MIN);
    await h.send({ type: 'ackTakeOff' });
    await h.browser.idle.set('idle');
    // The machine sleeps through the end of the rest: the alarm has not fired yet.
    h.browser.alarms.forget();
    await h.clock.advance(25 * MIN);
    expect(h.stored()?.status).toBe('running');
    const before = created();
    await h.browser.idle.set('active');
    expect(h.stored()?.status).toBe('due');
    expect(created()).toBe(before + 1);
  });

  it('stays quiet while the due application is snoozed', async () => {
    h = createHarness();
    await h.boot();
    await dueAndRemindersOver();
    await h.send({ type: 'snooze', minutes: 15 });
    const before = created();
    await h.browser.idle.set('active');
    expect(created()).toBe(before);
  });

  it('stays quiet in quiet hours', async () => {
    h = createHarness();
    // Quiet hours covering the whole test day (09:00 local onwards).
    await h.browser.storage.sync.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, quietHours: { enabled: true, start: 0, end: 1439 } },
    });
    await h.boot();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    await h.browser.idle.set('idle');
    await h.clock.advance(2 * HOUR);
    const before = created();
    await h.browser.idle.set('active');
    expect(created()).toBe(before);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { NOTIFICATION_ID } from '../../src/shared/storage-keys';
import type { Harness } from './harness';
import { createHarness, HOUR, MIN, t0 } from './harness';

let h: Harness;
afterEach(() => h.dispose());

/** Runs a guide cycle until the ice has ended and the next application is due. */
async function untilDue(): Promise<void> {
  await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
  await h.send({ type: 'confirm' });
  await h.clock.advance(40 * MIN);
}

describe('Firefox', () => {
  it('creates plain notifications (no buttons, no requireInteraction) that replace each other', async () => {
    h = createHarness({ flavour: 'firefox' });
    await h.boot();
    expect(h.browser.notifications.onButtonClicked).toBeUndefined();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    await h.send({ type: 'confirm' });
    await h.clock.advance(20 * MIN);
    expect(h.shown()).toEqual([
      {
        type: 'basic',
        iconUrl: expect.stringMatching(/^moz-extension:\/\/.+\/icons\/icon-128\.png$/),
        title: 'Take the ice off now',
        message: expect.any(String),
      },
    ]);
    await h.clock.advance(20 * MIN);
    expect(h.shown()).toEqual([expect.objectContaining({ title: 'Put the ice on' })]);
    expect(h.shown()[0]).not.toHaveProperty('buttons');
    // Firefox's schema would have thrown on a Chromium-only field: nothing was logged.
    expect(h.errors).toEqual([]);
  });

  it('opens the timer in a tab when openPopup is refused', async () => {
    h = createHarness({ flavour: 'firefox' });
    await h.boot();
    await untilDue();
    await h.browser.notifications.click(NOTIFICATION_ID);
    expect(h.browser.tabs.created).toEqual([{ url: h.browser.runtime.getURL('popup.html') }]);
    expect(h.shown()).toEqual([]);
  });
});

describe('Chromium', () => {
  it('offers "Ice is on" and "Snooze 5 min" on a due alert; the first button confirms', async () => {
    h = createHarness();
    await h.boot();
    await untilDue();
    expect(h.shown()).toEqual([
      expect.objectContaining({
        title: 'Put the ice on',
        buttons: [{ title: 'Ice is on' }, { title: 'Snooze 5 min' }],
      }),
    ]);
    await h.browser.notifications.clickButton(NOTIFICATION_ID, 0);
    expect(h.stored()?.status).toBe('running');
    expect(h.browser.action.badgeText).toBe('20m');
    expect(h.shown()).toEqual([]);
  });

  it('snoozes for 5 minutes from the second button', async () => {
    h = createHarness();
    await h.boot();
    await untilDue();
    await h.browser.notifications.clickButton(NOTIFICATION_ID, 1);
    expect(h.stored()?.snoozedUntil).toBe(h.clock.now() + 5 * MIN);
    const before = h.browser.notifications.created.length;
    await h.clock.advance(5 * MIN);
    expect(h.browser.notifications.created.length).toBe(before + 1);
  });

  it('keeps a take-off alert on screen with a "Done, it\'s off" button that acknowledges it', async () => {
    h = createHarness();
    await h.boot();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    await h.send({ type: 'confirm' });
    await h.clock.advance(20 * MIN);
    expect(h.shown()).toEqual([
      expect.objectContaining({
        title: 'Take the ice off now',
        requireInteraction: true,
        buttons: [{ title: "Done, it's off" }],
      }),
    ]);
    await h.browser.notifications.clickButton(NOTIFICATION_ID, 0);
    expect(h.stored()?.offAcked).toBe(true);
  });

  it('opens the popup when the alert is clicked', async () => {
    h = createHarness();
    await h.boot();
    await untilDue();
    await h.browser.notifications.click(NOTIFICATION_ID);
    expect(h.browser.action.popupOpens).toBe(1);
    expect(h.browser.tabs.created).toEqual([]);
  });
});

describe.each(['chromium', 'firefox'] as const)('%s: every alert pops up', (flavour) => {
  it('clears before each create, so a re-created alert is shown again, never stacked', async () => {
    h = createHarness({ flavour });
    await h.boot();
    await untilDue();
    // The person dismisses the due alert; the reminders must still pop up.
    await h.browser.notifications.close(NOTIFICATION_ID, true);
    await h.clock.advance(12 * MIN);
    const { created, popups, calls } = h.browser.notifications;
    const titles = created.map((c) => c.options.title);
    expect(titles).toEqual([
      // The take-off alert, repeated every 2 min (3 times at most) until acknowledged: each
      // repeat must pop up too, though the last one is still on screen, and says how long the
      // pack has been on.
      'Take the ice off now',
      'Take the ice off now — it has been on for 22 min',
      'Take the ice off now — it has been on for 24 min',
      'Take the ice off now — it has been on for 26 min',
      'Put the ice on',
      'Still waiting: put the ice on (reminder 1 of 6)',
      'Still waiting: put the ice on (reminder 2 of 6)',
    ]);
    expect(popups).toEqual(titles);
    const phase = calls.filter((c) => c.endsWith(`:${NOTIFICATION_ID}`));
    phase.forEach((call, i) => {
      if (call.startsWith('create:')) expect(phase[i - 1]).toBe(`clear:${NOTIFICATION_ID}`);
    });
    expect(Object.keys(h.browser.notifications.peek())).toEqual([NOTIFICATION_ID]);
  });
});

describe('auto-start', () => {
  it('says the ice started by itself, with no buttons to answer; a stray click does nothing', async () => {
    h = createHarness();
    await h.boot();
    await h.browser.storage.sync.set({ settings: { schemaVersion: 2, autoStart: true } });
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    expect(h.stored()?.status).toBe('running');
    await h.clock.advance(20 * MIN);
    await h.send({ type: 'ackTakeOff' });
    await h.clock.advance(20 * MIN);
    expect(h.shown()).toEqual([
      {
        type: 'basic',
        iconUrl: expect.any(String),
        title: 'Ice timer started — put the ice on now',
        message: "You'll get an alert when it's time to take it off.",
      },
    ]);
    const before = h.stored();
    await h.browser.notifications.clickButton(NOTIFICATION_ID, 0);
    expect(h.stored()).toEqual(before);
    expect(h.errors).toEqual([]);
  });
});

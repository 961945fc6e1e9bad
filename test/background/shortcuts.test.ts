/** The "confirm / pause" keyboard shortcut (manifest `commands`), through the fake. */
import { afterEach, describe, expect, it } from 'vitest';
import { TOGGLE_COMMAND } from '../../src/background/shortcuts';
import type { Harness } from './harness';
import { createHarness, HOUR, MIN, t0 } from './harness';

let h: Harness;
afterEach(() => h.dispose());

const press = (): Promise<void> => h.browser.commands.press(TOGGLE_COMMAND);

describe.each(['chromium', 'firefox'] as const)('%s: toggle-confirm-pause', (flavour) => {
  it('confirms when due, never pauses the ice, pauses a rest and resumes it', async () => {
    h = createHarness({ flavour });
    await h.boot();
    await press();
    expect(h.stored()).toBeNull();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    expect(h.stored()?.status).toBe('due');
    await press();
    expect(h.stored()).toMatchObject({ status: 'running', phaseEndsAt: t0 + 20 * MIN });
    await h.clock.advance(5 * MIN);
    // A running application is never paused (a pack left on with no timer): nothing happens.
    const before = h.stored();
    await press();
    expect(h.stored()).toMatchObject({ status: 'running', stepIndex: 0, pausedAt: null });
    expect(h.stored()?.phaseEndsAt).toBe(before?.phaseEndsAt);
    await h.clock.advance(15 * MIN);
    await h.send({ type: 'ackTakeOff' });
    await h.clock.advance(5 * MIN);
    await press();
    expect(h.stored()).toMatchObject({ status: 'paused', pausedStatus: 'running', stepIndex: 1 });
    await h.clock.advance(10 * MIN);
    await press();
    // Resuming keeps the 15 minutes of rest that were left.
    expect(h.stored()).toMatchObject({ status: 'running', phaseEndsAt: t0 + 50 * MIN });
    expect(h.errors).toEqual([]);
  });

  it('decides from the caught-up state: an ice that ended unnoticed is taken off, not ignored', async () => {
    h = createHarness({ flavour });
    await h.boot();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    await h.send({ type: 'confirm' });
    // The alarm is lost (e.g. the add-on reloaded): the stored state still says "ice running".
    h.browser.alarms.forget();
    await h.clock.set(t0 + 25 * MIN);
    expect(h.stored()).toMatchObject({ status: 'running', stepIndex: 0 });
    await press();
    expect(h.stored()).toMatchObject({ status: 'running', stepIndex: 1, offAcked: true });
    expect(h.browser.notifications.created.map((n) => n.options.title)).toEqual([
      "Ice time ended 5 min ago — take it off now if it's still on",
    ]);
    expect(h.errors).toEqual([]);
  });

  it('answers a pending take-off alert first ("It\'s off"), then pauses the rest', async () => {
    h = createHarness({ flavour });
    await h.boot();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    await h.send({ type: 'confirm' });
    await h.clock.advance(20 * MIN);
    expect(h.stored()).toMatchObject({ status: 'running', offAcked: false });
    await press();
    expect(h.stored()).toMatchObject({ status: 'running', offAcked: true });
    // Acknowledged: no more "take it off" repeats.
    const alerts = h.browser.notifications.created.length;
    await h.clock.advance(6 * MIN);
    expect(h.browser.notifications.created.length).toBe(alerts);
    await press();
    expect(h.stored()?.status).toBe('paused');
  });

  it('ignores commands it does not know', async () => {
    h = createHarness({ flavour });
    await h.boot();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    await h.browser.commands.press('something-else');
    expect(h.stored()?.status).toBe('due');
  });
});

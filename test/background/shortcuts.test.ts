/** The "confirm / pause" keyboard shortcut (manifest `commands`), through the fake. */
import { afterEach, describe, expect, it } from 'vitest';
import { TOGGLE_COMMAND } from '../../src/background/shortcuts';
import type { Harness } from './harness';
import { createHarness, HOUR, MIN, t0 } from './harness';

let h: Harness;
afterEach(() => h.dispose());

const press = (): Promise<void> => h.browser.commands.press(TOGGLE_COMMAND);

describe.each(['chromium', 'firefox'] as const)('%s: toggle-confirm-pause', (flavour) => {
  it('confirms when due, pauses when running, resumes when paused', async () => {
    h = createHarness({ flavour });
    await h.boot();
    await press();
    expect(h.stored()).toBeNull();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    expect(h.stored()?.status).toBe('due');
    await press();
    expect(h.stored()).toMatchObject({ status: 'running', phaseEndsAt: t0 + 20 * MIN });
    await h.clock.advance(5 * MIN);
    await press();
    expect(h.stored()).toMatchObject({ status: 'paused', pausedStatus: 'running' });
    await h.clock.advance(10 * MIN);
    await press();
    // Resuming keeps the 15 minutes that were left.
    expect(h.stored()).toMatchObject({ status: 'running', phaseEndsAt: t0 + 30 * MIN });
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

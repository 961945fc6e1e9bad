/** createBackground used directly, with injected clock, id and chime. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Background } from '../../src/background/app';
import { buttonCommand, createBackground } from '../../src/background/app';
import type { EngineEvent, Session } from '../../src/core';
import { DEFAULT_SETTINGS, transition } from '../../src/core';
import { setMessageSource } from '../../src/shared/i18n';
import type { FakeBrowser } from '../fakes';
import { asBrowser, createFakeBrowser } from '../fakes';
import { createFakeClock } from '../fakes/clock';
import { makeGetMessage } from '../helpers/messages';

const t0 = Date.UTC(2026, 0, 5, 9);
const MIN = 60_000;

let browser: FakeBrowser;
let bg: Background;
let chimes: number[];
let errors: unknown[];

beforeEach(() => {
  setMessageSource(makeGetMessage('en'));
  const clock = createFakeClock(t0);
  browser = createFakeBrowser({ clock });
  chimes = [];
  errors = [];
  bg = createBackground({
    browser: asBrowser(browser),
    now: clock.now,
    platform: 'chromium',
    randomId: () => 'session-1',
    playSound: async (volume) => {
      chimes.push(volume);
    },
    onError: (e) => errors.push(e),
  });
  browser.alarms.onAlarm.addListener(bg.onAlarm);
});
afterEach(() => vi.restoreAllMocks());

describe('createBackground', () => {
  it('uses the injected id, chimes on alerts, and records a pain score on the history entry', async () => {
    await browser.storage.sync.set({ settings: { schemaVersion: 2, soundVolume: 0.5 } });
    const started = await bg.runner.run({ type: 'start', planId: 'guide', injuryAt: t0, id: 'x' });
    expect(started.ok && started.snapshot.session?.id).toBe('x');
    await bg.runner.run({ type: 'confirm' });
    // The person takes it off early (before 10 min): skip cuts it short, asks for a pain score.
    await browser.clock.advance(5 * MIN);
    await bg.runner.run({ type: 'skip' });
    expect(chimes).toEqual([]);
    const logged = await bg.runner.run({ type: 'logPain', score: 4 });
    expect(logged.ok).toBe(true);
    const history = browser.storage.local.peek().history as { painScore: number | null }[];
    expect(history).toEqual([expect.objectContaining({ outcome: 'cutShort', painScore: 4 })]);
    // A rest ending with an alert chimes at the chosen volume.
    await browser.clock.advance(20 * MIN);
    expect(browser.notifications.peek()).not.toEqual({});
    expect(chimes).toEqual([0.5]);
    expect(errors).toEqual([]);
  });

  it("answers a command with a promise (the polyfill's contract) and leaves other messages alone", async () => {
    const reply = bg.onMessage({ type: 'getState' }, {});
    expect(reply).toBeInstanceOf(Promise);
    expect(await reply).toEqual({ ok: true, value: expect.objectContaining({ session: null }) });
    // Not a command (e.g. the chime, meant for the offscreen document): no answer from here.
    expect(bg.onMessage({ type: 'unknown' }, {})).toBeUndefined();
    expect(
      bg.onMessage({ target: 'offscreen', type: 'icecycle-chime', volume: 1 }, {}),
    ).toBeUndefined();
  });

  it('maps notification buttons from the stored state', () => {
    expect(buttonCommand(null, 0)).toBeNull();
    const guide: EngineEvent = { type: 'start', planId: 'guide', injuryAt: t0, id: 'g' };
    const at = (events: [EngineEvent, number][], settings = DEFAULT_SETTINGS): Session => {
      let session: Session | null = null;
      for (const [event, now] of events)
        session = transition(session, event, now, settings).session;
      if (session === null) throw new Error('no session');
      return session;
    };
    const due = at([[guide, t0]]);
    expect(buttonCommand(due, 0)).toEqual({ type: 'confirm' });
    expect(buttonCommand(due, 1)).toEqual({ type: 'snooze', minutes: 5 });
    expect(buttonCommand(due, 2)).toBeNull();
    // The take-off alert's "Done, it's off", while it is pending.
    const ice = at([
      [guide, t0],
      [{ type: 'confirm' }, t0],
    ]);
    const rest = at([
      [guide, t0],
      [{ type: 'confirm' }, t0],
      [{ type: 'wake' }, t0 + 20 * MIN],
    ]);
    expect(buttonCommand(rest, 0)).toEqual({ type: 'ackTakeOff' });
    expect(buttonCommand(rest, 1)).toBeNull();
    const acked = transition(rest, { type: 'ackTakeOff' }, t0 + 21 * MIN, DEFAULT_SETTINGS);
    expect(buttonCommand(acked.session, 0)).toBeNull();
    // A running application's alerts (e.g. auto-start's 'started') have no buttons.
    expect(buttonCommand(ice, 0)).toBeNull();
    const autoStarted = at([[guide, t0]], { ...DEFAULT_SETTINGS, autoStart: true });
    expect(autoStarted.status).toBe('running');
    expect(buttonCommand(autoStarted, 0)).toBeNull();
    const done = (afterWindow: 'suggestHeat' | 'none') =>
      ({ status: 'done', injuryAt: t0 - 50 * 60 * MIN, plan: { afterWindow } }) as Parameters<
        typeof buttonCommand
      >[0];
    expect(buttonCommand(done('suggestHeat'), 0, () => 'heat-1')).toEqual({
      type: 'start',
      planId: 'heat',
      injuryAt: t0 - 50 * 60 * MIN,
      id: 'heat-1',
    });
    expect(buttonCommand(done('suggestHeat'), 1)).toBeNull();
    expect(buttonCommand(done('none'), 0)).toBeNull();
  });
});

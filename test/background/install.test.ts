/** The welcome page opens on first install only; every install event re-arms from storage. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WELCOME_PAGE } from '../../src/background/app';
import { ALARM_NAME } from '../../src/shared/storage-keys';
import type { Harness } from './harness';
import { createHarness, HOUR, MIN, t0 } from './harness';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', name), 'utf8'));

let h: Harness;
afterEach(() => h.dispose());

describe.each(['chromium', 'firefox'] as const)('%s: runtime.onInstalled', (flavour) => {
  it('opens welcome.html on first install', async () => {
    h = createHarness({ flavour });
    await h.boot();
    await h.browser.runtime.onInstalled.dispatch({ reason: 'install' });
    expect(h.browser.tabs.created).toEqual([{ url: h.browser.runtime.getURL(WELCOME_PAGE) }]);
  });

  it.each(['update', flavour === 'firefox' ? 'browser_update' : 'chrome_update'])(
    'does not open it on %s, but re-arms the alarm',
    async (reason) => {
      h = createHarness({ flavour });
      await h.boot();
      await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
      await h.send({ type: 'confirm' });
      h.browser.restart({ browserRestart: true });
      await h.boot();
      // The new worker's load wake re-arms at once (index.ts); onInstalled does too, by itself.
      expect(h.browser.alarms.peek()).toHaveLength(1);
      h.browser.alarms.forget();
      await h.browser.runtime.onInstalled.dispatch({ reason, previousVersion: '0.0.9' });
      expect(h.browser.tabs.created).toEqual([]);
      expect(h.browser.alarms.peek()).toHaveLength(1);
    },
  );
});

describe('an extension update over data from version 1', () => {
  it('keeps the running v1 session, writes it back as v2 and re-arms its alarm', async () => {
    // test/fixtures/session-v1.json: the ice went on at t0 + 1 min and ends at t0 + 21 min.
    h = createHarness({ start: t0 + 10 * MIN + 30_000 });
    // An earlier session's v1 history (the fixture's own entry is for this very step).
    const oldHistory = (fixture('history-v1.json') as object[]).map((e) => ({
      ...e,
      sessionId: 'earlier',
    }));
    h.browser.storage.local.seed({ session: fixture('session-v1.json'), history: oldHistory });
    h.browser.storage.sync.seed({ settings: fixture('settings-v1.json') });
    await h.boot();
    await h.browser.runtime.onInstalled.dispatch({ reason: 'update', previousVersion: '0.1.0' });

    expect(h.stored()).toMatchObject({
      schemaVersion: 2,
      id: 'fixture-v1',
      status: 'running',
      stepIndex: 0,
      phaseStartedAt: t0 + MIN,
      phaseEndsAt: t0 + 21 * MIN,
    });
    expect(h.browser.alarms.peek()).toEqual([{ name: ALARM_NAME, scheduledTime: t0 + 11 * MIN }]);
    expect(h.browser.action.badgeText).toBe('11m');
    expect(h.browser.tabs.created).toEqual([]);
    // A migration is not damage: no notice, history and settings kept.
    expect(h.browser.storage.local.peek()).not.toHaveProperty('notice');
    expect(h.browser.storage.local.peek().history).toEqual(oldHistory);
    const state = await h.send({ type: 'getState' });
    expect(state.ok && state.value.settings).toMatchObject({ planId: 'spaced', schemaVersion: 2 });

    // And it carries on: the ice ends on time with its alert and a v2 history entry.
    await h.clock.set(t0 + 21 * MIN);
    expect(h.shown()).toEqual([expect.objectContaining({ title: 'Take the ice off now' })]);
    const history = h.browser.storage.local.peek().history as object[];
    expect(history).toEqual([
      expect.objectContaining({ schemaVersion: 2, sessionId: 'earlier', painScore: null }),
      expect.objectContaining({ schemaVersion: 2, sessionId: 'fixture-v1', outcome: 'completed' }),
    ]);
  });
});

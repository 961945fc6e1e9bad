/** The welcome page opens on first install only; every install event re-arms from storage. */
import { afterEach, describe, expect, it } from 'vitest';
import { WELCOME_PAGE } from '../../src/background/app';
import type { Harness } from './harness';
import { createHarness, HOUR, t0 } from './harness';

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
      expect(h.browser.alarms.peek()).toEqual([]);
      await h.browser.runtime.onInstalled.dispatch({ reason, previousVersion: '0.0.9' });
      expect(h.browser.tabs.created).toEqual([]);
      expect(h.browser.alarms.peek()).toHaveLength(1);
    },
  );
});

/**
 * Scenario 10 — no request from any extension context leaves the extension. Every scenario's
 * afterAll already asserts this for its own browser (expectClean), so the whole run is covered;
 * this file proves the recorder can see what it must catch (page loads, worker fetches, and a
 * request to the network), so "no foreign request" is not vacuous.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Extension, isLocalUrl, msg } from './harness';
import { clickButton, expectClean, expectPhase } from './steps';

describe('no network', () => {
  let ext: Extension;

  beforeAll(async () => {
    ext = await Extension.launch();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('a popup session and the guide make only extension-local requests', async () => {
    const popup = await ext.openPopup();
    await clickButton(popup, msg('popupStart'));
    await expectPhase(popup, msg('popupPhaseDueIce'));
    await clickButton(popup, msg('popupConfirmIce'));
    await expectPhase(popup, msg('popupPhaseIce'));
    const guide = await ext.openPage('guide.html#ice');
    await guide.waitForLoadState('load');
    await clickButton(popup, msg('popupStop'));
    await clickButton(popup, msg('popupStopYes'));
    await expect.poll(() => ext.session()).toBeNull();
    // The recorder saw the extension's own loads, so it is listening.
    expect(ext.requests).toContain(`chrome-extension://${ext.id}/popup.js`);
    expect(ext.requests).toContain(`chrome-extension://${ext.id}/guide.js`);
    expectClean(ext);
  });

  it('the recorder sees worker fetches and requests that leave (positive controls)', async () => {
    const url = `chrome-extension://${ext.id}/manifest.json`;
    await ext.bg(async (u) => {
      await fetch(u);
    }, url);
    await expect.poll(() => ext.requests.filter((r) => r === url).length).toBeGreaterThan(0);

    const outside = await ext.context.newPage();
    await outside.goto('http://127.0.0.1:9/').catch(() => undefined);
    expect(ext.foreignRequests()).toEqual(['http://127.0.0.1:9/']);
    expect(isLocalUrl('https://example.org/', ext.id)).toBe(false);
    expect(isLocalUrl('data:image/png;base64,AA', ext.id)).toBe(true);
  });
});

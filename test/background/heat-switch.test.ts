/** "Switch to heat" from the window-ended alert (Chromium button; Firefox opens the popup). */
import { afterEach, describe, expect, it } from 'vitest';
import { NOTIFICATION_ID } from '../../src/shared/storage-keys';
import type { Harness } from './harness';
import { createHarness, HOUR, MIN, t0 } from './harness';

let h: Harness;
afterEach(() => h.dispose());

/** Starts the guide plan 15 minutes before its 48 h window ends and lets the window end. */
async function untilWindowEnds(): Promise<number> {
  const injuryAt = t0 - 48 * HOUR + 15 * MIN;
  await h.send({ type: 'start', planId: 'guide', injuryAt });
  await h.clock.advance(16 * MIN);
  expect(h.stored()).toMatchObject({ status: 'done' });
  return injuryAt;
}

describe('window ended', () => {
  it('Chromium: the alert offers "Switch to heat", which starts the heat plan for the same spasm', async () => {
    h = createHarness();
    await h.boot();
    const injuryAt = await untilWindowEnds();
    expect(h.shown()).toEqual([
      expect.objectContaining({
        title: '48 h done — still sore? Switch to heat',
        buttons: [{ title: 'Switch to heat' }],
      }),
    ]);
    await h.browser.notifications.clickButton(NOTIFICATION_ID, 0);
    expect(h.stored()).toMatchObject({ status: 'due', injuryAt, plan: { id: 'heat' } });
    // The popup opens on the new plan, whose first step is "Put the heat on".
    expect(h.browser.action.popupOpens).toBe(1);
    expect(h.errors).toEqual([]);
  });

  it('Chromium: a plan with nothing after its window (custom heat) gets no button', async () => {
    h = createHarness();
    await h.boot();
    await h.send({
      type: 'start',
      planId: 'custom',
      injuryAt: t0 - 45 * MIN,
      custom: { modality: 'heat', applyMinutes: 10, restMinutes: 30, windowHours: 1 },
    });
    // A heat window counts from Start (heat may follow a spasm of any age).
    await h.clock.advance(61 * MIN);
    expect(h.stored()).toMatchObject({ status: 'done', plan: { afterWindow: 'none' } });
    expect(h.shown()).toEqual([expect.objectContaining({ title: 'Plan finished' })]);
    expect(h.shown()[0]).not.toHaveProperty('buttons');
    await h.browser.notifications.clickButton(NOTIFICATION_ID, 0);
    expect(h.stored()?.status).toBe('done');
  });

  it('Firefox: no buttons; a click opens the popup, which offers the heat plan', async () => {
    h = createHarness({ flavour: 'firefox' });
    await h.boot();
    await untilWindowEnds();
    expect(h.shown()[0]).not.toHaveProperty('buttons');
    await h.browser.notifications.click(NOTIFICATION_ID);
    expect(h.browser.tabs.created).toEqual([{ url: h.browser.runtime.getURL('popup.html') }]);
    expect(h.errors).toEqual([]);
  });
});

/**
 * Steps several scenarios share: start a plan the way the popup does, read the popup, compute
 * the instant the background must have armed, and the end-of-scenario hygiene checks.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { BADGE_COLORS } from '../../src/background/badge-content';
import { nextWakeAt, parseSettings } from '../../src/core';
import type { Session, Settings } from '../../src/core/types';
import { ALARM_NAME, SETTINGS_KEY } from '../../src/shared/storage-keys';
import { Extension, HOUR, msg, waitFor } from './harness';

export { BADGE_COLORS };

/** Sends a command over the popup's channel (runtime.sendMessage from an extension page). */
export async function send(page: Page, message: Record<string, unknown>): Promise<unknown> {
  return page.evaluate(async (m) => {
    const g = globalThis as unknown as {
      chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } };
    };
    return g.chrome.runtime.sendMessage(m);
  }, message);
}

/**
 * Starts an ice preset (the guide cycle unless told) "spasm started `hoursAgo` h ago" and
 * confirms the first ice.
 */
export async function startGuideAndConfirm(
  ext: Extension,
  hoursAgo: number,
  planId: 'guide' | 'spaced' = 'guide',
): Promise<Page> {
  const page = await ext.openPopup();
  const now = await ext.now();
  const started = (await send(page, {
    type: 'start',
    planId,
    injuryAt: now - hoursAgo * HOUR,
  })) as { ok: boolean };
  expect(started.ok).toBe(true);
  await clickButton(page, msg('popupConfirmIce'));
  await waitFor(
    'the ice to run',
    () => ext.session(),
    (s) => s?.status === 'running',
  );
  return page;
}

/** Clicks a button; one behind the popup's "More" (or "Not now…") is reached by opening it first. */
export async function clickButton(page: Page, name: string): Promise<void> {
  // As a person would: the page they click is the one in front (a hidden tab gets no frames).
  await page.bringToFront();
  const button = page.getByRole('button', { name, exact: true });
  if ((await button.count()) === 0) await openMore(page);
  await button.click();
}

/** The popup's "More" (or "Not now…") disclosure while it is closed. */
const CLOSED_MORE = 'button[aria-controls="more-actions"][aria-expanded="false"]';

/** Opens the popup's "More" (or "Not now…") disclosure, if it is closed. */
export async function openMore(page: Page): Promise<void> {
  const more = page.locator(CLOSED_MORE);
  if ((await more.count()) === 1) await more.click();
}

export async function phaseText(page: Page): Promise<string> {
  return (await page.locator('#status').innerText()).trim();
}

/** The popup's status heading, once it shows `text`. */
export async function expectPhase(page: Page, text: string): Promise<void> {
  await expect.poll(() => phaseText(page), { timeout: 5_000 }).toContain(text);
}

/** The settings the background uses: storage.sync first, else storage.local (state-store.ts). */
export async function settingsOf(ext: Extension): Promise<Settings> {
  const synced = (await ext.syncStorage())[SETTINGS_KEY];
  const raw = synced !== undefined ? synced : (await ext.storage())[SETTINGS_KEY];
  return parseSettings(raw).value;
}

/**
 * The one alarm must be pending at the instant the engine defines for the stored session, as
 * of the wake that stored it (`lastSeenAt`). Returns that instant.
 */
export async function expectOneAlarmAsEngineSays(ext: Extension): Promise<number | null> {
  const session = await ext.session();
  const settings = await settingsOf(ext);
  const alarms = await ext.alarms();
  const seen = (session as (Session & { lastSeenAt?: number }) | null)?.lastSeenAt;
  const expected =
    session === null || seen === undefined ? null : nextWakeAt(session, seen, settings);
  if (expected === null) {
    expect(alarms).toEqual([]);
  } else {
    expect(alarms).toHaveLength(1);
    expect(alarms[0]?.name).toBe(ALARM_NAME);
    expect(Math.round(alarms[0]?.scheduledTime ?? 0)).toBe(Math.round(expected));
  }
  return expected;
}

/** No console error in any extension context and no request left the extension. */
export function expectClean(ext: Extension): void {
  expect(ext.errors, 'console errors in extension contexts').toEqual([]);
  expect(ext.foreignRequests(), 'requests that left the extension').toEqual([]);
}

/**
 * One fresh browser with the extension for a `describe` block: launched before its tests (the
 * day starting at `startHour` local time), checked clean (no console errors, no outside requests)
 * and closed after them. `onLaunch` hands the extension to the block.
 */
export function useExtension(onLaunch: (ext: Extension) => void, startHour = 12): void {
  let launched: Extension | undefined;
  beforeAll(async () => {
    launched = await Extension.launch();
    await launched.startDayAt(startHour);
    onLaunch(launched);
  });
  afterAll(async () => {
    if (launched) expectClean(launched);
    await launched?.close();
  });
}

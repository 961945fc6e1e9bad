/**
 * Scenarios 14 and 15, sharing one browser (14 leaves the session 15 needs):
 * 14 — stored data corrupted through the worker (settings not an object, history with broken
 *      entries among valid ones, a valid running session), then the popup opened: one notice,
 *      the running session intact, every valid history entry kept, settings back to defaults.
 * 15 — an extension update simulated by `runtime.reload()` mid-session: the new worker keeps the
 *      session and re-arms its alarm (cleared before the reload, as Chrome does on an update,
 *      so the alarm seen afterwards can only come from the extension), badge right, no alert
 *      and no welcome tab.
 *
 * Time: real clock; nothing here waits for a phase to end. The plan is Spaced cold: the rest after
 * the first ice (100 min) can be skipped only once the shortest planned rest (20 min) has run, so
 * the stored session is moved that long into the past (stored-time.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseHistory } from '../../src/core';
import { SKIP_REST_AFTER_MINUTES } from '../../src/core/plans';
import type { HistoryEntry, Session } from '../../src/core/types';
import { ALARM_NAME } from '../../src/shared/storage-keys';
import { Extension, MINUTE, msg, waitFor } from './harness';
import {
  BADGE_COLORS,
  clickButton,
  expectClean,
  expectOneAlarmAsEngineSays,
  expectPhase,
  openMore,
  send,
  startGuideAndConfirm,
} from './steps';
import { shiftSession } from './stored-time';

/** The session as it matters to a person: everything but the last wake's instant. */
const essence = (s: Session | null): unknown => (s ? { ...s, lastSeenAt: 0 } : s);

describe('corrupt storage and an update', () => {
  let ext: Extension;
  let valid: HistoryEntry[] = [];

  beforeAll(async () => {
    // Developer mode, or Chromium disables the unpacked extension when it reloads itself.
    ext = await Extension.launch({ developerMode: true });
  });
  afterAll(async () => {
    if (ext) expectClean(ext);
    await ext?.close();
  });

  it('14: corrupt settings and history → one notice; session and valid history kept', async () => {
    // A session with history: the ice cut short, the next one skipped; a rest runs now.
    const popup = await startGuideAndConfirm(ext, 3, 'spaced');
    const skip = async (): Promise<boolean> =>
      ((await send(popup, { type: 'skip' })) as { ok: boolean }).ok;
    expect(await skip()).toBe(true);
    // The pain question comes first; "Not now" goes on to the rest.
    await expectPhase(popup, msg('popupPainQuestion'));
    await clickButton(popup, msg('popupPainNotNow'));
    // The rest right after an application cannot be skipped before the threshold: no Skip
    // button, and a skip sent anyway is refused.
    await expectPhase(popup, msg('popupPhaseRest'));
    await openMore(popup);
    await expect
      .poll(() => popup.getByRole('button', { name: msg('popupPause'), exact: true }).count())
      .toBe(1);
    expect(
      await popup.getByRole('button', { name: msg('popupSkipRest'), exact: true }).count(),
    ).toBe(0);
    expect(await skip()).toBe(false);
    // The threshold's minutes of rest pass (stored-session shift: the real clock runs here).
    const rest = (await ext.session()) as Session;
    await ext.writeStorage({
      session: shiftSession(rest, -(SKIP_REST_AFTER_MINUTES * MINUTE + 1_000)),
    });
    expect(await skip()).toBe(true);
    expect(await skip()).toBe(true);
    await popup.close();
    const session = (await ext.session()) as Session;
    expect([session.status, session.stepIndex]).toEqual(['running', 3]);
    valid = (await ext.storage()).history as HistoryEntry[];
    expect(valid.map((h) => h.outcome)).toEqual(['cutShort', 'skipped']);
    const [first, second] = valid;

    // Corrupted through the worker, as a broken profile or a bad write would leave it.
    await ext.bg(
      async (items) => {
        const g = globalThis as unknown as {
          chrome: {
            storage: {
              local: { set(v: object): Promise<void> };
              sync: { set(v: object): Promise<void> };
            };
          };
        };
        await g.chrome.storage.sync.set({ settings: items.settings });
        await g.chrome.storage.local.set({ history: items.history });
      },
      {
        settings: 'garbage',
        history: [
          first,
          { sessionId: 42, outcome: 'exploded' },
          'junk',
          null,
          { ...second, outcome: 'exploded' },
          second,
        ],
      },
    );
    const damaged = await ext.session();

    const opened = await ext.openPopup();
    const notice = opened.getByRole('status').filter({ hasText: msg('popupNoticeStorageReset') });
    await expect.poll(() => notice.count()).toBe(1);
    // The running session is untouched, and the popup shows it.
    await expectPhase(opened, msg('popupPhaseRest'));
    expect(essence(await ext.session())).toEqual(essence(damaged));
    const badge = await ext.badge();
    expect(badge.color).toBe(BADGE_COLORS.rest);
    await expectOneAlarmAsEngineSays(ext);
    // Settings are back to valid defaults where they live; every valid history entry is kept.
    expect((await ext.syncStorage()).settings).toEqual(DEFAULT_SETTINGS);
    expect(parseHistory((await ext.storage()).history).value).toEqual(valid);
    expect((await ext.storage()).notice).toBe('storageReset');

    // The options page lists the two valid applications, nothing broken.
    const options = await ext.openPage('options.html');
    const rows = options.locator('table.history tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const text = await options.locator('table.history').first().innerText();
    expect(text).toContain(msg('optionsOutcomeCutShort'));
    expect(text).toContain(msg('optionsOutcomeSkipped'));
    await options.close();

    // Dismissed once, it is gone for good.
    await clickButton(opened, msg('popupDismiss'));
    await expect.poll(() => notice.count()).toBe(0);
    expect((await ext.storage()).notice).toBeUndefined();
    await opened.close();
    const again = await ext.openPopup();
    await expectPhase(again, msg('popupPhaseRest'));
    expect(await again.getByText(msg('popupNoticeStorageReset')).count()).toBe(0);
    await again.close();
  });

  it('15: runtime.reload() mid-session keeps the session and re-arms the alarm', async () => {
    // The install's welcome tab is closed, so any welcome tab afterwards is a new one.
    await (await ext.welcomePage()).close();
    const before = (await ext.session()) as Session;
    const cleared = await ext.bg(async (name) => {
      const g = globalThis as unknown as {
        chrome: { alarms: { clear(n: string): Promise<boolean> } };
      };
      return g.chrome.alarms.clear(name);
    }, ALARM_NAME);
    expect(cleared).toBe(true);
    const oldWorker = ext.worker;

    await ext.reloadExtension();
    expect(ext.worker).not.toBe(oldWorker);
    // onInstalled (reason "update") re-derives the state and re-arms the one alarm.
    await waitFor(
      'the alarm to be re-armed',
      () => ext.alarms(),
      (a) => a.length > 0,
    );
    await ext.settle();
    expect(essence(await ext.session())).toEqual(essence(before));
    // Every valid application is still there (the update's wake may also drop the broken ones).
    expect(parseHistory((await ext.storage()).history).value).toEqual(valid);
    await expectOneAlarmAsEngineSays(ext);
    const badge = await ext.badge();
    expect(badge.color).toBe(BADGE_COLORS.rest);
    // Spaced cold's rest: over an hour left shows whole hours, under one, minutes.
    const minutesLeft = Math.ceil(((before.phaseEndsAt ?? 0) - Date.now()) / 60_000);
    const countdown = (m: number): string =>
      m < 60 ? msg('backgroundBadgeMinutes', m) : msg('backgroundBadgeHours', Math.floor(m / 60));
    expect([minutesLeft, minutesLeft + 1].map(countdown)).toContain(badge.text);
    // An update is not a first install and not a phase change: no tab, no alert.
    expect(ext.context.pages().map((p) => p.url())).not.toContain(
      `chrome-extension://${ext.id}/welcome.html`,
    );
    expect(await ext.shownNotifications()).toEqual([]);

    const popup = await ext.openPopup();
    await expectPhase(popup, msg('popupPhaseRest'));
    expect(await popup.locator('header').innerText()).toContain(msg('popupCycle', 2));
  });
});

/**
 * Scenario 7 — the browser restarts with the same profile mid-session: the session resumes, its
 * alarm is re-armed and the badge is right.
 *
 * Time: real clock (a new browser has no shifted clock). Before closing, the test clears the
 * extension's alarm, as Firefox (alarms live in memory) or a Chrome update would: so the alarm
 * seen after the restart can only come from the extension re-arming it on start-up.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/core/types';
import { ALARM_NAME } from '../../src/shared/storage-keys';
import { Extension, MINUTE, msg, waitFor } from './harness';
import {
  BADGE_COLORS,
  expectClean,
  expectOneAlarmAsEngineSays,
  expectPhase,
  startGuideAndConfirm,
} from './steps';

describe('browser restart', () => {
  let ext: Extension | undefined;

  afterAll(async () => {
    if (ext) expectClean(ext);
    await ext?.close();
  });

  it('resumes the session, re-arms the alarm and sets the badge after a restart', async () => {
    const first = await Extension.launch({ keepProfile: true });
    await startGuideAndConfirm(first, 2);
    const before = (await first.session()) as Session;
    const cleared = await first.bg(async (name) => {
      const g = globalThis as unknown as {
        chrome: { alarms: { clear(n: string): Promise<boolean> } };
      };
      return g.chrome.alarms.clear(name);
    }, ALARM_NAME);
    expect(cleared).toBe(true);
    expectClean(first);
    const profile = first.userDataDir;
    await first.close();

    ext = await Extension.launch({ userDataDir: profile });
    const again = ext;
    // Start-up (runtime.onStartup) re-derives the state and re-arms the one alarm.
    await waitFor(
      'the alarm to be re-armed',
      () => again.alarms(),
      (a) => a.length > 0,
    );
    // The alarm is armed before the save; the badge comes after it.
    await ext.settle();
    const after = (await ext.session()) as Session;
    expect({ ...after, lastSeenAt: 0 }).toEqual({ ...before, lastSeenAt: 0 });
    await expectOneAlarmAsEngineSays(ext);
    const minutesLeft = Math.ceil(((after.phaseEndsAt ?? 0) - Date.now()) / MINUTE);
    const badge = await ext.badge();
    expect([minutesLeft, minutesLeft + 1].map((m) => msg('backgroundBadgeMinutes', m))).toContain(
      badge.text,
    );
    expect(badge.color).toBe(BADGE_COLORS.ice);
    // A restart is not an event a person needs to hear about: no alert. (Whether the welcome
    // tab opens again cannot be checked here: Chromium re-installs a --load-extension extension
    // at every launch, onInstalled reason "install"; README.md. reliability.e2e.ts checks that
    // an update opens none.)
    expect(await ext.shownNotifications()).toEqual([]);

    const popup = await ext.openPopup();
    await expectPhase(popup, msg('popupPhaseIce'));
    // Started "2 h ago" a few seconds before: whole hours since the spasm.
    expect(await popup.locator('main').innerText()).toContain(msg('popupHourOf', [2, 48]));
  });
});

/**
 * Storage that keeps failing. The first failed save is retried quietly (it may be a blip); a
 * second one in a row shows the trouble: "!" on the badge, a title that says IceCycle cannot
 * save, and one notification. Saving is retried by an alarm with backoff, as the worker may die
 * meanwhile; the alarm's period is the only memory of the trouble, so it survives the worker.
 * A clock that cannot be right shows the same "!" with its own title (runner.ts).
 */
import { t } from '../shared/i18n';
import { BADGE_COLORS, BADGE_TEXT_COLOR } from './badge-content';
import type { BrowserApi } from './browser-api';
import { NOTIFICATION_ICON } from './effects';

/** Wakes the runner to retry the save (a second alarm: the engine's own keeps its instant). */
export const RETRY_ALARM = 'icecycle-retry';
/** Its own id: never replaces a take-off alert on screen. */
export const TROUBLE_NOTIFICATION_ID = 'icecycle-storage';
/** 30 s is the shortest alarm Chrome allows; doubled after each failure up to 16 min. */
export const FIRST_RETRY_MINUTES = 0.5;
export const MAX_RETRY_MINUTES = 16;

export interface SaveTrouble {
  /** A save (or the read before it) failed: retry, and show the trouble if it persists. */
  failed(): Promise<void>;
  /** A save worked: no more retries; the event's own badge effect then replaces the "!". */
  recovered(): Promise<void>;
  /** The clock cannot be right: "!" and a title saying IceCycle waits for it. */
  clockWrong(): Promise<void>;
}

export function createSaveTrouble(browser: BrowserApi): SaveTrouble {
  async function show(title: string): Promise<void> {
    await browser.action.setBadgeBackgroundColor({ color: BADGE_COLORS.due });
    await browser.action.setBadgeTextColor?.({ color: BADGE_TEXT_COLOR });
    await browser.action.setBadgeText({ text: '!' });
    await browser.action.setTitle({ title });
  }

  async function tell(): Promise<void> {
    await browser.notifications.create(TROUBLE_NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: browser.runtime.getURL(NOTIFICATION_ICON),
      title: t('backgroundCannotSaveAlertTitle'),
      message: t('backgroundCannotSaveAlertBody'),
    });
  }

  return {
    async failed() {
      const period = (await browser.alarms.get(RETRY_ALARM))?.periodInMinutes;
      if (period === undefined) {
        await browser.alarms.create(RETRY_ALARM, { periodInMinutes: FIRST_RETRY_MINUTES });
        return;
      }
      await show(t('backgroundCannotSaveTitle'));
      // Told once: only when the trouble first shows (the period then leaves its first value).
      if (period === FIRST_RETRY_MINUTES) await tell();
      const next = Math.min(period * 2, MAX_RETRY_MINUTES);
      if (next !== period) await browser.alarms.create(RETRY_ALARM, { periodInMinutes: next });
    },
    async recovered() {
      if (!(await browser.alarms.clear(RETRY_ALARM))) return;
      await browser.notifications.clear(TROUBLE_NOTIFICATION_ID);
    },
    clockWrong: () => show(t('backgroundClockFaultTitle')),
  };
}

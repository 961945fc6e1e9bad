/**
 * The one place engine effects become browser calls. Exhaustive: a new Effect type is a compile
 * error here until it is handled.
 */
import type { BadgeSpec, Effect, NotifySpec, Settings } from '../core';
import { t } from '../shared/i18n';
import { ALARM_NAME, NOTIFICATION_ID } from '../shared/storage-keys';
import { BADGE_TEXT_COLOR, badgeContent, idleTitle } from './badge-content';
import type { BrowserApi, NotificationOptions, Platform } from './browser-api';
import { notificationContent } from './notification-content';
import type { PlaySound } from './sound';
import type { StateStore } from './state-store';

export const NOTIFICATION_ICON = 'icons/icon-128.png';

export const DUE_SNOOZE_MINUTES = 5;

export interface EffectDeps {
  readonly browser: BrowserApi;
  readonly platform: Platform;
  readonly playSound: PlaySound;
  /** The store writes history (it is the one writer of stored data). */
  readonly history: Pick<StateStore, 'logHistory' | 'setPainScore'>;
}

/**
 * How an effect is performed. `early`: an alarm armed before its state is saved may only move
 * earlier (the stored state still needs its own moment if the worker dies before the save).
 * `replay`: finishing the outbox of a worker that died, so only what is not yet done.
 */
export type PerformMode = 'early' | 'replay';

export type PerformEffect = (
  effect: Effect,
  settings: Settings,
  mode?: PerformMode,
) => Promise<void>;

/** Buttons and requireInteraction exist on Chromium only; Firefox rejects them (PLATFORM.md §4). */
export function supportsButtons(browser: BrowserApi, platform: Platform): boolean {
  return platform === 'chromium' && browser.notifications.onButtonClicked !== undefined;
}

export function createEffectPerformer(deps: EffectDeps): PerformEffect {
  const { browser } = deps;
  const buttons = supportsButtons(browser, deps.platform);

  async function alarm(when: number | null, early: boolean): Promise<void> {
    const at = (await browser.alarms.get(ALARM_NAME))?.scheduledTime;
    // Re-creating an identical alarm on every wake would push it back; arm only on change.
    if (at === when || (early && at !== undefined && (when === null || at < when))) return;
    if (when === null) await browser.alarms.clear(ALARM_NAME);
    else await browser.alarms.create(ALARM_NAME, { when });
  }

  async function notify(spec: NotifySpec, settings: Settings, replay: boolean): Promise<void> {
    // Replayed: the dead worker may have shown it already; never alert twice.
    if (replay && NOTIFICATION_ID in (await browser.notifications.getAll())) return;
    const content = notificationContent(spec, settings.reminderMaxCount);
    const options: NotificationOptions = {
      type: 'basic',
      iconUrl: browser.runtime.getURL(NOTIFICATION_ICON),
      title: content.title,
      message: content.message,
    };
    // Buttons, requireInteraction and silent are Chromium-only: Firefox's schema rejects them.
    if (buttons) {
      if (spec.kind === 'due') {
        const confirm =
          spec.modality === 'heat' ? 'backgroundButtonConfirmHeat' : 'backgroundButtonConfirmIce';
        options.buttons = [{ title: t(confirm) }, { title: t('backgroundButtonSnooze') }];
      } else if (spec.kind === 'takeOff') {
        options.buttons = [{ title: t('backgroundButtonOff') }];
      } else if (spec.kind === 'windowEnded' && spec.afterWindow === 'suggestHeat') {
        // Firefox has no buttons: there a click opens the popup, which offers the heat plan.
        options.buttons = [{ title: t('backgroundButtonSwitchHeat') }];
      }
      if (spec.requireInteraction) options.requireInteraction = true;
      if (spec.silent) options.silent = true;
    }
    // One id for every alert, so a new one replaces the last instead of stacking. Cleared
    // first: Chrome may not show one re-created under the id of an alert the person dismissed
    // (GoogleChrome/developer.chrome.com#4349), and a cleared one pops up again.
    await browser.notifications.clear(NOTIFICATION_ID);
    await browser.notifications.create(NOTIFICATION_ID, options);
  }

  async function badge(spec: BadgeSpec | null, settings: Settings): Promise<void> {
    if (spec === null) {
      await browser.action.setBadgeText({ text: '' });
      await browser.action.setTitle({ title: idleTitle() });
      return;
    }
    const content = badgeContent(spec);
    if (settings.badge) {
      await browser.action.setBadgeBackgroundColor({ color: content.color });
      // Firefox auto-contrasts, Chrome defaults to white; set it where it exists (PLATFORM.md §6).
      await browser.action.setBadgeTextColor?.({ color: BADGE_TEXT_COLOR });
    }
    await browser.action.setBadgeText({ text: settings.badge ? content.text : '' });
    await browser.action.setTitle({ title: content.title });
  }

  return async (effect, settings, mode) => {
    switch (effect.type) {
      case 'alarm':
        return alarm(effect.when, mode === 'early');
      case 'notify':
        return notify(effect.notify, settings, mode === 'replay');
      case 'clearNotification':
        await browser.notifications.clear(NOTIFICATION_ID);
        return;
      case 'badge':
        return badge(effect.badge, settings);
      case 'log':
        return deps.history.logHistory(effect.entry);
      case 'pain':
        return deps.history.setPainScore(effect.sessionId, effect.stepIndex, effect.score);
      case 'sound':
        return deps.playSound(effect.volume);
      default:
        // Exhaustive: a new Effect type fails to compile here until it is handled.
        effect satisfies never;
    }
  };
}

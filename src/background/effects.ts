/**
 * The one place engine effects become browser calls. Exhaustive: a new Effect type is a compile
 * error here until it is handled.
 */
import type { BadgeSpec, Effect, HistoryEntry, NotifySpec, Settings } from '../core';
import { HISTORY_CAP, parseHistory } from '../core';
import { t } from '../shared/i18n';
import { ALARM_NAME, HISTORY_KEY, NOTIFICATION_ID } from '../shared/storage-keys';
import { BADGE_TEXT_COLOR, badgeContent, idleTitle } from './badge-content';
import type { BrowserApi, NotificationOptions, Platform } from './browser-api';
import { notificationContent } from './notification-content';
import type { PlaySound } from './sound';

export const NOTIFICATION_ICON = 'icons/icon-128.png';

export const DUE_SNOOZE_MINUTES = 5;

export interface EffectDeps {
  readonly browser: BrowserApi;
  readonly platform: Platform;
  /** Called when history turned out damaged and was repaired while appending. */
  readonly onHistoryReset: () => Promise<void>;
  readonly playSound: PlaySound;
}

export type PerformEffect = (effect: Effect, settings: Settings) => Promise<void>;

function assertNever(value: never): never {
  throw new Error(`unhandled effect ${JSON.stringify(value)}`);
}

/** Buttons and requireInteraction exist on Chromium only; Firefox rejects them (PLATFORM.md §4). */
export function supportsButtons(browser: BrowserApi, platform: Platform): boolean {
  return platform === 'chromium' && browser.notifications.onButtonClicked !== undefined;
}

export function createEffectPerformer(deps: EffectDeps): PerformEffect {
  const { browser } = deps;
  const buttons = supportsButtons(browser, deps.platform);

  async function alarm(when: number | null): Promise<void> {
    if (when === null) {
      await browser.alarms.clear(ALARM_NAME);
      return;
    }
    // Re-creating an identical alarm on every wake would push it back; arm only on change.
    const existing = await browser.alarms.get(ALARM_NAME);
    if (existing?.scheduledTime === when) return;
    await browser.alarms.create(ALARM_NAME, { when });
  }

  async function notify(spec: NotifySpec, settings: Settings): Promise<void> {
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
    // One id for every alert, so a new one replaces the last instead of stacking.
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

  async function log(entry: HistoryEntry): Promise<void> {
    const stored = await browser.storage.local.get(HISTORY_KEY);
    const raw = stored[HISTORY_KEY];
    const parsed = parseHistory(raw);
    if (raw !== undefined && parsed.reset) await deps.onHistoryReset();
    const next = [...parsed.value, entry].slice(-HISTORY_CAP);
    await browser.storage.local.set({ [HISTORY_KEY]: next });
  }

  async function pain(sessionId: string, stepIndex: number, score: number): Promise<void> {
    const stored = await browser.storage.local.get(HISTORY_KEY);
    const history = parseHistory(stored[HISTORY_KEY]).value;
    const next = history.map((e) =>
      e.sessionId === sessionId && e.stepIndex === stepIndex ? { ...e, painScore: score } : e,
    );
    await browser.storage.local.set({ [HISTORY_KEY]: next });
  }

  return async (effect, settings) => {
    switch (effect.type) {
      case 'alarm':
        return alarm(effect.when);
      case 'notify':
        return notify(effect.notify, settings);
      case 'clearNotification':
        await browser.notifications.clear(NOTIFICATION_ID);
        return;
      case 'badge':
        return badge(effect.badge, settings);
      case 'log':
        return log(effect.entry);
      case 'pain':
        return pain(effect.sessionId, effect.stepIndex, effect.score);
      case 'sound':
        return deps.playSound(effect.volume);
      default:
        return assertNever(effect);
    }
  };
}

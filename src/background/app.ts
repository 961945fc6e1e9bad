/**
 * Builds the background from its dependencies, so tests run it over the fake browser and a fake
 * clock. index.ts wires the real ones and registers the listeners returned here.
 */
import type { EngineEvent, Session } from '../core';
import { isMessage } from '../shared/messages';
import { ALARM_NAME, NOTIFICATION_ID } from '../shared/storage-keys';
import type { Alarm, BrowserApi, InstalledDetails, MessageListener, Platform } from './browser-api';
import { createEffectPerformer, DUE_SNOOZE_MINUTES } from './effects';
import { createHandlers, dispatch } from './handlers';
import { openTimer } from './open-timer';
import type { Runner } from './runner';
import { createRunner } from './runner';
import type { PlaySound } from './sound';
import { createChimePlayer } from './sound';
import { createStateStore } from './state-store';
import { showTestAlert } from './test-alert';

export interface BackgroundDeps {
  readonly browser: BrowserApi;
  readonly now: () => number;
  readonly platform: Platform;
  readonly randomId?: () => string;
  /** Plays the chime; defaults to the platform's way (sound.ts). */
  readonly playSound?: PlaySound;
  readonly onError?: (error: unknown) => void;
}

export interface Background {
  readonly runner: Runner;
  readonly onInstalled: (details: InstalledDetails) => Promise<void>;
  readonly onStartup: () => Promise<void>;
  readonly onAlarm: (alarm: Alarm) => Promise<void>;
  readonly onMessage: MessageListener;
  readonly onNotificationClicked: (id: string) => Promise<void>;
  readonly onNotificationButtonClicked: (id: string, buttonIndex: number) => Promise<void>;
}

/** What a notification button means for the state its alert was shown for (effects.ts). */
export function buttonCommand(session: Session | null, buttonIndex: number): EngineEvent | null {
  if (session === null) return null;
  if (session.status === 'due') {
    return buttonIndex === 0
      ? { type: 'confirm' }
      : buttonIndex === 1
        ? { type: 'snooze', minutes: DUE_SNOOZE_MINUTES }
        : null;
  }
  return buttonIndex === 0 ? { type: 'ackTakeOff' } : null;
}

export function createBackground(deps: BackgroundDeps): Background {
  const { browser } = deps;
  const onError = deps.onError ?? ((error: unknown) => console.error('IceCycle:', error));
  const store = createStateStore(browser);
  const performEffect = createEffectPerformer({
    browser,
    platform: deps.platform,
    onHistoryReset: () => store.setNotice('storageReset'),
    playSound: deps.playSound ?? createChimePlayer(browser, deps.platform),
  });
  const runner = createRunner({ store, performEffect, now: deps.now, onError });
  const handlers = createHandlers({
    runner,
    randomId: deps.randomId ?? (() => crypto.randomUUID()),
    testAlert: () => showTestAlert(browser),
  });

  // Alarms are not durable (Firefox keeps them in memory; Chrome clears them on update), so
  // start-up and install re-derive state and re-arm the alarm (PLATFORM.md §2).
  const wake = async (): Promise<void> => {
    await runner.run({ type: 'wake' });
  };

  return {
    runner,
    onInstalled: wake,
    onStartup: wake,
    onAlarm: async (alarm) => {
      if (alarm.name === ALARM_NAME) await wake();
    },
    onMessage: (message, _sender, sendResponse) => {
      if (!isMessage(message)) return undefined;
      // sendResponse + `true` works natively in Chrome and Firefox and through the polyfill;
      // a returned promise does not in Chrome before 144 without the polyfill (PLATFORM.md §8).
      dispatch(handlers, message).then(sendResponse);
      return true;
    },
    onNotificationClicked: async (id) => {
      if (id !== NOTIFICATION_ID) return;
      await openTimer(browser);
      await browser.notifications.clear(NOTIFICATION_ID);
    },
    onNotificationButtonClicked: async (id, buttonIndex) => {
      if (id !== NOTIFICATION_ID) return;
      // The buttons on screen belong to the stored state (a due or a take-off alert); a refused
      // command (e.g. already answered in the popup) needs no reply here.
      await runner.runFor((session) => buttonCommand(session, buttonIndex));
    },
  };
}

/**
 * Builds the background from its dependencies, so tests run it over the fake browser and a fake
 * clock. index.ts wires the real ones and registers the listeners returned here.
 */
import type { EngineEvent, Session } from '../core';
import { takeOffPending } from '../core';
import type { Message } from '../shared/messages';
import { ALARM_NAME, NOTIFICATION_ID } from '../shared/storage-keys';
import type {
  Alarm,
  BrowserApi,
  IdleState,
  InstalledDetails,
  MessageListener,
  Platform,
} from './browser-api';
import { createEffectPerformer, DUE_SNOOZE_MINUTES } from './effects';
import { createHandlers, dispatch } from './handlers';
import { openTimer } from './open-timer';
import { returnReminder } from './return-reminder';
import type { Runner } from './runner';
import { createRunner, WAKE } from './runner';
import { createSaveTrouble, RETRY_ALARM } from './save-trouble';
import { TOGGLE_COMMAND, toggleEvent } from './shortcuts';
import type { PlaySound } from './sound';
import { createChimePlayer } from './sound';
import { createStateStore } from './state-store';
import { showTestAlert } from './test-alert';

/** The page opened once, on first install (not on updates). */
export const WELCOME_PAGE = 'welcome.html';

export interface BackgroundDeps {
  readonly browser: BrowserApi;
  readonly now: () => number;
  readonly platform: Platform;
  readonly randomId?: () => string;
  /** Plays the chime; defaults to the platform's way (sound.ts). */
  readonly playSound?: PlaySound;
  readonly onError?: (error: unknown) => void;
  /** How long a storage or browser call may stay pending (runner.ts); tests shorten it. */
  readonly callTimeoutMs?: number;
}

export interface Background {
  readonly runner: Runner;
  readonly onInstalled: (details: InstalledDetails) => Promise<void>;
  readonly onStartup: () => Promise<void>;
  readonly onAlarm: (alarm: Alarm) => Promise<void>;
  readonly onMessage: MessageListener;
  readonly onNotificationClicked: (id: string) => Promise<void>;
  readonly onNotificationButtonClicked: (id: string, buttonIndex: number) => Promise<void>;
  readonly onCommand: (command: string) => Promise<void>;
  readonly onIdleStateChanged: (state: IdleState) => Promise<void>;
}

/** What a notification button means for the state its alert was shown for (effects.ts). */
export function buttonCommand(
  session: Session | null,
  buttonIndex: number,
  newId: () => string = () => crypto.randomUUID(),
): EngineEvent | null {
  if (session === null) return null;
  if (session.status === 'done') {
    // "Switch to heat" on the window-ended alert: the heat plan has no window, so the same
    // spasm's onset is accepted however long ago it was.
    return session.plan.afterWindow === 'suggestHeat' && buttonIndex === 0
      ? { type: 'start', planId: 'heat', injuryAt: session.injuryAt, id: newId() }
      : null;
  }
  if (session.status === 'due') {
    return buttonIndex === 0
      ? { type: 'confirm' }
      : buttonIndex === 1
        ? { type: 'snooze', minutes: DUE_SNOOZE_MINUTES }
        : null;
  }
  // Running: only the take-off alert has a button ("Done, it's off"); the auto-start alert
  // ('started') has none, as the countdown already runs.
  return buttonIndex === 0 && takeOffPending(session) ? { type: 'ackTakeOff' } : null;
}

export function createBackground(deps: BackgroundDeps): Background {
  const { browser } = deps;
  const onError = deps.onError ?? ((error: unknown) => console.error('IceCycle:', error));
  const store = createStateStore(browser);
  const performEffect = createEffectPerformer({
    browser,
    platform: deps.platform,
    playSound: deps.playSound ?? createChimePlayer(browser),
    history: store,
  });
  const runner = createRunner({
    store,
    performEffect,
    now: deps.now,
    onError,
    trouble: createSaveTrouble(browser),
    ...(deps.callTimeoutMs === undefined ? {} : { timeoutMs: deps.callTimeoutMs }),
  });
  const randomId = deps.randomId ?? (() => crypto.randomUUID());
  const handlers = createHandlers({
    runner,
    randomId,
    testAlert: () => showTestAlert(browser),
  });

  // Alarms are not durable (Firefox keeps them in memory; Chrome clears them on update), so
  // start-up and install re-derive state and re-arm the alarm (PLATFORM.md §2). They also check
  // the stored history, which events read only when they append to it.
  const wake = async (): Promise<void> => {
    await runner.writeThenWake((s) => s.repairHistory());
  };

  return {
    runner,
    onInstalled: async (details) => {
      await wake();
      // First install only: an update or a browser update must not open a tab.
      if (details.reason === 'install') {
        await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
      }
    },
    onStartup: wake,
    onAlarm: async (alarm) => {
      // The retry alarm is a wake too: it saves what storage refused before (save-trouble.ts).
      if (alarm.name === ALARM_NAME || alarm.name === RETRY_ALARM) await runner.run(WAKE);
    },
    onMessage: (message) => {
      // A command is a message whose type has a handler (the table covers every CommandName).
      // Anything else (the chime for the offscreen document) gets no promise, so the listener
      // it is meant for answers: the polyfill's contract, native in Firefox and Chrome ≥ 144.
      const type = (message as { type?: unknown } | null)?.type;
      if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
      return dispatch(handlers, message as Message);
    },
    onNotificationClicked: async (id) => {
      if (id !== NOTIFICATION_ID) return;
      await openTimer(browser);
      await browser.notifications.clear(NOTIFICATION_ID);
    },
    onNotificationButtonClicked: async (id, buttonIndex) => {
      if (id !== NOTIFICATION_ID) return;
      // The buttons on screen belong to the stored state (a due, take-off or window-ended
      // alert); a refused command (e.g. already answered in the popup) needs no reply here.
      let chosen: EngineEvent | null = null;
      const result = await runner.run((session) => {
        chosen = buttonCommand(session, buttonIndex, randomId);
        return chosen;
      });
      // "Switch to heat" started a plan the person has not seen yet: show it.
      if (result.ok && (chosen as EngineEvent | null)?.type === 'start') await openTimer(browser);
    },
    onCommand: async (command) => {
      if (command !== TOGGLE_COMMAND) return;
      // Decided from the caught-up state: an ice that ended while nobody looked is a pending
      // take-off, not a running application.
      await runner.run(WAKE);
      await runner.run(toggleEvent);
    },
    onIdleStateChanged: async (state) => {
      // Only coming back matters: going idle or locked changes nothing the engine tracks.
      if (state !== 'active') return;
      await runner.runThen(WAKE, async (before, result, perform) => {
        if (!result.ok) return;
        const { session, settings } = result.snapshot;
        const spec = returnReminder(before, session, deps.now(), settings);
        if (spec === null) return;
        // The notify effect clears first, so it pops up again rather than updating one left
        // in the tray.
        await perform({ type: 'notify', notify: spec }, settings);
        if (settings.sound)
          await perform({ type: 'sound', volume: settings.soundVolume }, settings);
      });
    },
  };
}

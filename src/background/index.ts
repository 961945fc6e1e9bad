/**
 * Background entry (Chromium service worker, Firefox event page). Every listener is registered
 * synchronously at top level so an event that wakes the worker finds its listener.
 */
import { browser as api } from '../shared/browser';
import { createBackground } from './app';
import { detectPlatform } from './browser-api';
import { WAKE } from './runner';

const background = createBackground({
  browser: api,
  now: () => Date.now(),
  platform: detectPlatform(api),
});

api.runtime.onInstalled.addListener(background.onInstalled);
api.runtime.onStartup.addListener(background.onStartup);
api.alarms.onAlarm.addListener(background.onAlarm);
api.runtime.onMessage.addListener(background.onMessage);
api.notifications.onClicked.addListener(background.onNotificationClicked);
// Firefox has no notification buttons and no onButtonClicked (PLATFORM.md §4).
api.notifications.onButtonClicked?.addListener(background.onNotificationButtonClicked);
api.commands?.onCommand.addListener(background.onCommand);
api.idle?.onStateChanged.addListener(background.onIdleStateChanged);

// Disabling and re-enabling the add-on loses the in-memory alarm (Firefox; Chrome too) and fires
// neither onStartup nor onInstalled, so every load catches up once. Idempotent: the alarm is
// re-created only if its instant changed, and no alert repeats (the engine's lastAlert).
void background.runner.run(WAKE);

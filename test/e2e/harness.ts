/**
 * The end-to-end harness, one import for scenarios: Debian's Chromium with the built extension
 * loaded (TOOLCHAIN.md, "Real Chromium with the extension loaded") and a handle on everything a
 * person sees and everything the extension holds: badge, title, alarms, stored session,
 * notifications, console errors and every network request.
 *
 *   harness/launch.ts     the browser and its flags, a fresh or reused profile
 *   harness/worker.ts     the service worker: run code in it, stop, restart, reload, hang
 *   harness/clock.ts      the shifted clock inside the browser, firing the alarm early
 *   harness/probes.ts     alarms, notifications, badge, storage as the worker sees them
 *   harness/extension.ts  `Extension`: all of the above plus the pages a scenario opens
 *   harness/common.ts     time units, waits, the English strings
 */

/** Older names for the extension's own constants; new scenarios import them from src. */
export {
  ALARM_NAME as ALARM,
  NOTIFICATION_ID as NOTIFICATION,
} from '../../src/shared/storage-keys';
export { HOUR, isLocalUrl, MINUTE, msg, sleep, waitFor } from './harness/common';
export { Extension } from './harness/extension';
export type { LaunchOptions } from './harness/launch';
export type { AlarmInfo, Badge } from './harness/probes';
export type { WorkerStatus } from './harness/worker';
export { installClock } from './in-browser';

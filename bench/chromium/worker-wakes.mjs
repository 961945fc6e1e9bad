/**
 * Section 4b: the background's handler time per wake, in Chromium. In the worker, the bench arms
 * the extension's own alarm a few ms ahead and times, from its onAlarm listener (registered after
 * the extension's, so it starts a hair late), until the session write is seen by
 * storage.onChanged, the badge text is set, and the alarm is re-armed (the last effect).
 */
import { summary } from '../lib/stats.mjs';

/** Runs inside the service worker: self-contained. */
async function runWakes({ count, alarmName }) {
  const g = globalThis;
  const alarms = g.chrome.alarms;
  const action = g.chrome.action;
  const realCreate = alarms.create;
  const realBadge = action.setBadgeText;
  let mark = null;
  let settled = null;
  // A wake is handled once the session write, the badge and the re-armed alarm were all seen
  // (or 300 ms after the alarm, for a wake that writes nothing).
  const check = () => {
    if (!mark || mark.armedAt === null) return;
    // Bound to this wake's promise: a late timer must not settle the next wake.
    const settle = settled;
    if (mark.writtenAt !== null && mark.badgeAt !== null) settle?.();
    else setTimeout(() => settle?.(), 300);
  };
  alarms.create = function (name, info) {
    if (mark && name === alarmName && mark.armedAt === null) {
      mark.armedAt = performance.now();
      check();
    }
    return realCreate.call(this, name, info);
  };
  action.setBadgeText = function (details) {
    if (mark && mark.badgeAt === null) {
      mark.badgeAt = performance.now();
      check();
    }
    return realBadge.call(this, details);
  };
  const onAlarm = (alarm) => {
    if (mark && alarm.name === alarmName) {
      mark.firedAt = performance.now();
      mark.lateMs = Date.now() - alarm.scheduledTime;
    }
  };
  const onChanged = (changes, area) => {
    if (mark && area === 'local' && changes.session && mark.writtenAt === null) {
      mark.writtenAt = performance.now();
      check();
    }
  };
  alarms.onAlarm.addListener(onAlarm);
  g.chrome.storage.onChanged.addListener(onChanged);
  const results = [];
  try {
    for (let i = 0; i < count; i++) {
      mark = { firedAt: null, lateMs: null, writtenAt: null, badgeAt: null, armedAt: null };
      const done = new Promise((resolve) => {
        settled = resolve;
        setTimeout(resolve, 2_000);
      });
      await realCreate.call(alarms, alarmName, { when: Date.now() + 5 });
      await done;
      // Let the last awaited call return before the next wake.
      await new Promise((r) => setTimeout(r, 10));
      results.push({ ...mark });
    }
  } finally {
    alarms.create = realCreate;
    action.setBadgeText = realBadge;
    alarms.onAlarm.removeListener(onAlarm);
    g.chrome.storage.onChanged.removeListener(onChanged);
    mark = null;
  }
  return results;
}

export async function measureWorkerWakes(ext, count = 50) {
  const raw = await ext.worker.evaluate(runWakes, { count, alarmName: 'icecycle-tick' });
  for (const r of raw) {
    const seen = [r.writtenAt, r.badgeAt, r.armedAt].filter((v) => v !== null);
    r.doneAt = r.firedAt === null || seen.length === 0 ? null : Math.max(...seen);
  }
  const since = (k) =>
    raw.filter((r) => r.firedAt !== null && r[k] !== null).map((r) => r[k] - r.firedAt);
  return {
    wakes: raw.length,
    handled: raw.filter((r) => r.armedAt !== null).length,
    sessionWrites: raw.filter((r) => r.writtenAt !== null).length,
    handler: summary(since('doneAt')),
    toStorageWrite: summary(since('writtenAt')),
    toBadge: summary(since('badgeAt')),
    toAlarmReArmed: summary(since('armedAt')),
    alarmLateMs: summary(raw.filter((r) => r.lateMs !== null).map((r) => r.lateMs)),
    raw,
  };
}

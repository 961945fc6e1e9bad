/**
 * Section 6: how late chrome.alarms fire in unpacked Chromium (fired Date.now() − scheduledTime).
 * The alarms have their own name, so the extension's listener ignores them.
 */
import { summary } from '../lib/stats.mjs';

async function runAlarms({ count, spacingMs }) {
  const alarms = globalThis.chrome.alarms;
  const late = [];
  const names = new Set();
  const all = new Promise((resolve) => {
    const listener = (alarm) => {
      if (!names.has(alarm.name)) return;
      late.push(Date.now() - alarm.scheduledTime);
      names.delete(alarm.name);
      if (names.size === 0) {
        alarms.onAlarm.removeListener(listener);
        resolve();
      }
    };
    alarms.onAlarm.addListener(listener);
  });
  const start = Date.now() + 300;
  for (let i = 0; i < count; i++) {
    const name = `icecycle-bench-${i}`;
    names.add(name);
    await alarms.create(name, { when: start + i * spacingMs });
  }
  await Promise.race([all, new Promise((r) => setTimeout(r, 10_000 + count * spacingMs))]);
  return late;
}

export async function measureAlarmLateness(ext, count = 20, spacingMs = 150) {
  const late = await ext.worker.evaluate(runAlarms, { count, spacingMs });
  return { ...summary(late), fired: late.length, asked: count };
}

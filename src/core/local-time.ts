/**
 * Quiet hours are in local wall-clock time. `new Date(ms)` converts an instant given as an
 * argument (it never reads the clock); the result depends on the process's time zone, which is
 * what a person means by "23:00". Built with the local Date constructor, so it is DST-safe: on a
 * spring-forward day a boundary inside the missing hour moves to the first valid instant after it.
 */
import type { Ms, QuietHours } from './types';

export function minuteOfDay(at: Ms): number {
  const d = new Date(at);
  return d.getHours() * 60 + d.getMinutes();
}

function isActive(q: QuietHours): boolean {
  return q.enabled && q.start !== q.end;
}

export function inQuietHours(at: Ms, q: QuietHours): boolean {
  if (!isActive(q)) return false;
  const m = minuteOfDay(at);
  return q.start < q.end ? m >= q.start && m < q.end : m >= q.start || m < q.end;
}

/** The first instant after `at` when the local clock reads `minute` (minutes after midnight). */
export function nextLocalMinute(at: Ms, minute: number): Ms {
  const d = new Date(at);
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  for (let day = 0; day < 3; day++) {
    const candidate = new Date(d.getFullYear(), d.getMonth(), d.getDate() + day, h, m).getTime();
    if (candidate > at) return candidate;
  }
  // Unreachable for a real calendar (a local time recurs within two days); keep the type total.
  return at + 24 * 3_600_000;
}

/** When the quiet hours containing `at` end, or null if `at` is outside them. */
export function quietEndAfter(at: Ms, q: QuietHours): Ms | null {
  return inQuietHours(at, q) ? nextLocalMinute(at, q.end) : null;
}

/** `at` itself when inside quiet hours, else when they next begin; null when there are none. */
export function nextQuietStart(at: Ms, q: QuietHours): Ms | null {
  if (!isActive(q)) return null;
  return inQuietHours(at, q) ? at : nextLocalMinute(at, q.start);
}

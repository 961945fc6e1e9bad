/** Time formatting by hand (no library): the countdown and the datetime-local values. */

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * "mm:ss", or "h:mm:ss" from one hour up. Rounds up to the whole second so the display reads
 * "20:00" when a 20-minute phase starts and "00:00" only when it has ended.
 */
export function formatCountdown(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  return `${h > 0 ? `${h}:` : ''}${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}`;
}

/**
 * A wall-clock time, e.g. "14:05" or "2:05 PM", in the page's default locale — in an extension
 * page that is the browser's UI language, the one `_locales` follows.
 */
export function formatClock(at: number): string {
  return new Date(at).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
}

/** The local "YYYY-MM-DDTHH:mm" an <input type=datetime-local> uses. */
export function toLocalInputValue(at: number): string {
  // Shift by the offset in force at `at` itself, so the wall time is right on both sides of a
  // daylight-saving change.
  return new Date(at - new Date(at).getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** Parses a datetime-local value as local time; null when it is not one. */
export function fromLocalInputValue(value: string): number | null {
  // A date-time without an offset is local time (ECMA-262, Date Time String Format); a date
  // alone would be UTC, so one without a time is not accepted.
  const at = value.includes('T') ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? null : at;
}

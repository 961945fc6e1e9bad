/** Date, time and number words in the UI language (no library). */
import { uiLanguage } from '../shared/i18n';

/** "05" for 5: two digits for dates and times. */
export const pad2 = (n: number): string => String(n).padStart(2, '0');

function date(at: number, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(uiLanguage(), options).format(at);
}

/** "8:00 AM" */
export const formatTime = (at: number): string => date(at, { hour: 'numeric', minute: '2-digit' });

/** "Monday, January 5, 2026" */
export const formatDay = (at: number): string =>
  date(at, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** "Jan 5" */
export const formatShortDay = (at: number): string => date(at, { day: 'numeric', month: 'short' });

export function formatNumber(n: number, digits = 1): string {
  return new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: digits }).format(n);
}

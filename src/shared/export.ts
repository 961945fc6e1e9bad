/**
 * Pure builders for the options page's downloads: the history as CSV (RFC 4180) and the upcoming
 * schedule as an iCalendar file (RFC 5545) a phone calendar can import. No DOM, no clock: the
 * caller passes `now` and the localised words.
 */
import type { HistoryEntry, Modality, Ms } from '../core/types';

// ---------------------------------------------------------------- CSV (RFC 4180)

/** A spreadsheet reads a cell starting with one of these as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number such as "-3" or "+1.5" is data, not a formula, and stays as it is. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * Defuses a cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first) by putting
 * a single quote before it, as OWASP's CSV-injection guidance advises; plain numbers are kept.
 */
export function defuseFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/**
 * One field, defused (`defuseFormula`), then quoted when it holds a comma, a quote or a line
 * break, with inner quotes doubled (RFC 4180).
 */
export function csvField(raw: string): string {
  const value = defuseFormula(raw);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows joined with CRLF, as RFC 4180 §2 asks; ends with a line break. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) => row.map(csvField).join(','))
    .join('\r\n')
    .concat('\r\n');
}

function pad(n: number, width = 2): string {
  return String(Math.trunc(Math.abs(n))).padStart(width, '0');
}

/** ISO 8601 in local time with the offset, e.g. "2026-01-05T09:00:00+00:00" (unambiguous). */
export function localIso(at: Ms): string {
  const d = new Date(at);
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

export interface HistoryCsvLabels {
  /** The header row, one cell per column of `historyRow`. */
  readonly header: readonly string[];
  readonly modality: Readonly<Record<Modality, string>>;
  readonly outcome: Readonly<Record<HistoryEntry['outcome'], string>>;
}

/** Whole minutes an application actually ran (0 when skipped). */
export function actualMinutes(entry: HistoryEntry): number {
  return entry.outcome === 'skipped' ? 0 : Math.round((entry.endedAt - entry.startedAt) / 60_000);
}

/** One CSV row: the columns the header of `HistoryCsvLabels` names, in order. */
export function historyRow(entry: HistoryEntry, labels: HistoryCsvLabels): string[] {
  return [
    localIso(entry.plannedStartAt),
    entry.outcome === 'skipped' ? '' : localIso(entry.startedAt),
    entry.outcome === 'skipped' ? '' : localIso(entry.endedAt),
    labels.modality[entry.modality],
    String(entry.plannedMinutes),
    String(actualMinutes(entry)),
    labels.outcome[entry.outcome],
    String(Math.round(entry.noticedLateMs / 60_000)),
    entry.painScore === null ? '' : String(entry.painScore),
    entry.sessionId,
  ];
}

/** The number of columns `historyRow` produces (the header must match it). */
export const HISTORY_COLUMNS = 10;

/** The history as CSV, oldest first (the order it is stored in). */
export function historyCsv(entries: readonly HistoryEntry[], labels: HistoryCsvLabels): string {
  return toCsv([labels.header, ...entries.map((e) => historyRow(e, labels))]);
}

// ---------------------------------------------------------------- iCalendar (RFC 5545)

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function icsEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** UTC date-time form, e.g. "20260105T090000Z". */
export function icsUtc(at: Ms): string {
  const d = new Date(at);
  return (
    `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 5545 §3.1); continuation lines
 * start with one space. Never splits a UTF-8 sequence (it walks code points, not bytes).
 */
export function foldLine(line: string, limit = 75): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // Continuation lines carry the leading space in their 75 octets.
    const room = out.length === 0 ? limit : limit - 1;
    if (octets + size > room) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export interface IcsEvent {
  readonly uid: string;
  readonly startAt: Ms;
  readonly endAt: Ms;
  readonly summary: string;
  readonly description: string;
  /** The reminder at the event's end ("Take the ice off now"); none when absent. */
  readonly endAlarm?: string;
}

/** A display alarm (RFC 5545 §3.6.6) at the event's start or, `RELATED=END`, at its end. */
function valarm(text: string, trigger: string): string[] {
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${icsEscape(text)}`,
    trigger,
    'END:VALARM',
  ];
}

/**
 * A VCALENDAR of events, each with a display alarm at its start and, given its text, one at its
 * end (when the pack comes off); CRLF line endings.
 */
export function buildIcs(events: readonly IcsEvent[], now: Ms): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//IceCycle//Schedule export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${icsUtc(now)}`,
      `DTSTART:${icsUtc(e.startAt)}`,
      `DTEND:${icsUtc(e.endAt)}`,
      `SUMMARY:${icsEscape(e.summary)}`,
      `DESCRIPTION:${icsEscape(e.description)}`,
      ...valarm(e.summary, 'TRIGGER:PT0S'),
      ...(e.endAlarm === undefined ? [] : valarm(e.endAlarm, 'TRIGGER;RELATED=END:PT0S')),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map((l) => foldLine(l)).join('\r\n')}\r\n`;
}

/** A stable UID per planned application, so re-importing updates instead of duplicating. */
export function scheduleUid(sessionId: string, startAt: Ms): string {
  return `${sessionId.replace(/[^A-Za-z0-9-]/g, '')}-${startAt}@icecycle`;
}

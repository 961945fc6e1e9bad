/** The history grouped by local day, and the per-day figures the chart draws. */
import type { HistoryEntry, Ms } from '../core/types';
import { pad2 } from './format';

/** More than this late, the application ended while the computer slept (the pack stayed on). */
export const SLEPT_THROUGH_MS = 2 * 60_000;

/** When an entry happened, for sorting and grouping: a skipped one when it was due. */
export function entryTime(e: HistoryEntry): Ms {
  return e.outcome === 'skipped' ? e.plannedStartAt : e.startedAt;
}

/** The history table renders this many days at first, and this many more per press. */
export const DAYS_PER_PAGE = 7;

export function sleptThrough(e: HistoryEntry): boolean {
  return e.noticedLateMs > SLEPT_THROUGH_MS;
}

/** "2026-01-05" for the local calendar day of `at` (also in export file names). */
export function dayKey(at: Ms): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

export interface HistoryDay {
  readonly key: string;
  /** An instant inside the day (the first entry's), for formatting its date. */
  readonly at: Ms;
  readonly entries: readonly HistoryEntry[];
}

/** Newest day first; newest entry first within a day. */
export function groupByDay(entries: readonly HistoryEntry[]): HistoryDay[] {
  const sorted = [...entries].sort((a, b) => entryTime(b) - entryTime(a));
  const days: { key: string; at: Ms; entries: HistoryEntry[] }[] = [];
  for (const e of sorted) {
    const at = entryTime(e);
    const key = dayKey(at);
    const last = days[days.length - 1];
    if (last && last.key === key) last.entries.push(e);
    else days.push({ key, at, entries: [e] });
  }
  return days;
}

export interface DayStats {
  readonly key: string;
  readonly at: Ms;
  readonly planned: number;
  readonly completed: number;
  /** 0..1 */
  readonly adherence: number;
  /** Mean pain score of the day's scored applications, or null when none was scored. */
  readonly pain: number | null;
}

/** Figures for the most recent `limit` days that have entries, oldest first. */
export function dailyStats(entries: readonly HistoryEntry[], limit = 14): DayStats[] {
  return groupByDay(entries)
    .slice(0, limit)
    .reverse()
    .map((day) => {
      const completed = day.entries.filter((e) => e.outcome === 'completed').length;
      const scores = day.entries.map((e) => e.painScore).filter((s): s is number => s !== null);
      const pain =
        scores.length === 0 ? null : scores.reduce((sum, s) => sum + s, 0) / scores.length;
      return {
        key: day.key,
        at: day.at,
        planned: day.entries.length,
        completed,
        adherence: completed / day.entries.length,
        pain,
      };
    });
}

/**
 * Stored data goes through these parsers. They never throw: a broken part falls back to its
 * default alone and `reset` says that something had to be repaired. Older versions are migrated
 * first (migrations.ts); unknown extra fields are ignored.
 */

import { DEFAULT_SETTINGS } from './defaults';
import { HISTORY_ENTRY_MIGRATIONS, migrate, SETTINGS_MIGRATIONS } from './migrations';
import { repairCustom } from './plans';
import type { CustomPlanInput, HistoryEntry, PlanId, Settings } from './types';
import { HISTORY_ENTRY_VERSION, SETTINGS_VERSION } from './versions';

export const HISTORY_CAP = 2000;

export const REMINDER_BOUNDS = { every: { min: 1, max: 60 }, count: { min: 0, max: 20 } } as const;

export interface Parsed<T> {
  readonly value: T;
  readonly reset: boolean;
}

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
export function isInt(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}
export function isInstant(v: unknown): v is number {
  // Any finite instant between 2000 and 2200.
  return (
    typeof v === 'number' && Number.isFinite(v) && v >= 946_684_800_000 && v <= 7_258_118_400_000
  );
}
export function isPlanId(v: unknown): v is PlanId {
  return v === 'guide' || v === 'spaced' || v === 'heat' || v === 'custom';
}

export function parseSettings(raw: unknown): Parsed<Settings> {
  const d = DEFAULT_SETTINGS;
  if (raw === undefined || raw === null) return { value: d, reset: false };
  const migrated = isObj(raw) ? migrate(raw, SETTINGS_VERSION, SETTINGS_MIGRATIONS) : null;
  if (migrated === null) return { value: d, reset: true };
  const r = migrated;
  let reset = false;
  function pick<T>(ok: boolean, value: unknown, fallback: T): T {
    if (ok) return value as T;
    if (value !== undefined) reset = true;
    return fallback;
  }
  const c = isObj(r.custom) ? r.custom : {};
  if (r.custom !== undefined && !isObj(r.custom)) reset = true;
  const q = isObj(r.quietHours) ? r.quietHours : {};
  if (r.quietHours !== undefined && !isObj(r.quietHours)) reset = true;
  const modality = pick(
    c.modality === 'ice' || c.modality === 'heat',
    c.modality,
    d.custom.modality,
  );
  // A custom plan stored under the looser bounds of before (heat up to 30 min, rest from 10,
  // ice "until stopped") is brought within today's bounds silently; anything else out of range
  // or of the wrong type is damage, and says so.
  const legacyApplyMax = modality === 'heat' ? 30 : 20;
  if (
    (c.applyMinutes !== undefined && !isInt(c.applyMinutes, 5, legacyApplyMax)) ||
    (c.restMinutes !== undefined && !isInt(c.restMinutes, 10, 240)) ||
    (c.windowHours !== undefined && c.windowHours !== null && !isInt(c.windowHours, 1, 72))
  ) {
    reset = true;
  }
  const custom = repairCustom(
    {
      modality,
      applyMinutes: c.applyMinutes,
      restMinutes: c.restMinutes,
      windowHours: c.windowHours === undefined ? d.custom.windowHours : c.windowHours,
    } as CustomPlanInput,
    d.custom,
  );
  const value: Settings = {
    schemaVersion: SETTINGS_VERSION,
    planId: pick(isPlanId(r.planId), r.planId, d.planId),
    acuteWindowHours: pick(
      r.acuteWindowHours === 48 || r.acuteWindowHours === 72,
      r.acuteWindowHours,
      d.acuteWindowHours,
    ),
    custom,
    autoStart: pick(typeof r.autoStart === 'boolean', r.autoStart, d.autoStart),
    reminderEveryMinutes: pick(
      isInt(r.reminderEveryMinutes, REMINDER_BOUNDS.every.min, REMINDER_BOUNDS.every.max),
      r.reminderEveryMinutes,
      d.reminderEveryMinutes,
    ),
    reminderMaxCount: pick(
      isInt(r.reminderMaxCount, REMINDER_BOUNDS.count.min, REMINDER_BOUNDS.count.max),
      r.reminderMaxCount,
      d.reminderMaxCount,
    ),
    badge: pick(typeof r.badge === 'boolean', r.badge, d.badge),
    sound: pick(typeof r.sound === 'boolean', r.sound, d.sound),
    soundVolume: pick(
      typeof r.soundVolume === 'number' && r.soundVolume >= 0 && r.soundVolume <= 1,
      r.soundVolume,
      d.soundVolume,
    ),
    quietHours: {
      enabled: pick(typeof q.enabled === 'boolean', q.enabled, d.quietHours.enabled),
      start: pick(isInt(q.start, 0, 1439), q.start, d.quietHours.start),
      end: pick(isInt(q.end, 0, 1439), q.end, d.quietHours.end),
    },
  };
  return { value, reset };
}

function parseEntry(raw: unknown): HistoryEntry | null {
  const v = isObj(raw) ? migrate(raw, HISTORY_ENTRY_VERSION, HISTORY_ENTRY_MIGRATIONS) : null;
  if (v === null) return null;
  if (typeof v.sessionId !== 'string' || v.sessionId.length > 100) return null;
  if (v.modality !== 'ice' && v.modality !== 'heat') return null;
  if (!isInt(v.stepIndex, 0, 1_000_000) || !isInt(v.plannedMinutes, 0, 240)) return null;
  const instants = [v.plannedStartAt, v.startedAt, v.plannedEndAt, v.endedAt];
  if (!instants.every(isInstant)) return null;
  const startedAt = v.startedAt as number;
  const endedAt = v.endedAt as number;
  if (endedAt < startedAt) return null;
  if (v.outcome !== 'completed' && v.outcome !== 'cutShort' && v.outcome !== 'skipped') return null;
  if (typeof v.noticedLateMs !== 'number' || !(v.noticedLateMs >= 0)) return null;
  if (v.painScore !== null && !isInt(v.painScore, 0, 10)) return null;
  return {
    schemaVersion: HISTORY_ENTRY_VERSION,
    sessionId: v.sessionId,
    modality: v.modality,
    stepIndex: v.stepIndex,
    plannedMinutes: v.plannedMinutes,
    plannedStartAt: v.plannedStartAt as number,
    startedAt,
    plannedEndAt: v.plannedEndAt as number,
    endedAt,
    outcome: v.outcome,
    noticedLateMs: v.noticedLateMs,
    painScore: v.painScore,
  };
}

/** Keeps every valid entry (newest `HISTORY_CAP`), drops the broken ones. */
export function parseHistory(raw: unknown): Parsed<HistoryEntry[]> {
  if (raw === undefined || raw === null) return { value: [], reset: false };
  if (!Array.isArray(raw)) return { value: [], reset: true };
  const entries = raw.map(parseEntry).filter((e): e is HistoryEntry => e !== null);
  const capped = entries.slice(-HISTORY_CAP);
  return { value: capped, reset: entries.length !== raw.length };
}

/**
 * The settings form as typed (strings, as inputs hold them) and its conversion to `Settings`.
 * Validation uses the engine's own bounds (`validateCustom`, `REMINDER_BOUNDS`), so the page can
 * never accept what the timer would refuse; the background checks again with `parseSettings`.
 */
import { BOUNDS, type CustomError, REMINDER_BOUNDS, validateCustom } from '../core';
import type { Modality, PlanId, Settings } from '../core/types';

export interface Draft {
  readonly planId: PlanId;
  readonly acuteWindowHours: 48 | 72;
  readonly modality: Modality;
  readonly applyMinutes: string;
  readonly restMinutes: string;
  /** true = the custom plan runs until stopped (no window). */
  readonly untilStopped: boolean;
  readonly windowHours: string;
  readonly autoStart: boolean;
  readonly reminderEvery: string;
  readonly reminderMax: string;
  readonly quietEnabled: boolean;
  /** "HH:MM", as <input type=time> gives it. */
  readonly quietStart: string;
  readonly quietEnd: string;
  readonly sound: boolean;
  /** 0..100 */
  readonly volume: number;
  readonly badge: boolean;
}

export type DraftField =
  | 'applyMinutes'
  | 'restMinutes'
  | 'windowHours'
  | 'reminderEvery'
  | 'reminderMax'
  | 'quietStart'
  | 'quietEnd';

/** What went wrong with a field: enough to word the message next to it. */
export interface FieldError {
  readonly field: DraftField;
  readonly kind: 'ice' | 'heat' | 'rest' | 'window' | 'reminderEvery' | 'reminderMax' | 'time';
  readonly notANumber: boolean;
  readonly min: number;
  readonly max: number;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function minutesToTime(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

export function timeToMinutes(value: string): number | null {
  const m = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

/** A whole number typed in a field, or NaN (so `validateCustom` says "not a number"). */
function whole(value: string): number {
  const text = value.trim();
  return /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
}

export function toDraft(s: Settings): Draft {
  return {
    planId: s.planId,
    acuteWindowHours: s.acuteWindowHours,
    modality: s.custom.modality,
    applyMinutes: String(s.custom.applyMinutes),
    restMinutes: String(s.custom.restMinutes),
    untilStopped: s.custom.windowHours === null,
    windowHours: String(s.custom.windowHours ?? s.acuteWindowHours),
    autoStart: s.autoStart,
    reminderEvery: String(s.reminderEveryMinutes),
    reminderMax: String(s.reminderMaxCount),
    quietEnabled: s.quietHours.enabled,
    quietStart: minutesToTime(s.quietHours.start),
    quietEnd: minutesToTime(s.quietHours.end),
    sound: s.sound,
    volume: Math.round(s.soundVolume * 100),
    badge: s.badge,
  };
}

function customKind(e: CustomError, modality: Modality): FieldError['kind'] {
  if (e.field === 'applyMinutes') return modality;
  return e.field === 'restMinutes' ? 'rest' : 'window';
}

function rangeError(
  field: DraftField,
  kind: FieldError['kind'],
  value: number,
  bounds: { readonly min: number; readonly max: number },
): FieldError | null {
  const notANumber = !Number.isInteger(value);
  if (!notANumber && value >= bounds.min && value <= bounds.max) return null;
  return { field, kind, notANumber, min: bounds.min, max: bounds.max };
}

export type DraftResult =
  | { readonly ok: true; readonly settings: Settings }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/**
 * The settings to save, or every field error. The custom plan is checked only when it is the
 * chosen plan; otherwise an unfinished custom entry keeps the last saved custom plan.
 */
export function fromDraft(d: Draft, saved: Settings): DraftResult {
  const errors: FieldError[] = [];
  const custom = {
    modality: d.modality,
    applyMinutes: whole(d.applyMinutes),
    restMinutes: whole(d.restMinutes),
    windowHours: d.untilStopped ? null : whole(d.windowHours),
  };
  const checked = validateCustom(custom);
  if (!checked.ok && d.planId === 'custom') {
    for (const e of checked.errors) {
      errors.push({
        field: e.field,
        kind: customKind(e, d.modality),
        notANumber: e.code === 'notANumber',
        min: e.min,
        max: e.max,
      });
    }
  }
  const every = whole(d.reminderEvery);
  const max = whole(d.reminderMax);
  const everyError = rangeError('reminderEvery', 'reminderEvery', every, REMINDER_BOUNDS.every);
  const maxError = rangeError('reminderMax', 'reminderMax', max, REMINDER_BOUNDS.count);
  if (everyError) errors.push(everyError);
  if (maxError) errors.push(maxError);
  const start = timeToMinutes(d.quietStart);
  const end = timeToMinutes(d.quietEnd);
  const time = { notANumber: true, min: 0, max: 0, kind: 'time' } as const;
  if (start === null) errors.push({ field: 'quietStart', ...time });
  if (end === null) errors.push({ field: 'quietEnd', ...time });
  if (errors.length > 0 || start === null || end === null) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      schemaVersion: 2,
      planId: d.planId,
      acuteWindowHours: d.acuteWindowHours,
      custom: checked.ok ? custom : saved.custom,
      autoStart: d.autoStart,
      reminderEveryMinutes: every,
      reminderMaxCount: max,
      badge: d.badge,
      sound: d.sound,
      soundVolume: Math.min(Math.max(d.volume, 0), 100) / 100,
      quietHours: { enabled: d.quietEnabled, start, end },
    },
  };
}

/** The apply-minutes bounds for a modality (shown as the input's min/max). */
export function applyBounds(modality: Modality): { readonly min: number; readonly max: number } {
  return BOUNDS[modality];
}

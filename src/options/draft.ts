/**
 * The settings form as typed (strings, as inputs hold them) and its conversion to `Settings`.
 * Validation uses the engine's own bounds (`validateCustom`, `REMINDER_BOUNDS`), so the page can
 * never accept what the timer would refuse; the background checks again with `parseSettings`.
 */
import { REMINDER_BOUNDS, SETTINGS_VERSION, validateCustom } from '../core';
import type { Modality, PlanId, Settings } from '../core/types';
import { pad2 } from './format';

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

export function minutesToTime(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

export function timeToMinutes(value: string): number | null {
  const m = /^(\d\d):(\d\d)(:\d\d(\.\d+)?)?$/.exec(value.trim());
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
  const { custom, quietHours } = s;
  return {
    planId: s.planId,
    acuteWindowHours: s.acuteWindowHours,
    modality: custom.modality,
    applyMinutes: String(custom.applyMinutes),
    restMinutes: String(custom.restMinutes),
    untilStopped: custom.windowHours === null,
    windowHours: String(custom.windowHours ?? s.acuteWindowHours),
    autoStart: s.autoStart,
    reminderEvery: String(s.reminderEveryMinutes),
    reminderMax: String(s.reminderMaxCount),
    quietEnabled: quietHours.enabled,
    quietStart: minutesToTime(quietHours.start),
    quietEnd: minutesToTime(quietHours.end),
    sound: s.sound,
    volume: Math.round(s.soundVolume * 100),
    badge: s.badge,
  };
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
  const fail = (
    field: DraftField,
    kind: FieldError['kind'],
    notANumber: boolean,
    min = 0,
    max = 0,
  ): number => errors.push({ field, kind, notANumber, min, max });
  const custom = {
    modality: d.modality,
    applyMinutes: whole(d.applyMinutes),
    restMinutes: whole(d.restMinutes),
    // "Until I stop it" is offered for heat only (every ice plan ends within 72 h).
    windowHours: d.untilStopped && d.modality === 'heat' ? null : whole(d.windowHours),
  };
  const checked = validateCustom(custom);
  if (!checked.ok && d.planId === 'custom') {
    for (const e of checked.errors) {
      const kind =
        e.field === 'applyMinutes' ? d.modality : e.field === 'restMinutes' ? 'rest' : 'window';
      fail(e.field, kind, e.code === 'notANumber', e.min, e.max);
    }
  }
  const ranged = (
    field: 'reminderEvery' | 'reminderMax',
    bounds: { readonly min: number; readonly max: number },
  ): number => {
    const value = whole(d[field]);
    if (!(value >= bounds.min && value <= bounds.max))
      fail(field, field, Number.isNaN(value), bounds.min, bounds.max);
    return value;
  };
  const every = ranged('reminderEvery', REMINDER_BOUNDS.every);
  const max = ranged('reminderMax', REMINDER_BOUNDS.count);
  const start = timeToMinutes(d.quietStart);
  const end = timeToMinutes(d.quietEnd);
  if (start === null) fail('quietStart', 'time', true);
  if (end === null) fail('quietEnd', 'time', true);
  if (errors.length > 0 || start === null || end === null) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      schemaVersion: SETTINGS_VERSION,
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

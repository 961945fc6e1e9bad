import { MAX_INJURY_AGE_MS } from '../core';
import { HOUR } from '../core/types';
import { fromLocalInputValue } from './format';

/** The onset choices: hours ago, or an exact time. */
export const ONSET_HOURS = [0, 1, 3, 6, 12, 24] as const;
export type Onset = (typeof ONSET_HOURS)[number] | 'at';

export type InjuryTimeResult =
  | { readonly ok: true; readonly at: number }
  | { readonly ok: false; readonly error: string };

/** Checks a datetime-local value: a real time, not in the future, at most 72 h ago. */
export function parseInjuryTime(value: string, now: number): InjuryTimeResult {
  const at = fromLocalInputValue(value);
  if (at === null) return { ok: false, error: 'popupInjuryEmpty' };
  if (at > now) return { ok: false, error: 'popupInjuryFuture' };
  if (now - at > MAX_INJURY_AGE_MS) return { ok: false, error: 'popupInjuryTooOld' };
  return { ok: true, at };
}

export function injuryAtFor(onset: Onset, atValue: string, now: number): InjuryTimeResult {
  return onset === 'at' ? parseInjuryTime(atValue, now) : { ok: true, at: now - onset * HOUR };
}

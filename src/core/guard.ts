/**
 * Cheap shape checks for views. Views show stored state on their first frame but leave full
 * validation and repair (parse.ts, migrations) to the background, the only writer: a value that
 * does not look current is treated as absent, and the background's wake repairs it and writes
 * it back, which the view then receives. Keeps the validator out of the popup's bundle.
 */
import { DEFAULT_SETTINGS } from './defaults';
import type { Session, Settings } from './types';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
function isStep(v: unknown): boolean {
  return isObj(v) && (v.kind === 'rest' || v.kind === 'apply') && isNum(v.minutes) && v.minutes > 0;
}

export function looksLikeSession(v: unknown): v is Session {
  if (!isObj(v) || v.schemaVersion !== 2 || typeof v.id !== 'string') return false;
  const plan = v.plan;
  if (!isObj(plan) || !Array.isArray(plan.steps) || plan.steps.length === 0) return false;
  if (!plan.steps.every(isStep)) return false;
  if (!['running', 'due', 'paused', 'done'].includes(v.status as string)) return false;
  const optNum = (x: unknown): boolean => x === null || isNum(x);
  return (
    Number.isInteger(v.stepIndex) &&
    (v.stepIndex as number) >= 0 &&
    isNum(v.injuryAt) &&
    isNum(v.phaseStartedAt) &&
    optNum(v.phaseEndsAt) &&
    optNum(v.pausedAt) &&
    optNum(v.snoozedUntil) &&
    optNum(v.quietUntil)
  );
}

/** Stored settings as a view needs them, or the defaults when they do not look current. */
export function settingsForView(v: unknown): Settings {
  if (!isObj(v) || v.schemaVersion !== 2) return DEFAULT_SETTINGS;
  const planId = ['guide', 'spaced', 'heat', 'custom'].includes(v.planId as string);
  const custom = v.custom;
  const customOk =
    isObj(custom) &&
    (custom.modality === 'ice' || custom.modality === 'heat') &&
    isNum(custom.applyMinutes) &&
    isNum(custom.restMinutes);
  if (!planId || !customOk || (v.acuteWindowHours !== 48 && v.acuteWindowHours !== 72)) {
    return DEFAULT_SETTINGS;
  }
  return { ...DEFAULT_SETTINGS, ...(v as Partial<Settings>) };
}

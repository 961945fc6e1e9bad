/**
 * Cheap shape checks for views. Views show stored state on their first frame but leave full
 * validation and repair (parse.ts, migrations) to the background, the only writer: a value that
 * does not look current is treated as absent, and the background's wake repairs it and writes
 * it back, which the view then receives. Keeps the validator out of the popup's bundle.
 */
import { DEFAULT_SETTINGS } from './defaults';
import type { Session, Settings } from './types';
import { SESSION_VERSION, SETTINGS_VERSION } from './versions';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
/** A rest, or an application of ice or heat (views look its modality up in key tables). */
function isStep(v: unknown): boolean {
  return (
    isObj(v) &&
    (v.kind === 'rest' ||
      (v.kind === 'apply' && (v.modality === 'ice' || v.modality === 'heat'))) &&
    isNum(v.minutes) &&
    v.minutes > 0
  );
}

export function looksLikeSession(v: unknown): v is Session {
  if (!isObj(v) || v.schemaVersion !== SESSION_VERSION || typeof v.id !== 'string') return false;
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

/**
 * Stored settings as a view needs them, or the defaults when they do not look current. Field
 * values are not checked here: views only display them, and the background repairs them.
 */
export function settingsForView(v: unknown): Settings {
  return isObj(v) && v.schemaVersion === SETTINGS_VERSION && isObj(v.custom) && isObj(v.quietHours)
    ? { ...DEFAULT_SETTINGS, ...(v as Partial<Settings>) }
    : DEFAULT_SETTINGS;
}

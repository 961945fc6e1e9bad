/**
 * A settings change from a view names the fields it changes; every other saved setting stays as
 * it is (a missing, empty or partly filled change must never reset the rest to defaults).
 */
import { DEFAULT_SETTINGS } from './defaults';
import { isObj, parseSettings } from './parse';
import type { Settings } from './types';

/** The fields of `v` that hold a value (an `undefined` field is not a change). */
function given(v: Record<string, unknown>): [string, unknown][] {
  return Object.entries(v).filter(([, value]) => value !== undefined);
}

/**
 * `current` with the known fields of `patch` applied (nested `custom` and `quietHours` field by
 * field), or null when the patch names no setting or any field it gives is invalid (then
 * nothing is applied: the whole change is refused).
 */
export function applySettingsPatch(current: Settings, patch: unknown): Settings | null {
  if (!isObj(patch)) return null;
  const fields = given(patch).filter(([key]) => Object.hasOwn(DEFAULT_SETTINGS, key));
  if (fields.length === 0) return null;
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of fields) {
    if (key === 'schemaVersion') {
      if (value !== current.schemaVersion) return null;
    } else if (key === 'custom' || key === 'quietHours') {
      if (!isObj(value)) return null;
      merged[key] = { ...current[key], ...Object.fromEntries(given(value)) };
    } else {
      merged[key] = value;
    }
  }
  // Refused too when the parser had to change anything given (e.g. clamp an older bound).
  const parsed = parseSettings(merged);
  return parsed.reset || JSON.stringify(parsed.value) !== JSON.stringify(merged)
    ? null
    : parsed.value;
}

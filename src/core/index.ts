/**
 * The therapy engine's public surface. Pure: time is always an argument.
 */

export { DEFAULT_SETTINGS, HISTORY_CAP, parseHistory, parseSession, parseSettings } from './parse';
export type { CustomError, PlanResult } from './plans';
export { BOUNDS, MAX_INJURY_AGE_MS, PRESETS, planFor, validateCustom } from './plans';
export { nextWakeAt, STALE_AFTER_MS, transition } from './transition';
export * from './types';
export { badgeFor, view } from './view';

/**
 * The therapy engine's public surface. Pure: time is always an argument.
 */

export { ESCALATE_MAX, STALE_AFTER_MS } from './alerts';
export type { ClockFault } from './clock-fault';
export { CLOCK_JUMP_MAX, clockFault } from './clock-fault';
export { SNOOZE_CHOICES } from './commands';
export { DEFAULT_QUIET_HOURS, DEFAULT_SETTINGS } from './defaults';
export { looksLikeSession, settingsForView } from './guard';
export { inQuietHours, minuteOfDay, nextLocalMinute } from './local-time';
export { nextWakeAt } from './next-wake';
export type { Parsed } from './parse';
export { HISTORY_CAP, parseHistory, parseSettings, REMINDER_BOUNDS } from './parse';
export { parseEffect, parseOutbox } from './parse-effects';
export { parseSession } from './parse-session';
export type { CustomError, CustomField, PlanResult } from './plans';
export { BOUNDS, MAX_INJURY_AGE_MS, PRESETS, planFor, validateCustom } from './plans';
export { canPause, canSkip, takeOffPending } from './rules';
export type { PlannedApplication } from './schedule';
export { upcomingSchedule } from './schedule';
export { applySettingsPatch } from './settings-patch';
export { transition } from './transition';
export * from './types';
export { HISTORY_ENTRY_VERSION, SESSION_VERSION, SETTINGS_VERSION } from './versions';
export { badgeFor, IDLE_VIEW, view } from './view';

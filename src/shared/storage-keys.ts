/** The storage items IceCycle keeps. All local to the machine; nothing is ever sent. */
export const SESSION_KEY = 'session';
export const SETTINGS_KEY = 'settings';
export const HISTORY_KEY = 'history';
export const NOTICE_KEY = 'notice';

/** The single alarm's name: exactly one alarm is pending while a session runs. */
export const ALARM_NAME = 'icecycle-tick';
/** One notification id per purpose so a new alert replaces the old one. */
export const NOTIFICATION_ID = 'icecycle-phase';
/** Effects a dead worker left unperformed (background only; replayed idempotently). */
export const OUTBOX_KEY = 'outbox';

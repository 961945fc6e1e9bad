/**
 * The current schema version of each stored item: the one place these numbers are written
 * (test/convention/schema-version.test.ts keeps it so). Raising one needs a migration in
 * migrations.ts and fixtures of the earlier version in test/fixtures/.
 */
export const SESSION_VERSION = 2;
export const SETTINGS_VERSION = 2;
export const HISTORY_ENTRY_VERSION = 2;

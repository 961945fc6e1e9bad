/** Default settings (stored settings fall back to these field by field). */
import type { QuietHours, Settings } from './types';
import { SETTINGS_VERSION } from './versions';

export const DEFAULT_QUIET_HOURS: QuietHours = { enabled: true, start: 23 * 60, end: 7 * 60 };

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: SETTINGS_VERSION,
  planId: 'guide',
  acuteWindowHours: 48,
  custom: { modality: 'ice', applyMinutes: 15, restMinutes: 120, windowHours: 72 },
  autoStart: false,
  reminderEveryMinutes: 5,
  reminderMaxCount: 6,
  badge: true,
  sound: true,
  soundVolume: 0.6,
  quietHours: DEFAULT_QUIET_HOURS,
};

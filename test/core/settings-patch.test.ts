import { describe, expect, it } from 'vitest';
import { applySettingsPatch, DEFAULT_SETTINGS } from '../../src/core';

describe('applySettingsPatch', () => {
  it('changes only the fields given and keeps the rest as saved', () => {
    const saved = { ...DEFAULT_SETTINGS, sound: false, reminderEveryMinutes: 10 };
    expect(applySettingsPatch(saved, { badge: false, quietHours: { enabled: false } })).toEqual({
      ...saved,
      badge: false,
      quietHours: { ...saved.quietHours, enabled: false },
    });
    // An undefined field is no change (structured clone keeps it; JSON would drop it).
    expect(applySettingsPatch(saved, { badge: undefined, sound: true })).toEqual({
      ...saved,
      sound: true,
    });
  });

  it('refuses a patch with no setting, or with any invalid field', () => {
    for (const patch of [undefined, null, 7, 'x', [], {}, { nope: 1 }, { badge: undefined }]) {
      expect(applySettingsPatch(DEFAULT_SETTINGS, patch)).toBeNull();
    }
    for (const patch of [
      { soundVolume: 2 },
      { planId: 'toString' },
      { quietHours: null },
      { custom: { applyMinutes: 21 } },
      { schemaVersion: 3 },
      // Heat stored under the old 30-min bound is repaired on read; a change asking it is refused.
      { custom: { modality: 'heat', applyMinutes: 25 } },
      { custom: { nope: 1 } },
    ]) {
      expect(applySettingsPatch(DEFAULT_SETTINGS, patch)).toBeNull();
    }
  });
});

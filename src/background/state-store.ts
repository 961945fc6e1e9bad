/**
 * Reads and writes the stored state. Invalid stored data never throws: the parsers keep what is
 * valid, the repaired value is written back and a `storageReset` notice tells the person.
 */
import type { Session, Settings } from '../core';
import { parseSession, parseSettings } from '../core';
import type { NoticeKind } from '../shared/messages';
import { HISTORY_KEY, NOTICE_KEY, SESSION_KEY, SETTINGS_KEY } from '../shared/storage-keys';
import type { BrowserApi, StorageArea } from './browser-api';

export interface StoredState {
  readonly session: Session | null;
  readonly settings: Settings;
  readonly notice: NoticeKind | null;
}

export interface StateStore {
  load(): Promise<StoredState>;
  /** Writes `next` (removes the key when null) unless it equals `prev`. Rejects on failure. */
  saveSession(prev: Session | null, next: Session | null): Promise<void>;
  setNotice(notice: NoticeKind | null): Promise<void>;
  /** Writes settings to storage.sync, or to storage.local where sync is unavailable. */
  saveSettings(settings: Settings): Promise<void>;
  clearHistory(): Promise<void>;
}

export function parseNotice(raw: unknown): NoticeKind | null {
  return raw === 'storageReset' || raw === 'saveFailed' ? raw : null;
}

interface SettingsRead {
  readonly raw: unknown;
  readonly area: StorageArea;
}

export function createStateStore(browser: BrowserApi): StateStore {
  const local = browser.storage.local;

  async function readSettings(): Promise<SettingsRead> {
    // storage.sync may be missing or throw (disabled sync, policy); settings then live in local.
    const sync = browser.storage.sync;
    if (sync) {
      try {
        const got = await sync.get(SETTINGS_KEY);
        if (got[SETTINGS_KEY] !== undefined) return { raw: got[SETTINGS_KEY], area: sync };
      } catch {
        // fall through to local
      }
    }
    const got = await local.get(SETTINGS_KEY);
    return { raw: got[SETTINGS_KEY], area: local };
  }

  async function load(): Promise<StoredState> {
    const stored = await local.get([SESSION_KEY, NOTICE_KEY]);
    const settingsRead = await readSettings();
    const session = parseSession(stored[SESSION_KEY]);
    const settings = parseSettings(settingsRead.raw);
    let notice = parseNotice(stored[NOTICE_KEY]);
    // A missing key is a fresh install, not damage.
    const sessionDamaged = stored[SESSION_KEY] !== undefined && session.reset;
    const settingsDamaged = settingsRead.raw !== undefined && settings.reset;
    if (sessionDamaged || settingsDamaged) {
      try {
        if (settingsDamaged) await settingsRead.area.set({ [SETTINGS_KEY]: settings.value });
        if (sessionDamaged && session.value === null) await local.remove(SESSION_KEY);
        await local.set({
          ...(sessionDamaged && session.value !== null ? { [SESSION_KEY]: session.value } : {}),
          [NOTICE_KEY]: 'storageReset',
        });
        notice = 'storageReset';
      } catch {
        // The stored data is still invalid, so the next event repairs it again.
      }
    }
    return { session: session.value, settings: settings.value, notice };
  }

  async function saveSession(prev: Session | null, next: Session | null): Promise<void> {
    // Skipping identical writes keeps storage.onChanged quiet for the popup.
    if (JSON.stringify(prev) === JSON.stringify(next)) return;
    if (next === null) await local.remove(SESSION_KEY);
    else await local.set({ [SESSION_KEY]: next });
  }

  async function setNotice(notice: NoticeKind | null): Promise<void> {
    if (notice === null) await local.remove(NOTICE_KEY);
    else await local.set({ [NOTICE_KEY]: notice });
  }

  async function saveSettings(settings: Settings): Promise<void> {
    const sync = browser.storage.sync;
    if (sync) {
      try {
        await sync.set({ [SETTINGS_KEY]: settings });
        return;
      } catch {
        // sync disabled or over its quota: keep them locally instead
      }
    }
    await local.set({ [SETTINGS_KEY]: settings });
  }

  async function clearHistory(): Promise<void> {
    await local.remove(HISTORY_KEY);
  }

  return { load, saveSession, setNotice, saveSettings, clearHistory };
}

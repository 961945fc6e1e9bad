/**
 * Reads and writes the stored state. Invalid stored data never throws: the parsers keep what is
 * valid, the repaired value is written back and a `storageReset` notice tells the person.
 */
import type { Effect, HistoryEntry, Session, Settings } from '../core';
import {
  HISTORY_CAP,
  parseHistory,
  parseOutbox,
  parseSession,
  parseSettings,
  SESSION_VERSION,
  SETTINGS_VERSION,
} from '../core';
import type { NoticeKind } from '../shared/messages';
import {
  HISTORY_KEY,
  NOTICE_KEY,
  OUTBOX_KEY,
  SESSION_KEY,
  SETTINGS_KEY,
} from '../shared/storage-keys';
import { readStoredSettings } from '../shared/stored-settings';
import type { BrowserApi, StorageArea } from './browser-api';

/**
 * The effects of a saved transition not yet known to be performed, stored with the session in
 * one write; a worker that dies before performing them leaves it for the next event to replay.
 */

export interface StoredState {
  readonly session: Session | null;
  readonly settings: Settings;
  readonly notice: NoticeKind | null;
  /** A dead worker's unperformed effects; null when there are none. */
  readonly outbox: readonly Effect[] | null;
}

export interface StateStore {
  load(): Promise<StoredState>;
  /**
   * Unless `next` equals `prev`, writes it (null when the session ended) and the `outbox` in one
   * write, so both land or neither does. Resolves whether it wrote; rejects on failure.
   */
  commit(prev: Session | null, next: Session | null, outbox: readonly Effect[]): Promise<boolean>;
  /** The outbox was performed: removes it, and the null left by an `ended` session. */
  clearOutbox(ended: boolean): Promise<void>;
  setNotice(notice: NoticeKind | null): Promise<void>;
  /** Writes settings to storage.sync, or to storage.local where sync is unavailable. */
  saveSettings(settings: Settings): Promise<void>;
  /** Appends an entry once per (session, step), so a replayed outbox never adds one twice. */
  logHistory(entry: HistoryEntry): Promise<void>;
  /** Records the pain score (0–10) on the entry of that (session, step). */
  setPainScore(sessionId: string, stepIndex: number, score: number): Promise<void>;
  clearHistory(): Promise<void>;
  /** Drops broken history entries (keeping the valid ones) with the notice. Never rejects. */
  repairHistory(): Promise<void>;
}

/**
 * Written by a newer IceCycle (settings synced from another device, or a downgrade): not damage.
 * It is read as defaults (settings) or not at all (session), but never overwritten or deleted.
 * `version` is the schema this build reads for that item.
 */
export function fromNewer(raw: unknown, version: number): boolean {
  return Number((raw as { schemaVersion?: unknown } | null)?.schemaVersion) > version;
}

export function parseNotice(raw: unknown): NoticeKind | null {
  return raw === 'storageReset' || raw === 'saveFailed' ? raw : null;
}

/**
 * Reads the history, changes it (null: no change) and writes it back, repaired if it was damaged
 * (with the storageReset notice in the same write). `change` sees only valid entries.
 */
async function updateHistory(
  local: StorageArea,
  change: (history: HistoryEntry[]) => HistoryEntry[] | null,
): Promise<void> {
  const parsed = parseHistory((await local.get(HISTORY_KEY))[HISTORY_KEY]);
  const next = change(parsed.value);
  if (next === null && !parsed.reset) return;
  await local.set({
    [HISTORY_KEY]: (next ?? parsed.value).slice(-HISTORY_CAP),
    ...(parsed.reset ? { [NOTICE_KEY]: 'storageReset' } : {}),
  });
}

const sameStep = (a: HistoryEntry, b: { sessionId: string; stepIndex: number }): boolean =>
  a.sessionId === b.sessionId && a.stepIndex === b.stepIndex;

interface SettingsRead {
  readonly raw: unknown;
  readonly area: StorageArea;
  /** storage.local's values for the keys asked for, from the same read. */
  readonly local: Record<string, unknown>;
}

export function createStateStore(browser: BrowserApi): StateStore {
  const local = browser.storage.local;

  async function readSettings(alsoLocal: readonly string[] = []): Promise<SettingsRead> {
    const read = await readStoredSettings(browser.storage, alsoLocal);
    return { ...read, area: read.area === 'sync' ? browser.storage.sync : local };
  }

  async function load(): Promise<StoredState> {
    // One round trip: the settings (sync, else local) and the rest of local state together.
    const settingsRead = await readSettings([SESSION_KEY, NOTICE_KEY, OUTBOX_KEY]);
    const stored = settingsRead.local;
    const session = parseSession(stored[SESSION_KEY]);
    const settings = parseSettings(settingsRead.raw);
    let notice = parseNotice(stored[NOTICE_KEY]);
    // A missing key is a fresh install, not damage (the parsers' reset is false for it). A
    // session with damaged instants is written back repaired; one damaged in shape is dropped
    // whole (parseSession): half a timer could give a wrong alert.
    const resetSession = session.reset && !fromNewer(stored[SESSION_KEY], SESSION_VERSION);
    const resetSettings = settings.reset && !fromNewer(settingsRead.raw, SETTINGS_VERSION);
    if (resetSession || resetSettings) {
      try {
        if (resetSettings) await settingsRead.area.set({ [SETTINGS_KEY]: settings.value });
        if (resetSession && session.value !== null) {
          await local.set({ [SESSION_KEY]: session.value });
        } else if (resetSession) await local.remove(SESSION_KEY);
        await local.set({ [NOTICE_KEY]: 'storageReset' });
        notice = 'storageReset';
      } catch {
        // The stored data is still invalid, so the next event repairs it again.
      }
    }
    return {
      session: session.value,
      settings: settings.value,
      notice,
      outbox: parseOutbox(stored[OUTBOX_KEY]),
    };
  }

  async function commit(
    prev: Session | null,
    next: Session | null,
    outbox: readonly Effect[],
  ): Promise<boolean> {
    // Skipping identical writes keeps storage.onChanged quiet for the popup.
    if (JSON.stringify(prev) === JSON.stringify(next)) return false;
    // The id tells one event's outbox from another's (e.g. when reading a stuck profile).
    await local.set({
      [SESSION_KEY]: next,
      [OUTBOX_KEY]: { id: crypto.randomUUID(), effects: outbox },
    });
    return true;
  }

  async function clearOutbox(ended: boolean): Promise<void> {
    await local.remove(ended ? [OUTBOX_KEY, SESSION_KEY] : OUTBOX_KEY);
  }

  async function setNotice(notice: NoticeKind | null): Promise<void> {
    if (notice === null) await local.remove(NOTICE_KEY);
    else await local.set({ [NOTICE_KEY]: notice });
  }

  async function saveSettings(settings: Settings): Promise<void> {
    const sync = browser.storage.sync;
    const item = { [SETTINGS_KEY]: settings };
    try {
      if (sync) return await sync.set(item);
    } catch {
      // sync disabled or over its quota: keep them locally instead
    }
    await local.set(item);
    // Reads try sync first: an older copy left there would hide this one. Best effort.
    try {
      await sync?.remove(SETTINGS_KEY);
    } catch {
      // sync unusable: reads then fall back to local anyway
    }
  }

  async function logHistory(entry: HistoryEntry): Promise<void> {
    await updateHistory(local, (history) =>
      history.some((e) => sameStep(e, entry)) ? null : [...history, entry],
    );
  }

  async function setPainScore(sessionId: string, stepIndex: number, score: number): Promise<void> {
    await updateHistory(local, (history) =>
      history.map((e) => (sameStep(e, { sessionId, stepIndex }) ? { ...e, painScore: score } : e)),
    );
  }

  async function clearHistory(): Promise<void> {
    await local.remove(HISTORY_KEY);
  }

  async function repairHistory(): Promise<void> {
    try {
      await updateHistory(local, () => null);
    } catch {
      // Unreadable or unwritable: the next append repairs it again.
    }
  }

  return {
    load,
    commit,
    clearOutbox,
    setNotice,
    saveSettings,
    logHistory,
    setPainScore,
    clearHistory,
    repairHistory,
  };
}

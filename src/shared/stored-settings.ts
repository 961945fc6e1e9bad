/**
 * Where the settings live: storage.sync if the browser syncs and holds them, else storage.local
 * (sync disabled, unavailable by policy, or Firefox without an account; ARCHITECTURE.md). The
 * background (the writer) and the views (readers) both read them through this one function.
 */
import type { Browser } from './browser';
import { SETTINGS_KEY } from './storage-keys';

export interface StoredSettings {
  /** The stored value as found (unparsed), undefined when there is none. */
  readonly raw: unknown;
  /** The area it came from, so a repair is written back where it was read. */
  readonly area: 'sync' | 'local';
  /** storage.local's values for the settings key and the `alsoLocal` keys, from the same read. */
  readonly local: Record<string, unknown>;
}

type SettingsStorage = Pick<Browser.Storage.Static, 'local' | 'sync'>;

/** Settings stored in storage.sync, or undefined when none are there or sync cannot be read. */
async function readSynced(storage: SettingsStorage): Promise<unknown> {
  try {
    return (await storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    return undefined;
  }
}

/**
 * Settings from sync, else local; both areas are read at once (one round trip), and the caller's
 * other local keys (`alsoLocal`: the session, the notice…) come with the same storage.local read.
 */
export async function readStoredSettings(
  storage: SettingsStorage,
  alsoLocal: readonly string[] = [],
): Promise<StoredSettings> {
  const [synced, local] = await Promise.all([
    readSynced(storage),
    storage.local.get([SETTINGS_KEY, ...alsoLocal]),
  ]);
  return synced === undefined
    ? { raw: local[SETTINGS_KEY], area: 'local', local }
    : { raw: synced, area: 'sync', local };
}

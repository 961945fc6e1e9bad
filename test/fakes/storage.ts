/**
 * A fake `storage` area with the real semantics the background relies on: async, values cloned in
 * and out (structuredClone), `get` with string / array / object-with-defaults / null keys, and
 * `onChanged` with {oldValue, newValue} only for keys whose value actually changed (as Chrome).
 */
import { isDeepStrictEqual } from 'node:util';
import type { Browser } from '../../src/shared/browser';
import { FakeEvent } from './event';
import { Hangs } from './hang';

type StorageChange = Browser.Storage.StorageChange;
type StorageArea = Browser.Storage.StorageArea;

export type ChangeListener = (changes: Record<string, StorageChange>, areaName: string) => void;

/** Typed against the polyfill's StorageArea: a signature drift there fails `tsc` here. */
export class FakeStorageArea
  implements Pick<StorageArea, 'get' | 'set' | 'remove' | 'clear' | 'onChanged'>
{
  readonly onChanged = new FakeEvent<(changes: Record<string, StorageChange>) => void>();
  private readonly data = new Map<string, unknown>();
  private readonly setFailures: Error[] = [];
  private readonly hangs = new Hangs<{ op: 'set' | 'remove'; keys: string[] }>();
  /** When true every call rejects, like storage.sync with sync disabled by policy. */
  unavailable = false;
  /** Number of `set` calls that went through (successful writes). */
  setCount = 0;

  constructor(
    readonly areaName: 'local' | 'sync',
    private readonly emit: (changes: Record<string, StorageChange>, areaName: string) => void,
  ) {}

  /** Makes the next `count` calls to `set` reject (e.g. the quota is full). */
  failNextSet(count = 1, error = new Error('QUOTA_BYTES quota exceeded')): void {
    for (let i = 0; i < count; i++) this.setFailures.push(error);
  }

  /**
   * The worker dies inside the next `op` call that touches one of `keys`: that call never
   * settles and writes nothing. Resolves when it is reached (then call `restart()`).
   */
  hangNext(op: 'set' | 'remove', ...keys: string[]): Promise<void> {
    return this.hangs.plant((call) => call.op === op && keys.some((k) => call.keys.includes(k)));
  }

  /** Synchronous copy of everything stored, for assertions. */
  peek(): Record<string, unknown> {
    return structuredClone(Object.fromEntries(this.data));
  }

  /** Puts values in place without events, as if stored by an earlier run. */
  seed(items: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }

  async get(keys?: Parameters<StorageArea['get']>[0]): Promise<Record<string, unknown>> {
    await this.gate();
    const out: Record<string, unknown> = {};
    if (keys === null || keys === undefined) {
      for (const [k, v] of this.data) out[k] = structuredClone(v);
      return out;
    }
    if (typeof keys === 'string' || Array.isArray(keys)) {
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
      }
      return out;
    }
    for (const [k, fallback] of Object.entries(keys)) {
      out[k] = structuredClone(this.data.has(k) ? this.data.get(k) : fallback);
    }
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await this.gate();
    const hung = this.hangs.take({ op: 'set', keys: Object.keys(items) });
    if (hung) await hung;
    const failure = this.setFailures.shift();
    if (failure) throw failure;
    // Clone everything first: a value that cannot be cloned fails the whole call, like the real one.
    const cloned = Object.entries(items).map(([k, v]) => [k, structuredClone(v)] as const);
    const changes: Record<string, StorageChange> = {};
    for (const [k, v] of cloned) {
      const had = this.data.has(k);
      const old = this.data.get(k);
      this.data.set(k, v);
      if (!had || !isDeepStrictEqual(old, v)) {
        changes[k] = had
          ? { oldValue: structuredClone(old), newValue: structuredClone(v) }
          : { newValue: structuredClone(v) };
      }
    }
    this.setCount++;
    this.notify(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    await this.gate();
    const hung = this.hangs.take({ op: 'remove', keys: typeof keys === 'string' ? [keys] : keys });
    if (hung) await hung;
    const changes: Record<string, StorageChange> = {};
    for (const k of typeof keys === 'string' ? [keys] : keys) {
      if (!this.data.has(k)) continue;
      changes[k] = { oldValue: structuredClone(this.data.get(k)) };
      this.data.delete(k);
    }
    this.notify(changes);
  }

  async clear(): Promise<void> {
    await this.gate();
    const keys = [...this.data.keys()];
    await this.remove(keys);
  }

  private async gate(): Promise<void> {
    // Storage calls are always asynchronous.
    await Promise.resolve();
    if (this.unavailable) throw new Error(`storage.${this.areaName} is not available`);
  }

  private notify(changes: Record<string, StorageChange>): void {
    if (Object.keys(changes).length === 0) return;
    // Events arrive after the call resolves, as in the browsers.
    queueMicrotask(() => {
      void this.onChanged.dispatch(changes);
      this.emit(changes, this.areaName);
    });
  }
}

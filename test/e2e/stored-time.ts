/**
 * "Time passed" for scenarios where the worker restarts with the real clock: every instant in the
 * stored session moves by the same delta, which is indistinguishable (to the extension) from the
 * wall clock having moved the other way.
 */
import type { Page } from 'playwright-core';
import type { Session } from '../../src/core/types';

/** Epoch-ms values (anything after 2001) are instants; counts and minutes are far smaller. */
const INSTANT_FLOOR = 1e12;

function shiftValue(value: unknown, delta: number): unknown {
  if (typeof value === 'number') return value > INSTANT_FLOOR ? value + delta : value;
  if (Array.isArray(value)) return value.map((v) => shiftValue(v, delta));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftValue(v, delta)]));
  }
  return value;
}

/** The session with every stored instant moved by `delta` ms (negative = into the past). */
export function shiftSession(session: Session, delta: number): Session {
  return shiftValue(session, delta) as Session;
}

/** Everything in storage.local, read from an extension page (does not wake the worker). */
export async function pageStorage(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as {
      chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
    };
    return g.chrome.storage.local.get(null);
  });
}

/**
 * A storage or browser call that never settles (a stuck profile, a wedged disk) must not stall
 * the queue: after a bound it counts as failed, like a rejected call. If it lands later, what it
 * wrote is a whole event's session and outbox, which the next event reads and finishes.
 */
import type { StateStore } from './state-store';

/** Far above any healthy storage call, far below Chrome's 5 min limit for an event. */
export const CALL_TIMEOUT_MS = 10_000;

class TimedOut extends Error {}

/** Rejects with `TimedOut` when `promise` has not settled after `ms`. */
export function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(`no answer after ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The store with every call bounded by `ms`. */
export function timedStore(store: StateStore, ms: number): StateStore {
  return {
    load: () => within(store.load(), ms),
    commit: (prev, next, outbox) => within(store.commit(prev, next, outbox), ms),
    clearOutbox: (ended) => within(store.clearOutbox(ended), ms),
    setNotice: (notice) => within(store.setNotice(notice), ms),
    saveSettings: (settings) => within(store.saveSettings(settings), ms),
    logHistory: (entry) => within(store.logHistory(entry), ms),
    setPainScore: (id, step, score) => within(store.setPainScore(id, step, score), ms),
    clearHistory: () => within(store.clearHistory(), ms),
    repairHistory: () => within(store.repairHistory(), ms),
  };
}

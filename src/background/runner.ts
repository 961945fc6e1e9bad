/**
 * Serialises every event: load → transition → save → perform effects, one at a time. Nothing is
 * kept in memory between events except a failed save's notice: the worker may die at any moment,
 * and every event re-derives the truth from storage.
 */
import type { EngineEvent, Session, Settings } from '../core';
import { transition } from '../core';
import type { StateSnapshot } from '../shared/messages';
import type { PerformEffect } from './effects';
import { ERROR_KEYS, ERROR_SAVE_FAILED, ERROR_UNEXPECTED } from './error-keys';
import type { Enqueue } from './queue';
import { createQueue } from './queue';
import type { StateStore, StoredState } from './state-store';

export type RunResult =
  | { readonly ok: true; readonly snapshot: StateSnapshot }
  /** `snapshot` is the state as stored (unchanged), null when storage could not be read. */
  | { readonly ok: false; readonly error: string; readonly snapshot: StateSnapshot | null };

export interface RunnerDeps {
  readonly store: StateStore;
  readonly performEffect: PerformEffect;
  readonly now: () => number;
  readonly onError: (error: unknown) => void;
}

export interface Runner {
  run(event: EngineEvent): Promise<RunResult>;
  /** Runs the event `choose` picks from the stored session (null: nothing to do). */
  runFor(choose: (session: Session | null) => EngineEvent | null): Promise<RunResult>;
  /**
   * Runs the event, then `after` in the same turn of the queue (nothing runs in between), given
   * the session as it was before the event. `after` may perform extra effects.
   */
  runThen(
    event: EngineEvent,
    after: (before: Session | null, result: RunResult, perform: PerformEffect) => Promise<void>,
  ): Promise<RunResult>;
  dismissNotice(): Promise<RunResult>;
  /** Writes through the store (settings, history), then wakes so badge and alarm follow. */
  writeThenWake(write: (store: StateStore) => Promise<void>): Promise<RunResult>;
}

export function createRunner(deps: RunnerDeps): Runner {
  const enqueue: Enqueue = createQueue();
  // A save that failed cannot be recorded in storage, so its notice lives here until a save works.
  let saveFailed = false;

  function snapshot(state: StoredState, session = state.session): StateSnapshot {
    return {
      session,
      settings: state.settings,
      notice: saveFailed ? 'saveFailed' : state.notice,
    };
  }

  async function perform(
    effects: Parameters<PerformEffect>[0][],
    settings: Settings,
  ): Promise<void> {
    for (const effect of effects) {
      try {
        await deps.performEffect(effect, settings);
      } catch (error) {
        // One failed browser call (e.g. notifications blocked) must not stop the badge or alarm.
        deps.onError(error);
      }
    }
  }

  async function step(
    pick: EngineEvent | ((session: Session | null) => EngineEvent | null),
    onLoaded: (state: StoredState) => void = () => undefined,
  ): Promise<RunResult> {
    const state = await deps.store.load();
    onLoaded(state);
    const event = typeof pick === 'function' ? pick(state.session) : pick;
    if (event === null) return { ok: true, snapshot: snapshot(state) };
    const result = transition(state.session, event, deps.now(), state.settings);
    if (result.error !== undefined) {
      return { ok: false, error: ERROR_KEYS[result.error], snapshot: snapshot(state) };
    }
    try {
      await deps.store.saveSession(state.session, result.session);
    } catch (error) {
      deps.onError(error);
      saveFailed = true;
      // No effects for a state that isn't stored: the next event retries from what is.
      return { ok: false, error: ERROR_SAVE_FAILED, snapshot: snapshot(state) };
    }
    saveFailed = false;
    await perform([...result.effects], state.settings);
    return { ok: true, snapshot: snapshot(state, result.session) };
  }

  async function guarded(job: () => Promise<RunResult>): Promise<RunResult> {
    try {
      return await job();
    } catch (error) {
      deps.onError(error);
      return { ok: false, error: ERROR_UNEXPECTED, snapshot: null };
    }
  }

  return {
    run: (event) => enqueue(() => guarded(() => step(event))),
    runFor: (choose) => enqueue(() => guarded(() => step(choose))),
    runThen: (event, after) =>
      enqueue(() =>
        guarded(async () => {
          let before: Session | null = null;
          const result = await step(event, (state) => {
            before = state.session;
          });
          try {
            await after(before, result, deps.performEffect);
          } catch (error) {
            deps.onError(error);
          }
          return result;
        }),
      ),
    writeThenWake: (write) =>
      enqueue(() =>
        guarded(async () => {
          try {
            await write(deps.store);
          } catch (error) {
            deps.onError(error);
            return { ok: false, error: ERROR_SAVE_FAILED, snapshot: null };
          }
          return step({ type: 'wake' });
        }),
      ),
    dismissNotice: () =>
      enqueue(() =>
        guarded(async () => {
          saveFailed = false;
          try {
            await deps.store.setNotice(null);
          } catch (error) {
            deps.onError(error);
            saveFailed = true;
            const state = await deps.store.load();
            return { ok: false, error: ERROR_SAVE_FAILED, snapshot: snapshot(state) };
          }
          return { ok: true, snapshot: snapshot(await deps.store.load()) };
        }),
      ),
  };
}

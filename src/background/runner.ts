/**
 * Serialises every event, one at a time: load → transition → arm the alarm → save the session
 * with its outbox (the effects still to perform) in one write → perform → clear the outbox.
 * The worker may die between any two steps (RELIABILITY.md): nothing is kept in memory between
 * events except a failed save's notice, every event re-derives the truth from storage, and the
 * next event first finishes an outbox a dead worker left behind.
 */
import type { Effect, EngineEvent, Session, Settings } from '../core';
import { transition } from '../core';
import type { StateSnapshot } from '../shared/messages';
import type { PerformEffect, PerformMode } from './effects';
import { ERROR_SAVE_FAILED, ERROR_UNEXPECTED, errorKey } from './error-keys';
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

/** What the runner runs: an event, or a choice of one from the stored session (null: none). */
export type Pick = EngineEvent | ((session: Session | null) => EngineEvent | null);

export const WAKE: EngineEvent = { type: 'wake' };

/** Thrown by a `writeThenWake` write that refuses its input: replied as `error`, not a fault. */
export class WriteRefused extends Error {
  constructor(readonly error: string) {
    super(error);
  }
}

export interface Runner {
  run(pick: Pick): Promise<RunResult>;
  /**
   * Runs the event, then `after` in the same turn of the queue (nothing runs in between), given
   * the session as it was before the event. `after` may perform extra effects.
   */
  runThen(
    event: EngineEvent,
    after: (before: Session | null, result: RunResult, perform: PerformEffect) => Promise<void>,
  ): Promise<RunResult>;
  dismissNotice(): Promise<RunResult>;
  /**
   * Writes through the store (settings, history), then runs `event` so badge and alarm follow
   * (`settings` after a settings change: the session re-plans from its next phase).
   */
  writeThenWake(
    write: (store: StateStore) => Promise<void>,
    event?: EngineEvent,
  ): Promise<RunResult>;
}

/** Alert and its clearing compete for the one notification; other effects by type. */
function slot(effect: Effect): string {
  return effect.type === 'clearNotification' ? 'notify' : effect.type;
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
    effects: readonly Effect[],
    settings: Settings,
    mode?: PerformMode,
  ): Promise<void> {
    for (const effect of effects) {
      try {
        await deps.performEffect(effect, settings, mode);
      } catch (error) {
        // One failed browser call (e.g. notifications blocked) must not stop the badge or alarm.
        deps.onError(error);
      }
    }
  }

  async function step(
    pick: Pick,
    onLoaded: (state: StoredState) => void = () => undefined,
  ): Promise<RunResult> {
    const state = await deps.store.load();
    onLoaded(state);
    const { settings, outbox } = state;
    const event = typeof pick === 'function' ? pick(state.session) : pick;
    const result = event && transition(state.session, event, deps.now(), settings);
    const accepted = result?.error === undefined ? result : null;
    const effects = accepted?.effects ?? [];
    const next = accepted ? accepted.session : state.session;
    if (outbox) {
      // A worker died after saving. Its log and pain are finished; its alert and badge only if
      // this event brings none of its own (at most one alert per wake, never an outdated one).
      const own = new Set(effects.map(slot));
      await perform(
        outbox.filter((e) => e.type === 'log' || e.type === 'pain' || !own.has(slot(e))),
        settings,
        'replay',
      );
    }
    let saved = false;
    if (accepted) {
      // Armed before the save, and only ever earlier: a worker that dies in between is woken
      // for the stored state, whose transition then runs again.
      await perform(
        effects.filter((e) => e.type === 'alarm'),
        settings,
        'early',
      );
      try {
        // A late chime is worse than none: sound is never kept for a replay.
        saved = await deps.store.commit(
          state.session,
          next,
          effects.filter((e) => e.type !== 'alarm' && e.type !== 'sound'),
        );
      } catch (error) {
        deps.onError(error);
        saveFailed = true;
        // No effects for a state that isn't stored: the next event (at the latest the alarm
        // just armed) retries from what is.
        return { ok: false, error: ERROR_SAVE_FAILED, snapshot: snapshot(state) };
      }
      saveFailed = false;
      await perform(effects, settings);
    }
    if (saved || outbox) {
      try {
        await deps.store.clearOutbox(next === null);
      } catch (error) {
        // Left in place, it is replayed (idempotently) by the next event.
        deps.onError(error);
      }
    }
    if (result?.error !== undefined) {
      return { ok: false, error: errorKey(result.error), snapshot: snapshot(state) };
    }
    return { ok: true, snapshot: snapshot(state, next) };
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
    run: (pick) => enqueue(() => guarded(() => step(pick))),
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
    writeThenWake: (write, event = WAKE) =>
      enqueue(() =>
        guarded(async () => {
          try {
            await write(deps.store);
          } catch (error) {
            if (error instanceof WriteRefused)
              return { ok: false, error: error.error, snapshot: null };
            deps.onError(error);
            return { ok: false, error: ERROR_SAVE_FAILED, snapshot: null };
          }
          return step(event);
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
          }
          const state = await deps.store.load();
          return saveFailed
            ? { ok: false, error: ERROR_SAVE_FAILED, snapshot: snapshot(state) }
            : { ok: true, snapshot: snapshot(state) };
        }),
      ),
  };
}

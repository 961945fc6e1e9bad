/**
 * Serialises every event, one at a time: load → transition → arm the alarm → save the session
 * with its outbox (the effects still to perform) in one write → perform → clear the outbox.
 * The worker may die between any two steps (RELIABILITY.md): nothing is kept in memory between
 * events except what a failed save could not write (the session and history it owes, and the
 * notice), every event re-derives the truth from storage, and the next event first finishes an
 * outbox a dead worker left behind.
 */
import type { Effect, EngineEvent, Session, Settings } from '../core';
import { clockFault, MINUTE, transition } from '../core';
import { BUILT_AT } from '../shared/built-at';
import type { StateSnapshot } from '../shared/messages';
import type { PerformEffect, PerformMode } from './effects';
import { ERROR_CLOCK_FAULT, ERROR_SAVE_FAILED, ERROR_UNEXPECTED, errorKey } from './error-keys';
import type { Enqueue } from './queue';
import { createQueue } from './queue';
import type { SaveTrouble } from './save-trouble';
import type { StateStore, StoredState } from './state-store';
import { CALL_TIMEOUT_MS, timedStore, within } from './timed';

export type RunResult =
  | { readonly ok: true; readonly snapshot: StateSnapshot }
  /** `snapshot` is the state as stored (unchanged), null when storage could not be read. */
  | { readonly ok: false; readonly error: string; readonly snapshot: StateSnapshot | null };

export interface RunnerDeps {
  readonly store: StateStore;
  readonly performEffect: PerformEffect;
  readonly now: () => number;
  readonly onError: (error: unknown) => void;
  /** Retries and shows storage that keeps failing (save-trouble.ts). */
  readonly trouble?: SaveTrouble;
  /** A storage or browser call still pending after this long counts as failed. */
  readonly timeoutMs?: number;
  /** A clock reading earlier than this is wrong (src/shared/built-at.ts; tests inject it). */
  readonly builtAt?: number;
}

/** While the clock is wrong, it is checked again this often. */
const CLOCK_CHECK_MS = MINUTE;

/** "Take it off" (and its repeats) with its chime: shown even when its state cannot be saved. */
function protectsSkin(effects: readonly Effect[]): Effect[] {
  const takeOff = effects.some((e) => e.type === 'notify' && e.notify.kind === 'takeOff');
  return takeOff ? effects.filter((e) => e.type === 'notify' || e.type === 'sound') : [];
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
  // A wake's state that storage refused, with the stored state it came from (JSON) and the
  // history it owes. Lost with the worker: the next one recomputes it from storage.
  let unsaved: { base: string; session: Session | null; effects: readonly Effect[] } | null = null;
  const ms = deps.timeoutMs ?? CALL_TIMEOUT_MS;
  const store = timedStore(deps.store, ms);

  /** Trouble is shown best effort: its own failure must not hide the event's result. */
  async function report(change: keyof SaveTrouble): Promise<void> {
    try {
      if (deps.trouble) await within(deps.trouble[change](), ms);
    } catch (error) {
      deps.onError(error);
    }
  }

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
        await within(deps.performEffect(effect, settings, mode), ms);
      } catch (error) {
        // One failed browser call (e.g. notifications blocked) must not stop the badge or alarm.
        deps.onError(error);
      }
    }
  }

  async function load(): Promise<StoredState> {
    try {
      return await store.load();
    } catch (error) {
      // Unreadable storage is the same trouble: retried, and shown if it persists.
      await report('failed');
      throw error;
    }
  }

  /**
   * The clock cannot be right (clock-fault.ts): nothing is run or saved, the stored session is
   * kept as it is (an outbox too, for later). The badge says so; a check a minute later (by the
   * wrong clock) carries on as soon as the clock is sane. A command is refused until then.
   */
  async function waitForClock(state: StoredState, pick: Pick, now: number): Promise<RunResult> {
    await perform([{ type: 'alarm', when: now + CLOCK_CHECK_MS }], state.settings, 'early');
    await report('clockWrong');
    const wake = typeof pick !== 'function' && (pick.type === 'wake' || pick.type === 'settings');
    return wake
      ? { ok: true, snapshot: snapshot(state) }
      : { ok: false, error: ERROR_CLOCK_FAULT, snapshot: snapshot(state) };
  }

  async function step(
    pick: Pick,
    onLoaded: (state: StoredState) => void = () => undefined,
  ): Promise<RunResult> {
    const state = await load();
    onLoaded(state);
    const { settings, outbox } = state;
    // Time that passed while storage refused to save is not lost: the unsaved state is carried
    // on from memory while storage still holds what it was computed from.
    const carried = unsaved?.base === JSON.stringify(state.session) ? unsaved : null;
    const from = carried ? carried.session : state.session;
    const now = deps.now();
    const fault = clockFault(now, from?.lastSeenAt ?? null, deps.builtAt ?? BUILT_AT);
    // Stop stays possible on a clock set back by days (it may be the stored date that is wrong).
    const stop = typeof pick !== 'function' && pick.type === 'stop';
    if (fault === 'beforeBuild' || (fault === 'jumpedBack' && !stop)) {
      return waitForClock(state, pick, now);
    }
    const event = typeof pick === 'function' ? pick(from) : pick;
    const result = event && transition(from, event, now, settings);
    const accepted = result?.error === undefined ? result : null;
    const next = accepted ? accepted.session : state.session;
    const effects = [...(accepted && carried ? carried.effects : []), ...(accepted?.effects ?? [])];
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
        saved = await store.commit(
          state.session,
          next,
          effects.filter((e) => e.type !== 'alarm' && e.type !== 'sound'),
        );
      } catch (error) {
        deps.onError(error);
        saveFailed = true;
        // The skin comes first: "take it off" is shown from the computed state though it is
        // not stored. Time passing (not a command, which is refused) is carried in memory with
        // the history it owes; everything else waits for the retry (the alarm just armed, or
        // the retry alarm), which saves and performs it.
        await perform(protectsSkin(effects), settings);
        if (event?.type === 'wake' || event?.type === 'settings') {
          unsaved = {
            base: JSON.stringify(state.session),
            session: next,
            effects: effects.filter((e) => e.type === 'log' || e.type === 'pain'),
          };
        }
        await report('failed');
        return { ok: false, error: ERROR_SAVE_FAILED, snapshot: snapshot(state) };
      }
      saveFailed = false;
      unsaved = null;
      await report('recovered');
      await perform(effects, settings);
    }
    if (saved || outbox) {
      try {
        await store.clearOutbox(next === null);
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
            await write(store);
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
            await store.setNotice(null);
          } catch (error) {
            deps.onError(error);
            saveFailed = true;
          }
          const state = await load();
          return saveFailed
            ? { ok: false, error: ERROR_SAVE_FAILED, snapshot: snapshot(state) }
            : { ok: true, snapshot: snapshot(state) };
        }),
      ),
  };
}

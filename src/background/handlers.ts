/**
 * The background's answer to every command in src/shared/messages.ts. The table's type makes a
 * missing handler a compile error; replies are values, never exceptions.
 */
import type { EngineEvent, Settings } from '../core';
import { applySettingsPatch, DEFAULT_SETTINGS } from '../core';
import type { CommandName, Message, MessageOf, Reply, StateSnapshot } from '../shared/messages';
import { ERROR_INVALID_SETTINGS } from './error-keys';
import type { Runner, RunResult } from './runner';
import { WAKE, WriteRefused } from './runner';

export type HandlerTable = { [K in CommandName]: (msg: MessageOf<K>) => Promise<Reply<K>> };

/** The reply of every command whose answer is the state snapshot. */
type SnapshotReply = { ok: true; value: StateSnapshot } | { ok: false; error: string };

function reply(result: RunResult): SnapshotReply {
  return result.ok ? { ok: true, value: result.snapshot } : { ok: false, error: result.error };
}

/** The commands that are their own engine event, with nothing but their type. */
type Bare = 'confirm' | 'pause' | 'resume' | 'skip' | 'stop' | 'ackTakeOff' | 'dismissPain';

const SETTINGS_EVENT: EngineEvent = { type: 'settings' };

export interface HandlerDeps {
  readonly runner: Runner;
  readonly randomId: () => string;
  readonly testAlert: () => Promise<Reply<'testAlert'>>;
}

export function createHandlers({ runner, randomId, testAlert }: HandlerDeps): HandlerTable {
  const command = async (event: EngineEvent): Promise<SnapshotReply> =>
    reply(await runner.run(event));
  // Only the type is passed on: a view's message is not trusted to carry anything else.
  const bare = (msg: { type: Bare }): Promise<SnapshotReply> => command({ type: msg.type });
  // Settings changed: the engine re-plans the running session from its next phase.
  const changeSettings = async (next: (saved: Settings) => Settings): Promise<SnapshotReply> =>
    reply(
      await runner.writeThenWake(
        async (store) => store.saveSettings(next((await store.load()).settings)),
        SETTINGS_EVENT,
      ),
    );

  return {
    // Opening the popup is a wake: it catches up on anything an alarm missed. A reader still
    // gets the stored state when the wake could not be saved (the snapshot then carries the
    // saveFailed notice) or the engine had nothing to wake.
    getState: async () => {
      const result = await runner.run(WAKE);
      return result.snapshot ? { ok: true, value: result.snapshot } : reply(result);
    },
    start: (msg) =>
      command({
        type: 'start',
        planId: msg.planId,
        injuryAt: msg.injuryAt,
        ...(msg.custom === undefined ? {} : { custom: msg.custom }),
        id: randomId(),
      }),
    confirm: bare,
    pause: bare,
    resume: bare,
    skip: bare,
    snooze: (msg) => command({ type: 'snooze', minutes: msg.minutes }),
    stop: bare,
    ackTakeOff: bare,
    logPain: (msg) => command({ type: 'logPain', score: msg.score }),
    dismissPain: bare,
    dismissNotice: async () => reply(await runner.dismissNotice()),
    // Only the fields given change, over the settings as saved (read in the queue, so two
    // changes never lose one another). Views are not trusted to validate: a change with any
    // field the parser would have to repair, or none at all, is refused whole.
    saveSettings: (msg) =>
      changeSettings((saved) => {
        const next = applySettingsPatch(saved, msg.settings);
        if (next === null) throw new WriteRefused(ERROR_INVALID_SETTINGS);
        return next;
      }),
    resetSettings: () => changeSettings(() => DEFAULT_SETTINGS),
    clearHistory: async () => reply(await runner.writeThenWake((store) => store.clearHistory())),
    testAlert,
  };
}

export function dispatch(table: HandlerTable, msg: Message): Promise<Reply<CommandName>> {
  // TypeScript cannot correlate msg.type with the handler's parameter; the table's type does.
  const handler = table[msg.type] as (m: Message) => Promise<Reply<CommandName>>;
  return handler(msg);
}

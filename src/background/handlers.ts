/**
 * The background's answer to every command in src/shared/messages.ts. The table's type makes a
 * missing handler a compile error; replies are values, never exceptions.
 */
import type { EngineEvent, Settings } from '../core';
import { DEFAULT_SETTINGS, parseSettings } from '../core';
import type { CommandName, Message, MessageOf, Reply, StateSnapshot } from '../shared/messages';
import { ERROR_INVALID_SETTINGS } from './error-keys';
import type { Runner, RunResult } from './runner';
import { WAKE } from './runner';

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
  const saveSettings = async (settings: Settings): Promise<SnapshotReply> =>
    reply(await runner.writeThenWake((store) => store.saveSettings(settings), SETTINGS_EVENT));

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
    saveSettings: async (msg) => {
      // Views are not trusted to validate: anything the parser had to repair is refused.
      const parsed = parseSettings(msg.settings);
      return parsed.reset
        ? { ok: false, error: ERROR_INVALID_SETTINGS }
        : saveSettings(parsed.value);
    },
    resetSettings: () => saveSettings(DEFAULT_SETTINGS),
    clearHistory: async () => reply(await runner.writeThenWake((store) => store.clearHistory())),
    testAlert,
  };
}

export function dispatch(table: HandlerTable, msg: Message): Promise<Reply<CommandName>> {
  // TypeScript cannot correlate msg.type with the handler's parameter; the table's type does.
  const handler = table[msg.type] as (m: Message) => Promise<Reply<CommandName>>;
  return handler(msg);
}

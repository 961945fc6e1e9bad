/**
 * The popup's `Client` twin: an in-memory snapshot, a settable clock, recorded sends. Commands
 * run through the real engine (`transition`) so screens see real sessions.
 */
import type { EngineEvent, PlanId, Session, Settings } from '../../src/core';
import { DEFAULT_SETTINGS, HOUR, transition } from '../../src/core';
import type { Client, Shortcut } from '../../src/shared/client';
import type {
  CommandName,
  Message,
  MessageOf,
  Reply,
  StateSnapshot,
} from '../../src/shared/messages';

export const T0 = Date.UTC(2026, 0, 5, 9);

export interface MockClient extends Client {
  snapshot: StateSnapshot;
  clock: number;
  readonly sent: Message[];
  readonly opened: string[];
  /** What `readShortcuts` returns (none set by default). */
  keys: Shortcut[];
  /** Replace the next reply for a command (e.g. an error). */
  replyWith(type: CommandName, reply: Reply<CommandName>): void;
  /** Simulates the background writing storage: listeners get the new snapshot. */
  push(patch: Partial<StateSnapshot>): void;
  /** Moves the clock and lets the engine catch up, like the background's alarm would. */
  advance(ms: number): void;
  sentOf<K extends CommandName>(type: K): MessageOf<K>[];
  listenerCount(): number;
}

function toEvent(msg: Message): EngineEvent | null {
  switch (msg.type) {
    case 'getState':
      return { type: 'wake' };
    case 'dismissNotice':
      return null;
    case 'start':
      return { ...msg, id: 'mock' };
    default:
      return msg as EngineEvent;
  }
}

export function createMockClient(initial: Partial<StateSnapshot> = {}, clock = T0): MockClient {
  const listeners = new Set<(s: StateSnapshot) => void>();
  const overrides = new Map<CommandName, Reply<CommandName>>();
  const client: MockClient = {
    snapshot: { session: null, settings: DEFAULT_SETTINGS, notice: null, ...initial },
    clock,
    sent: [],
    opened: [],
    keys: [],
    readSnapshot: () => Promise.resolve(client.snapshot),
    send<K extends CommandName>(msg: MessageOf<K>): Promise<Reply<K>> {
      client.sent.push(msg);
      const override = overrides.get(msg.type);
      if (override) {
        overrides.delete(msg.type);
        return Promise.resolve(override as Reply<K>);
      }
      if (msg.type === 'dismissNotice') client.snapshot = { ...client.snapshot, notice: null };
      const event = toEvent(msg);
      if (event) {
        const r = transition(
          client.snapshot.session,
          event,
          client.clock,
          client.snapshot.settings,
        );
        if (r.error) {
          const key = `error${r.error[0]?.toUpperCase()}${r.error.slice(1)}`;
          return Promise.resolve({ ok: false, error: key });
        }
        client.snapshot = { ...client.snapshot, session: r.session };
      }
      return Promise.resolve({ ok: true, value: client.snapshot } as Reply<K>);
    },
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    now: () => client.clock,
    openPage(path) {
      client.opened.push(path);
    },
    readShortcuts: () => Promise.resolve(client.keys),
    replyWith(type, reply) {
      overrides.set(type, reply);
    },
    push(patch) {
      client.snapshot = { ...client.snapshot, ...patch };
      for (const cb of listeners) cb(client.snapshot);
    },
    advance(ms) {
      client.clock += ms;
    },
    sentOf<K extends CommandName>(type: K): MessageOf<K>[] {
      return client.sent.filter((m): m is MessageOf<K> => m.type === type);
    },
    listenerCount: () => listeners.size,
  };
  return client;
}

/** A step of a fixture: an event at T0, or an event at a given instant. */
export type FixtureStep = EngineEvent | readonly [EngineEvent, number];

/** Real sessions built through the engine with a fixed clock (start at T0). */
export function sessionAt(
  steps: readonly FixtureStep[],
  opts: { injuryAgo?: number; planId?: PlanId; settings?: Settings } = {},
): Session {
  const settings = opts.settings ?? DEFAULT_SETTINGS;
  const start: EngineEvent = {
    type: 'start',
    planId: opts.planId ?? 'guide',
    injuryAt: T0 - (opts.injuryAgo ?? 2 * HOUR),
    id: 'fixture',
  };
  let r = transition(null, start, T0, settings);
  for (const step of steps) {
    if (r.error || !r.session) break;
    const [event, at] = Array.isArray(step) ? step : [step as EngineEvent, T0];
    r = transition(r.session, event, at, settings);
  }
  if (r.error || !r.session) throw new Error(`fixture failed: ${r.error ?? 'no session'}`);
  return r.session;
}

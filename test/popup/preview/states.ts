/**
 * One real session per popup state, built through the engine with a fixed clock: the unit tests
 * walk them all, and the preview (test/popup/preview/shoot.mjs) draws them for screenshots.
 */
import type { EngineEvent, Session, Settings } from '../../../src/core';
import { DEFAULT_SETTINGS, HOUR, MINUTE, transition } from '../../../src/core';
import type { StateSnapshot } from '../../../src/shared/messages';
import { T0 } from '../mock-client';

export interface PopupState {
  readonly name: string;
  readonly snapshot: StateSnapshot;
  /** The popup's clock. */
  readonly now: number;
}

const QUIET: Settings = {
  ...DEFAULT_SETTINGS,
  quietHours: { enabled: true, start: 22 * 60, end: 7 * 60 },
};

/** Runs events from a start at `at` (each [event, minutes after the start]). */
function run(
  events: readonly (readonly [EngineEvent, number])[],
  opts: { at?: number; planId?: 'guide' | 'heat'; settings?: Settings; injuryAgo?: number } = {},
): Session {
  const at = opts.at ?? T0;
  const settings = opts.settings ?? DEFAULT_SETTINGS;
  const start: EngineEvent = {
    type: 'start',
    planId: opts.planId ?? 'guide',
    injuryAt: at - (opts.injuryAgo ?? 2 * HOUR),
    id: 'preview',
  };
  let r = transition(null, start, at, settings);
  for (const [event, minutes] of events) {
    if (!r.session || r.error) break;
    r = transition(r.session, event, at + minutes * MINUTE, settings);
  }
  if (!r.session || r.error) throw new Error(`state failed: ${r.error ?? 'no session'}`);
  return r.session;
}

const state = (name: string, session: Session | null, minutes: number, settings?: Settings) => ({
  name,
  snapshot: { session, settings: settings ?? DEFAULT_SETTINGS, notice: null },
  now: T0 + minutes * MINUTE,
});

const wake = { type: 'wake' } as const;
const confirm = { type: 'confirm' } as const;
const ack = { type: 'ackTakeOff' } as const;

/** Every state the popup can show, in the order a person meets them. */
export function popupStates(): PopupState[] {
  const quietAt = T0 + 14 * HOUR + 30 * MINUTE; // 23:30 (UTC clock)
  const quiet = run([], { at: quietAt, settings: QUIET });
  // Six applications through the popup in the first hours, then the window ends unattended.
  const cycles = [0, 1, 2, 3, 4, 5].flatMap((i): [EngineEvent, number][] => [
    [confirm, 40 * i],
    [wake, 40 * i + 20],
    [ack, 40 * i + 20],
  ]);
  const finished = run([...cycles, [wake, 47 * 60]], { injuryAgo: 1 * HOUR });
  return [
    state('idle', null, 0),
    state('due-first', run([]), 1),
    state('snoozed', run([[{ type: 'snooze', minutes: 10 }, 1]]), 3),
    { ...state('quiet', quiet, 0, QUIET), now: quietAt + MINUTE },
    state('ice', run([[confirm, 0]]), 8),
    state(
      'take-off',
      run([
        [confirm, 0],
        [wake, 22],
      ]),
      22,
    ),
    state(
      'pain',
      run([
        [confirm, 0],
        [wake, 20],
        [ack, 21],
      ]),
      21,
    ),
    state(
      'rest',
      run([
        [confirm, 0],
        [wake, 20],
        [ack, 21],
        [{ type: 'dismissPain' }, 21],
      ]),
      28,
    ),
    state(
      'due-later',
      run([
        [confirm, 0],
        [wake, 20],
        [ack, 21],
        [wake, 40],
      ]),
      41,
    ),
    state(
      'paused',
      run([
        [confirm, 0],
        [wake, 20],
        [ack, 21],
        [{ type: 'dismissPain' }, 21],
        [{ type: 'pause' }, 25],
      ]),
      30,
    ),
    state('heat', run([[confirm, 0]], { planId: 'heat' }), 5),
    state('finished', finished, 47 * 60 + 1),
  ];
}

/**
 * A clock that cannot be right is a clock fault, not time passing. Before the build date (a
 * reset to 1999, a dead CMOS battery), or days earlier than the session was last seen (a clock
 * set back by days), the engine is not run at all: the stored session is kept as it is, the
 * person is told, and it carries on once the clock is sane. (A jump back of less is followed,
 * clock-back.ts. A jump forward, even of days, cannot be told from a computer that was off,
 * and is handled as a late wake.)
 */
import type { Ms } from './types';
import { HOUR } from './types';

/** A clock set back by more than this is a fault; less is followed (clock-back.ts). */
export const CLOCK_JUMP_MAX: Ms = 48 * HOUR;

export type ClockFault = 'beforeBuild' | 'jumpedBack';

/** Why `now` cannot be trusted, or null when it can. `builtAt`: the build's date. */
export function clockFault(now: Ms, lastSeenAt: Ms | null, builtAt: Ms): ClockFault | null {
  if (!Number.isFinite(now) || now < builtAt) return 'beforeBuild';
  if (lastSeenAt !== null && now < lastSeenAt - CLOCK_JUMP_MAX) return 'jumpedBack';
  return null;
}

/**
 * A fake wall clock. `advance`/`set` move time forward through every scheduled moment in order
 * (e.g. the fake alarms), awaiting what each one triggers, like time passing in a browser.
 */
export interface ClockScheduler {
  /** The earliest pending instant, or null. */
  nextDueAt(): number | null;
  /** Fires everything due at or before the clock's current instant. */
  fireDue(): Promise<void>;
}

export interface FakeClock {
  now(): number;
  /** Moves time forward by `ms`, firing scheduled moments on the way. */
  advance(ms: number): Promise<void>;
  /** Moves to `ms` (forward fires scheduled moments; backward just jumps, like a clock change). */
  set(ms: number): Promise<void>;
  /**
   * The machine sleeps for `ms`: nothing fires meanwhile; on waking, everything overdue fires
   * once, late (as alarms do after a suspend).
   */
  sleep(ms: number): Promise<void>;
  /** Registers a scheduler (the fake alarms); returns the unregister function. */
  attach(scheduler: ClockScheduler): () => void;
}

/** Guards against a scheduler that keeps re-arming for the present instant forever. */
const MAX_FIRINGS = 100_000;

export function createFakeClock(start: number): FakeClock {
  let current = start;
  const schedulers = new Set<ClockScheduler>();

  function nextDue(): number | null {
    let min: number | null = null;
    for (const s of schedulers) {
      const due = s.nextDueAt();
      if (due !== null && (min === null || due < min)) min = due;
    }
    return min;
  }

  async function runTo(target: number): Promise<void> {
    for (let i = 0; i < MAX_FIRINGS; i++) {
      const due = nextDue();
      if (due === null || due > target) {
        current = Math.max(current, target);
        return;
      }
      current = Math.max(current, due);
      for (const s of [...schedulers]) await s.fireDue();
    }
    throw new Error('fake clock: scheduled moments never settle');
  }

  return {
    now: () => current,
    advance: (ms) => runTo(current + ms),
    set: async (ms) => {
      if (ms < current) current = ms;
      else await runTo(ms);
    },
    sleep: async (ms) => {
      current += ms;
      for (const s of [...schedulers]) await s.fireDue();
    },
    attach(scheduler) {
      schedulers.add(scheduler);
      return () => schedulers.delete(scheduler);
    },
  };
}

/** Fake `idle`: the system's state; only changes fire, and Firefox never reports `locked`. */
import type { IdleState } from '../../src/background/browser-api';
import type { Browser } from '../../src/shared/browser';
import { FakeEvent } from './event';
import type { Flavour } from './flavour';

/** Typed against the polyfill's idle API: a signature drift there fails `tsc` here. */
export class FakeIdle implements Pick<Browser.Idle.Static, 'queryState' | 'onStateChanged'> {
  readonly onStateChanged = new FakeEvent<(state: IdleState) => unknown>();
  state: IdleState = 'active';

  constructor(private readonly flavour: Flavour) {}

  async queryState(_seconds: number): Promise<IdleState> {
    return this.state;
  }

  /** The system reports a new state; only changes fire, as in the browsers. */
  async set(state: IdleState): Promise<void> {
    // Firefox never reports `locked` (PLATFORM.md §7): the screen lock reads as idle.
    const next = this.flavour === 'firefox' && state === 'locked' ? 'idle' : state;
    if (next === this.state) return;
    this.state = next;
    await this.onStateChanged.dispatch(next);
  }
}

/**
 * Time: the suite moves the clock *inside* the browser (in-browser.ts installClock) and fires the
 * extension's pending alarm early, so the shipped code runs unchanged against a shifted clock.
 */
import { ALARM_NAME } from '../../../src/shared/storage-keys';
import type { Recorder } from '../in-browser';
import { installClock } from '../in-browser';
import { waitFor } from './common';
import { WorkerControl } from './worker';

export class ClockControl extends WorkerControl {
  /** Moves the clock of the worker and of every open extension page to real time + `offset`. */
  async setOffset(offset: number): Promise<void> {
    this.offset = offset;
    await this.bg(installClock, offset);
    for (const page of this.pages) {
      if (page.url().startsWith(`chrome-extension://${this.id}/`)) {
        await page.evaluate(installClock, offset);
      }
    }
  }

  get clockOffset(): number {
    return this.offset;
  }

  /** The worker's (shifted) now. */
  now(): Promise<number> {
    return this.bg(() => Date.now(), undefined);
  }

  /**
   * Moves the clock to the next `hour`:00 local time (the browser's time zone), so a scenario
   * meets the same time of day (e.g. outside the default quiet hours) whenever it runs.
   */
  async startDayAt(hour: number): Promise<number> {
    const offset = await this.bg((h) => {
      const g = globalThis as unknown as { __icecycleE2eClock: { realNow: () => number } };
      const real = g.__icecycleE2eClock.realNow();
      const day = new Date(real);
      day.setHours(h, 0, 0, 0);
      if (day.getTime() < real) day.setDate(day.getDate() + 1);
      return day.getTime() - real;
    }, hour);
    await this.setOffset(offset);
    return offset;
  }

  /** Sets the clock so that the worker's now is `instant` (+ `slackMs`). */
  async moveClockTo(instant: number, slackMs = 200): Promise<void> {
    await this.setOffset(instant + slackMs - Date.now());
  }

  /**
   * Fires the extension's pending alarm now, against the shifted clock: re-arms `icecycle-tick`
   * at real now + 50 ms, waits for it to fire and for the background to settle (`settle`).
   */
  async fireAlarm(): Promise<void> {
    const t0 = Date.now();
    const before = await this.bg(() => {
      const g = globalThis as unknown as { __icecycleE2eRec: Recorder };
      return {
        fired: g.__icecycleE2eRec.fired.length,
        calls: g.__icecycleE2eRec.alarmCalls.length,
      };
    }, undefined);
    await this.armAlarmNow();
    // Either it fires, or an open popup whose countdown reached zero asked the background to
    // catch up first (popup app.tsx), which then re-armed the alarm for the next moment.
    await waitFor(
      'the alarm to fire (or a wake to replace it)',
      () =>
        this.bg((from) => {
          const g = globalThis as unknown as { __icecycleE2eRec: Recorder };
          const rec = g.__icecycleE2eRec;
          return (
            rec.fired.length > from.fired || rec.alarmCalls.slice(from.calls).some((c) => !c.byTest)
          );
        }, before),
      (done) => done,
    );
    await this.settle();
    if (process.env.E2E_DEBUG) console.log(`fireAlarm ${Date.now() - t0} ms`);
  }

  /**
   * Waits until the background has finished what it was doing: no browser call in flight and
   * none begun or ended for `quietMs` (every step of settling an event awaits one; runner.ts).
   */
  async settle(quietMs = 80): Promise<void> {
    await waitFor(
      'the background to settle',
      () =>
        this.bg(() => {
          const g = globalThis as unknown as {
            __icecycleE2eRec: Recorder;
            __icecycleE2eClock: { realNow: () => number };
          };
          const { pending, lastAt } = g.__icecycleE2eRec.busy;
          return { pending, idleMs: g.__icecycleE2eClock.realNow() - lastAt };
        }, undefined),
      (b) => b.pending === 0 && b.idleMs >= quietMs,
    );
  }

  /** Fires the extension's alarm at real now + 50 ms, without waiting for the background. */
  async armAlarmNow(): Promise<void> {
    await this.bg(async (name) => {
      const g = globalThis as unknown as {
        __icecycleE2eRec: Recorder;
        __icecycleE2eClock: { realNow: () => number };
      };
      await g.__icecycleE2eRec.fireAt(name, g.__icecycleE2eClock.realNow() + 50);
    }, ALARM_NAME);
  }
}

/**
 * Fake `alarms`: one alarm per name (a create replaces it), `when`/`delayInMinutes`/
 * `periodInMinutes` as in Chrome (a repeating alarm re-bases from the moment it fires), an
 * optional minimum delay like a packed Chrome build, fired by the fake clock (clock.ts).
 */
import type { Browser } from '../../src/shared/browser';
import type { FakeClock } from './clock';
import { FakeEvent } from './event';

type Alarm = Browser.Alarms.Alarm;
type AlarmCreateInfo = Browser.Alarms.CreateAlarmInfoType;

/** Typed against the polyfill's alarms API: a signature drift there fails `tsc` here. */
export class FakeAlarms
  implements
    Pick<Browser.Alarms.Static, 'create' | 'get' | 'getAll' | 'clear' | 'clearAll' | 'onAlarm'>
{
  readonly onAlarm = new FakeEvent<(alarm: Alarm) => unknown>();
  /** Every successful create call, in order (to check nothing is re-armed needlessly). */
  readonly createCalls: Alarm[] = [];
  private readonly alarms = new Map<string, Alarm>();

  constructor(
    private readonly clock: FakeClock,
    private readonly minDelayMs: number,
  ) {
    clock.attach({ nextDueAt: () => this.nextDueAt(), fireDue: () => this.fireDue() });
  }

  async create(
    nameOrInfo: string | undefined | AlarmCreateInfo,
    maybeInfo?: AlarmCreateInfo,
  ): Promise<void> {
    await Promise.resolve();
    const byName = typeof nameOrInfo !== 'object';
    const name = byName ? (nameOrInfo ?? '') : '';
    const info = (byName ? maybeInfo : nameOrInfo) ?? {};
    const now = this.clock.now();
    let scheduledTime: number;
    if (info.when !== undefined) {
      if (info.delayInMinutes !== undefined)
        throw new Error('Cannot set both when and delayInMinutes.');
      scheduledTime = info.when;
    } else if (info.delayInMinutes !== undefined)
      scheduledTime = now + info.delayInMinutes * 60_000;
    else if (info.periodInMinutes !== undefined)
      scheduledTime = now + info.periodInMinutes * 60_000;
    else throw new Error('Must set at least one of when, delayInMinutes, or periodInMinutes.');
    scheduledTime = Math.max(scheduledTime, now + this.minDelayMs);
    // A create with an existing name replaces that alarm.
    const alarm: Alarm = {
      name,
      scheduledTime,
      ...(info.periodInMinutes === undefined ? {} : { periodInMinutes: info.periodInMinutes }),
    };
    this.alarms.set(name, alarm);
    this.createCalls.push({ ...alarm });
  }

  async get(name = ''): Promise<Alarm | undefined> {
    await Promise.resolve();
    const alarm = this.alarms.get(name);
    return alarm ? { ...alarm } : undefined;
  }

  async getAll(): Promise<Alarm[]> {
    await Promise.resolve();
    return [...this.alarms.values()].map((a) => ({ ...a }));
  }

  async clear(name = ''): Promise<boolean> {
    await Promise.resolve();
    return this.alarms.delete(name);
  }

  async clearAll(): Promise<boolean> {
    await Promise.resolve();
    const had = this.alarms.size > 0;
    this.alarms.clear();
    return had;
  }

  /** Synchronous view for assertions. */
  peek(): Alarm[] {
    return [...this.alarms.values()].map((a) => ({ ...a }));
  }

  /** Loses every alarm, as a browser restart does (Firefox keeps alarms in memory only). */
  forget(): void {
    this.alarms.clear();
  }

  private nextDueAt(): number | null {
    let min: number | null = null;
    for (const a of this.alarms.values())
      if (min === null || a.scheduledTime < min) min = a.scheduledTime;
    return min;
  }

  private async fireDue(): Promise<void> {
    const now = this.clock.now();
    const due = [...this.alarms.values()]
      .filter((a) => a.scheduledTime <= now)
      .sort((a, b) => a.scheduledTime - b.scheduledTime);
    for (const alarm of due) {
      // Only fire what is still armed with this instant (an earlier listener may have changed it).
      const current = this.alarms.get(alarm.name);
      if (current?.scheduledTime !== alarm.scheduledTime) continue;
      if (alarm.periodInMinutes !== undefined) {
        // Chrome re-bases a repeating alarm from the moment it fires.
        this.alarms.set(alarm.name, {
          ...alarm,
          scheduledTime: now + alarm.periodInMinutes * 60_000,
        });
      } else this.alarms.delete(alarm.name);
      await this.onAlarm.dispatch({ ...alarm });
    }
  }
}

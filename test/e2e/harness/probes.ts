/**
 * What the extension holds and shows, read from its worker: alarms (and the recorder's log of
 * alarm calls), notifications, the toolbar badge, storage.
 */
import type { Session } from '../../../src/core/types';
import { SESSION_KEY } from '../../../src/shared/storage-keys';
import type { AlarmCall, NotifyRecord, Recorder } from '../in-browser';
import { ClockControl } from './clock';

export interface AlarmInfo {
  readonly name: string;
  readonly scheduledTime: number;
}

export interface Badge {
  readonly text: string;
  /** "#rrggbb" (alpha dropped). */
  readonly color: string;
  readonly title: string;
}

function toHex(rgba: readonly number[]): string {
  return `#${rgba
    .slice(0, 3)
    .map((n) => n.toString(16).padStart(2, '0'))
    .join('')}`;
}

export class ExtensionProbes extends ClockControl {
  async alarmCalls(from = 0): Promise<AlarmCall[]> {
    return this.bg((start) => {
      const g = globalThis as unknown as { __icecycleE2eRec: Recorder };
      return g.__icecycleE2eRec.alarmCalls.slice(start);
    }, from);
  }

  /** Notifications the background created since the recorder was installed. */
  async notified(): Promise<NotifyRecord[]> {
    return this.bg(() => {
      const g = globalThis as unknown as { __icecycleE2eRec: Recorder };
      return g.__icecycleE2eRec.notifications;
    }, undefined);
  }

  async notifiedTitles(from = 0): Promise<string[]> {
    return (await this.notified()).slice(from).map((n) => n.title);
  }

  /** Ids of the notifications currently shown (chrome.notifications.getAll). */
  async shownNotifications(): Promise<string[]> {
    return this.bg(async () => {
      const g = globalThis as unknown as {
        chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } };
      };
      return Object.keys(await g.chrome.notifications.getAll());
    }, undefined);
  }

  async alarms(): Promise<AlarmInfo[]> {
    return this.bg(async () => {
      const g = globalThis as unknown as {
        chrome: { alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> } };
      };
      const all = await g.chrome.alarms.getAll();
      return all.map((a) => ({ name: a.name, scheduledTime: a.scheduledTime }));
    }, undefined);
  }

  async badge(): Promise<Badge> {
    const raw = await this.bg(async () => {
      const g = globalThis as unknown as {
        chrome: {
          action: {
            getBadgeText(d: object): Promise<string>;
            getBadgeBackgroundColor(d: object): Promise<number[]>;
            getTitle(d: object): Promise<string>;
          };
        };
      };
      const a = g.chrome.action;
      return {
        text: await a.getBadgeText({}),
        color: await a.getBadgeBackgroundColor({}),
        title: await a.getTitle({}),
      };
    }, undefined);
    return { text: raw.text, color: toHex(raw.color), title: raw.title };
  }

  /** Everything in storage.sync (where the options page saves settings). */
  syncStorage(): Promise<Record<string, unknown>> {
    return this.storageArea('sync');
  }

  /** Everything in storage.local. */
  storage(): Promise<Record<string, unknown>> {
    return this.storageArea('local');
  }

  private storageArea(area: 'local' | 'sync'): Promise<Record<string, unknown>> {
    return this.bg(async (name) => {
      type Area = { get(k: null): Promise<Record<string, unknown>> };
      const g = globalThis as unknown as { chrome: { storage: Record<string, Area> } };
      return (g.chrome.storage[name] as Area).get(null);
    }, area);
  }

  /** Writes `items` into a storage area from inside the worker, as the extension itself would. */
  writeStorage(items: Record<string, unknown>, area: 'local' | 'sync' = 'local'): Promise<void> {
    return this.bg(
      async ({ name, values }) => {
        type Area = { set(v: object): Promise<void> };
        const g = globalThis as unknown as { chrome: { storage: Record<string, Area> } };
        await (g.chrome.storage[name] as Area).set(values);
      },
      { name: area, values: items },
    );
  }

  async session(): Promise<Session | null> {
    return ((await this.storage())[SESSION_KEY] as Session | undefined) ?? null;
  }
}

/**
 * Fake `notifications` with both browsers' rules: one notification per id (a create under a
 * shown id updates it without a pop-up), Chromium's buttons and permission level, and Firefox's
 * synchronous schema errors for Chromium-only options (PLATFORM.md §4).
 */
import type { NotificationOptions } from '../../src/background/browser-api';
import type { Browser } from '../../src/shared/browser';
import { FakeEvent } from './event';
import type { Flavour } from './flavour';
import { Hangs } from './hang';

type Notifications = Browser.Notifications.Static;

/** Typed against the polyfill's notifications API: a signature drift there fails `tsc` here. */
export class FakeNotifications
  implements
    Pick<Notifications, 'create' | 'clear' | 'getAll' | 'onClicked' | 'onClosed'>,
    Partial<Pick<Notifications, 'onButtonClicked' | 'getPermissionLevel'>>
{
  readonly onClicked = new FakeEvent<(id: string) => unknown>();
  readonly onClosed = new FakeEvent<(id: string, byUser: boolean) => unknown>();
  readonly onButtonClicked?: FakeEvent<(id: string, buttonIndex: number) => unknown>;
  /** Chromium only. Set `permission` to simulate notifications blocked in the browser. */
  getPermissionLevel?: () => Promise<'granted' | 'denied'>;
  permission: 'granted' | 'denied' = 'granted';
  /** Every notification ever created, in order. */
  readonly created: { id: string; options: NotificationOptions }[] = [];
  /**
   * Titles of the alerts that popped up: created under an id not on screen. A create under an id
   * still shown (or kept in the tray) only updates it in place, with no new pop-up
   * (GoogleChrome/developer.chrome.com#4349).
   */
  readonly popups: string[] = [];
  /** Every create and clear call in order, as "create:<id>" / "clear:<id>". */
  readonly calls: string[] = [];
  private readonly shown = new Map<string, NotificationOptions>();
  private readonly hangs = new Hangs<'create' | 'clear'>();
  private nextId = 1;

  constructor(private readonly flavour: Flavour) {
    if (flavour === 'chromium') {
      this.onButtonClicked = new FakeEvent();
      this.getPermissionLevel = async () => this.permission;
    }
  }

  /**
   * The worker dies inside the next `create` (or `clear`): the call never settles and nothing
   * is shown (or cleared). Resolves when it is reached (then call `restart()`).
   */
  hangNext(method: 'create' | 'clear'): Promise<void> {
    return this.hangs.plant((m) => m === method);
  }

  create(
    idOrOptions: string | undefined | NotificationOptions,
    maybeOptions?: NotificationOptions,
  ): Promise<string> {
    const hung = this.hangs.take('create');
    if (hung) return hung;
    const options = typeof idOrOptions === 'object' ? idOrOptions : maybeOptions;
    const id =
      typeof idOrOptions === 'string' && idOrOptions !== '' ? idOrOptions : `auto-${this.nextId++}`;
    if (!options) throw new Error('notifications.create: options are required');
    if (this.flavour === 'firefox') {
      // Firefox validates against its schema synchronously and throws (PLATFORM.md §4).
      if ('buttons' in options) {
        throw new Error(
          'Type error for parameter options (Property "buttons" is unsupported by Firefox)',
        );
      }
      if ('requireInteraction' in options) {
        throw new Error(
          'Type error for parameter options (Property "requireInteraction" is unsupported by Firefox)',
        );
      }
    } else {
      const missing = ['type', 'iconUrl', 'title', 'message'].filter(
        (k) => (options as unknown as Record<string, unknown>)[k] === undefined,
      );
      if (missing.length > 0) {
        return Promise.reject(
          new Error(`Some of the required properties are missing: ${missing.join(', ')}`),
        );
      }
      if ((options.buttons?.length ?? 0) > 2) return Promise.reject(new Error('At most 2 buttons'));
    }
    // The same id replaces the notification on screen instead of adding another.
    this.calls.push(`create:${id}`);
    if (!this.shown.has(id)) this.popups.push(options.title);
    this.shown.set(id, structuredClone(options));
    this.created.push({ id, options: structuredClone(options) });
    return Promise.resolve(id);
  }

  async clear(id: string): Promise<boolean> {
    this.calls.push(`clear:${id}`);
    await Promise.resolve();
    const hung = this.hangs.take('clear');
    if (hung) await hung;
    return this.shown.delete(id);
  }

  async getAll(): Promise<Record<string, NotificationOptions>> {
    await Promise.resolve();
    return structuredClone(Object.fromEntries(this.shown));
  }

  /** Synchronous view for assertions. */
  peek(): Record<string, NotificationOptions> {
    return structuredClone(Object.fromEntries(this.shown));
  }

  /** The person clicks the notification body. */
  click(id: string): Promise<void> {
    return this.onClicked.dispatch(id);
  }

  /** The person clicks a button (Chromium). */
  async clickButton(id: string, index: number): Promise<void> {
    if (!this.onButtonClicked) throw new Error('no notification buttons in this browser');
    await this.onButtonClicked.dispatch(id, index);
  }

  /** The notification goes away (the person dismissed it, or the system did). */
  async close(id: string, byUser: boolean): Promise<void> {
    if (!this.shown.delete(id)) return;
    await this.onClosed.dispatch(id, byUser);
  }

  forget(): void {
    this.shown.clear();
  }
}

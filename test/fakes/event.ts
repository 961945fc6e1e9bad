/** A fake `events.Event`: listeners in registration order; `dispatch` awaits what they return. */

// biome-ignore lint/suspicious/noExplicitAny: listeners of any signature, like the real API.
export class FakeEvent<F extends (...args: any[]) => unknown> {
  private readonly listeners: F[] = [];

  addListener(callback: F): void {
    if (!this.listeners.includes(callback)) this.listeners.push(callback);
  }

  removeListener(callback: F): void {
    const i = this.listeners.indexOf(callback);
    if (i >= 0) this.listeners.splice(i, 1);
  }

  hasListener(callback: F): boolean {
    return this.listeners.includes(callback);
  }

  hasListeners(): boolean {
    return this.listeners.length > 0;
  }

  /** All current listeners (a copy). */
  get all(): readonly F[] {
    return [...this.listeners];
  }

  removeAll(): void {
    this.listeners.length = 0;
  }

  /** Calls every listener and awaits any promise they return (like an event page staying alive). */
  async dispatch(...args: Parameters<F>): Promise<void> {
    const results = this.all.map((listener) => listener(...args));
    await Promise.all(results.map((r) => (isThenable(r) ? r : undefined)));
  }
}

export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

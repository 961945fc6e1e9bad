/**
 * Fault injection for "the worker died here": a call that matches a planted hang never settles
 * and changes nothing, exactly as a killed worker's pending call looks to the code that made it.
 * `plant` resolves once the call is reached, so a test can then kill the worker (restart()).
 */
export class Hangs<K> {
  private readonly planted: { match: (key: K) => boolean; reached: () => void }[] = [];

  plant(match: (key: K) => boolean): Promise<void> {
    return new Promise((reached) => this.planted.push({ match, reached }));
  }

  /** A promise that never settles if `key` matches a planted hang (used once), else null. */
  take(key: K): Promise<never> | null {
    const i = this.planted.findIndex((h) => h.match(key));
    if (i < 0) return null;
    this.planted.splice(i, 1)[0]?.reached();
    return new Promise<never>(() => undefined);
  }
}

/** A promise queue: jobs run one at a time in arrival order, so no update is ever lost. */
export type Enqueue = <T>(job: () => Promise<T>) => Promise<T>;

export function createQueue(): Enqueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const result = tail.then(job, job);
    // A failed job must not block the ones after it.
    tail = result.catch(() => undefined);
    return result;
  };
}

/**
 * How unit tests give the product its browser. The real webextension-polyfill throws outside an
 * extension, so test/fakes/setup.ts mocks it with `polyfillStandIn()`: src/shared/browser.ts — the
 * product's one browser module — then exports this stand-in, which forwards every access to the
 * fake installed with `useFakeBrowser`. Kept on globalThis so `vi.resetModules()` (a worker
 * restart in test/background/harness.ts) does not lose it.
 */
import type { FakeBrowser } from './index';

const CURRENT = Symbol.for('icecycle.test.fakeBrowser');

type Holder = { [CURRENT]?: FakeBrowser | null };

/** Installs `fake` as the browser the product sees (null: none, as outside an extension). */
export function useFakeBrowser(fake: FakeBrowser | null): void {
  (globalThis as Holder)[CURRENT] = fake;
}

function current(): FakeBrowser {
  const fake = (globalThis as Holder)[CURRENT];
  // The polyfill's own message, with what a test must do about it.
  if (!fake)
    throw new Error(
      'This script should only be loaded in a browser extension (unit tests: useFakeBrowser first).',
    );
  return fake;
}

/** What `import browser from 'webextension-polyfill'` gives in unit tests. */
export function polyfillStandIn(): object {
  return new Proxy(
    {},
    {
      get: (_target, key) => Reflect.get(current(), key),
      has: (_target, key) => Reflect.has(current(), key),
    },
  );
}

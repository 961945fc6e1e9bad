/**
 * Vitest setup (vitest.config.ts): every unit test runs the product's own browser module,
 * src/shared/browser.ts, over the in-memory fake instead of the real polyfill (which throws
 * outside an extension). A test installs its fake with `useFakeBrowser` (test/fakes/install.ts).
 */
import { afterEach, vi } from 'vitest';
import { useFakeBrowser } from './install';

vi.mock('webextension-polyfill', async () => {
  const { polyfillStandIn } = await import('./install');
  return { default: polyfillStandIn() };
});

afterEach(() => useFakeBrowser(null));

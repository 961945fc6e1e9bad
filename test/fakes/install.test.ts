/** The product's browser module over the fake: what test/fakes/setup.ts and install.ts promise. */
import { describe, expect, it, vi } from 'vitest';
import { browser } from '../../src/shared/browser';
import { createFakeBrowser } from './index';
import { useFakeBrowser } from './install';

describe('src/shared/browser.ts in unit tests', () => {
  it('throws like the polyfill outside an extension until a fake is installed', () => {
    expect(() => browser.runtime).toThrow(/only be loaded in a browser extension/);
  });

  it('forwards every access to the installed fake, and to the next one after a swap', async () => {
    const first = createFakeBrowser();
    useFakeBrowser(first);
    await browser.storage.local.set({ a: 1 });
    expect(first.storage.local.peek()).toEqual({ a: 1 });
    expect('offscreen' in browser).toBe(true);

    const firefox = createFakeBrowser({ flavour: 'firefox' });
    useFakeBrowser(firefox);
    expect(browser.runtime.getURL('popup.html')).toMatch(/^moz-extension:\/\//);
    expect('offscreen' in browser).toBe(false);
  });

  it('survives vi.resetModules (a worker restart re-imports the module)', async () => {
    const fake = createFakeBrowser();
    useFakeBrowser(fake);
    vi.resetModules();
    const fresh = await import('../../src/shared/browser');
    expect(fresh.browser.runtime.id).toBe(fake.runtime.id);
  });
});

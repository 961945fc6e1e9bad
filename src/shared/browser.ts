/**
 * The one door to the browser. Every context — background, popup, options, guide and welcome
 * pages, the offscreen document — imports `browser` from here and from nowhere else; a convention
 * test (test/convention/browser-layer.test.ts) fails if any other file imports
 * webextension-polyfill or reads the `chrome`/`browser` globals.
 *
 * webextension-polyfill gives one promise-based API under one name in both browsers: Firefox's
 * native `browser`, and Chromium's (native `browser` from Chrome 148, which the polyfill passes
 * through untouched; older Chromium gets its promise wrapper over `chrome`). It throws outside an
 * extension, so unit tests mock the polyfill with the in-memory fake (test/fakes/setup.ts).
 * https://github.com/mozilla/webextension-polyfill
 *
 * Types come from @types/webextension-polyfill (Firefox's schema); the few Chromium-only members
 * IceCycle feature-detects are declared in src/background/browser-api.ts.
 */
import polyfill from 'webextension-polyfill';

export type { default as Browser } from 'webextension-polyfill';

export const browser = polyfill;

/**
 * Where the browsers are: one list for every script, the bench and the end-to-end tests.
 * An environment variable (CHROMIUM_PATH, FIREFOX_PATH) wins over the usual install paths.
 */
import { existsSync } from 'node:fs';

export const BROWSERS = {
  chromium: {
    label: 'Chromium',
    env: 'CHROMIUM_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/lib/chromium/chromium',
      '/usr/bin/chromium-browser',
      '/snap/bin/chromium',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    install: 'apt-get install chromium',
  },
  firefox: {
    label: 'Firefox',
    env: 'FIREFOX_PATH',
    paths: [
      '/usr/bin/firefox',
      '/usr/bin/firefox-esr',
      '/usr/lib/firefox-esr/firefox-esr',
      '/snap/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
    ],
    install: 'apt-get install firefox-esr',
  },
};

/**
 * The browser's executable as `{ path }`, or `{ problem }`: a one-line reason a person can act on
 * (the variable names a missing file, or no usual path has the browser).
 */
export function locateBrowser(kind) {
  const browser = BROWSERS[kind];
  const fromEnv = process.env[browser.env];
  if (fromEnv) {
    return existsSync(fromEnv)
      ? { path: fromEnv }
      : { problem: `${browser.env}=${fromEnv} does not exist.` };
  }
  const found = browser.paths.find((p) => existsSync(p));
  if (found) return { path: found };
  return {
    problem: `${browser.label} not found: ${browser.install}, or set ${browser.env} to its executable.`,
  };
}

/** Chromium's executable, or null when there is none (the caller decides whether that fails). */
export function findChromium() {
  return locateBrowser('chromium').path ?? null;
}

/**
 * Chromium flags to load the unpacked extension(s) in `extensionDir` (one folder, or several
 * comma-separated, and no other extension) in a quiet, fresh-profile browser:
 * no first-run UI, no background traffic, no sync (the e2e harness and the bench add their own).
 */
export function chromiumExtensionFlags(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

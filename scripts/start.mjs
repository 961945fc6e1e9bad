/**
 * Opens a browser with dist/ loaded as an unpacked extension in a fresh temporary profile
 * (`npm start` builds first). Uses web-ext, which also reloads the extension when dist/ changes,
 * so `npm run watch` in another terminal gives a live loop.
 *
 *   node scripts/start.mjs              Chromium (CHROMIUM_PATH, or the usual install paths)
 *   node scripts/start.mjs --firefox    Firefox (FIREFOX_PATH, or firefox / firefox-esr)
 *   node scripts/start.mjs --headless   no window (smoke test; needs no display)
 *   node scripts/start.mjs --source-dir DIR   load another build than dist/
 *
 * Problems a person can fix (no display, no browser, no build) end with one clear message.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BROWSERS, locateBrowser } from './lib/find-browser.mjs';

const root = join(import.meta.dirname, '..');
const webExtBin = join(root, 'node_modules', 'web-ext', 'bin', 'web-ext.js');

/** How to load the extension without this script, when no browser can be started. */
const BY_HAND = {
  chromium:
    'open chrome://extensions, turn on Developer mode, click "Load unpacked" and pick dist/',
  firefox:
    'open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…" and pick dist/manifest.json',
};

class UserError extends Error {}

function findBinary(target) {
  const found = locateBrowser(target);
  if ('path' in found) return found.path;
  if (process.env[BROWSERS[target].env]) throw new UserError(found.problem);
  throw new UserError(`${found.problem}\nOr load the extension by hand: ${BY_HAND[target]}.`);
}

/** On Linux a windowed browser needs X11 or Wayland; macOS and Windows always have a screen. */
function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function webExtArgs(dist, target, binary, headless) {
  const args = ['run', '--source-dir', dist, '--no-input', '--no-config-discovery'];
  if (target === 'firefox') {
    args.push('--target', 'firefox-desktop', '--firefox', binary);
    if (headless) args.push('--arg=--headless');
    return args;
  }
  args.push('--target', 'chromium', '--chromium-binary', binary);
  // Keep a dev profile quiet: no first-run UI, no background traffic, no sync prompts.
  const flags = [
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  // Chromium refuses to start as root without this (containers, CI).
  if (process.getuid?.() === 0) flags.push('--no-sandbox');
  if (headless) flags.push('--headless=new');
  // `--arg=<flag>` (with "=") keeps web-ext's parser from reading the flag as its own option.
  for (const flag of flags) args.push(`--arg=${flag}`);
  return args;
}

function main() {
  const { values } = parseArgs({
    options: {
      firefox: { type: 'boolean', default: false },
      headless: { type: 'boolean', default: false },
      'source-dir': { type: 'string' },
    },
    strict: true,
  });
  const dist = resolve(process.cwd(), values['source-dir'] ?? join(root, 'dist'));
  const target = values.firefox ? 'firefox' : 'chromium';
  const browser = BROWSERS[target];

  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new UserError(
      `No build in ${relative(process.cwd(), dist) || 'dist'}/: run npm run build first (npm start does both).`,
    );
  }
  const binary = findBinary(target);
  if (!values.headless && !hasDisplay()) {
    throw new UserError(
      `No display (neither DISPLAY nor WAYLAND_DISPLAY is set), so ${browser.label} cannot open a window.\n` +
        `Either load dist/ by hand in a browser on a machine with a screen: ${BY_HAND[target]};\n` +
        `or run under a virtual display: xvfb-run npm start${values.firefox ? ' -- --firefox' : ''}.`,
    );
  }
  if (!existsSync(webExtBin)) throw new UserError('web-ext is not installed: run npm ci.');

  const env = { ...process.env };
  if (values.headless && target === 'firefox') env.MOZ_HEADLESS = '1';
  console.log(`Starting ${browser.label} (${binary}) with dist/ loaded in a temporary profile…`);
  const child = spawn(
    process.execPath,
    [webExtBin, ...webExtArgs(dist, target, binary, values.headless)],
    {
      stdio: 'inherit',
      env,
    },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

try {
  main();
} catch (error) {
  if (error instanceof UserError || error?.code?.startsWith?.('ERR_PARSE_ARGS')) {
    console.error(`start: ${error.message}`);
    if (error?.code?.startsWith?.('ERR_PARSE_ARGS'))
      console.error('usage: node scripts/start.mjs [--firefox] [--headless] [--source-dir DIR]');
    process.exitCode = 1;
  } else {
    throw error;
  }
}

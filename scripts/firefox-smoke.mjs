/**
 * `npm run test:firefox`: a smoke run of the built extension in Debian's firefox-esr, headless,
 * through `web-ext run` (TOOLCHAIN.md, "Firefox"). Asserted from what the browser prints:
 *
 *   1. the extension installs as a temporary add-on;
 *   2. its background (Firefox runs background.scripts as an event page) evaluates with no
 *      uncaught error, no unhandled rejection and no console.error;
 *   3. a 1-second alarm fires;
 *   4. the product itself works there: through the background's own message handler the smoke
 *      starts the guide cycle and confirms the ice; the stored session is moved so the ice ends
 *      2 s later (time passing, as in test/e2e/stored-time.ts); the background re-arms its alarm,
 *      the alarm fires and the rest starts, with the alert shown and the badge set.
 *
 * The probes live in a *copy* of dist/ (a temp folder) whose manifest lists
 * `scripts: ['smoke.js', 'background.js', 'smoke-after.js']`; the release dist/ is untouched.
 * Time-boxed to 60 s; the web-ext/Firefox process group is killed afterwards.
 *
 *   node scripts/firefox-smoke.mjs [--source-dir DIR] [--verbose]
 *
 * Without Firefox: one line and exit 0 (CI=true: exit 1).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const webExtBin = join(root, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];
const SKIP_LINE =
  'firefox smoke skipped: Firefox not found — apt-get install -y firefox-esr or set FIREFOX_PATH';
const TIME_BOX_MS = 60_000;
const TAG = 'ICECYCLE_SMOKE';
/** A fixed moz-extension:// host, so errors from our pages can be told from Firefox's own. */
const UUID = '6b1c0c3e-1ce0-4c1e-9c1e-1cec1c1ec1e0';

const { values: opts } = parseArgs({
  options: { 'source-dir': { type: 'string' }, verbose: { type: 'boolean', default: false } },
});
const ci = process.env.CI === 'true' || process.env.CI === '1';

function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

const firefox = findFirefox();
if (!firefox) {
  console.log(SKIP_LINE);
  process.exit(ci ? 1 : 0);
}

const sourceDir = resolve(opts['source-dir'] ?? join(root, 'dist'));
if (!opts['source-dir'] && !existsSync(join(sourceDir, 'manifest.json'))) {
  const build = spawnSync(process.execPath, ['build.mjs', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.log('firefox smoke: the build failed');
    process.exit(1);
  }
}

// Runs before background.js: records errors, captures the background's message listener.
const SMOKE_BEFORE = `'use strict';
const ${TAG} = {
  say: (...parts) => console.log('${TAG}', ...parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p)))),
  listener: null,
};
globalThis.${TAG} = ${TAG};
const originalError = console.error.bind(console);
console.error = (...args) => {
  ${TAG}.say('console.error', ...args.map((a) => (a instanceof Error ? a.stack || a.message : String(a))));
  originalError(...args);
};
self.addEventListener('error', (e) => ${TAG}.say('uncaught', e.message, String(e.filename) + ':' + e.lineno));
self.addEventListener('unhandledrejection', (e) => ${TAG}.say('unhandled rejection', String(e.reason && (e.reason.stack || e.reason))));
const onMessage = browser.runtime.onMessage;
const addListener = onMessage.addListener.bind(onMessage);
onMessage.addListener = (fn) => { ${TAG}.listener = fn; return addListener(fn); };
// Firefox headless without a desktop notification service drops alerts at once (getAll() is
// empty), so record what the background asks for.
${TAG}.notified = [];
const notifications = browser.notifications;
const createNotification = notifications.create.bind(notifications);
notifications.create = (id, options) => {
  ${TAG}.notified.push(options && options.title);
  return createNotification(id, options);
};
const armedAt = Date.now();
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === 'icecycle-smoke') ${TAG}.say('short alarm fired', 'late=' + (Date.now() - armedAt - 1000) + 'ms');
});
browser.alarms.create('icecycle-smoke', { when: armedAt + 1000 });
${TAG}.say('loaded');
`;

// Runs after background.js: drives the real background through its own message handler.
const SMOKE_AFTER = `'use strict';
(async () => {
  const S = globalThis.${TAG};
  S.say('background evaluated', 'listener=' + (typeof S.listener));
  if (typeof S.listener !== 'function') throw new Error('the background registered no message listener');
  const ask = (message) => new Promise((done) => {
    const kept = S.listener(message, { id: browser.runtime.id }, done);
    if (kept !== true) Promise.resolve(kept).then(done);
  });
  const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
  const shift = (v, d) => typeof v === 'number' ? (v > 1e12 ? v + d : v)
    : Array.isArray(v) ? v.map((x) => shift(x, d))
    : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shift(x, d)])) : v;
  const started = await ask({ type: 'start', planId: 'guide', injuryAt: Date.now() - 3 * 3600e3 });
  if (!started || !started.ok) throw new Error('start refused: ' + JSON.stringify(started));
  const confirmed = await ask({ type: 'confirm' });
  if (!confirmed || !confirmed.ok) throw new Error('confirm refused: ' + JSON.stringify(confirmed));
  let { session } = await browser.storage.local.get('session');
  S.say('ice running', 'minutes=' + (session.phaseEndsAt - session.phaseStartedAt) / 60000);
  const endsAt = Date.now() + 2000;
  session = shift(session, endsAt - session.phaseEndsAt);
  await browser.storage.local.set({ session });
  await ask({ type: 'getState' });
  const alarm = await browser.alarms.get('icecycle-tick');
  S.say('product alarm armed', 'offset=' + (alarm ? Math.round(alarm.scheduledTime - endsAt) : 'none') + 'ms');
  for (let i = 0; i < 100; i++) {
    const now = (await browser.storage.local.get('session')).session;
    if (now && now.stepIndex === 1) {
      await sleep(300);
      const shown = Object.keys(await browser.notifications.getAll());
      const badge = await browser.action.getBadgeText({});
      S.say('product alarm fired: rest started', 'late=' + (Date.now() - endsAt) + 'ms', 'alerts=' + S.notified.join('|'), 'shown=' + shown.join(','), 'badge=' + badge);
      S.say('done');
      return;
    }
    await sleep(100);
  }
  throw new Error('the rest never started');
})().catch((error) => globalThis.${TAG}.say('smoke failed', String(error && (error.stack || error))));
`;

const work = mkdtempSync(join(tmpdir(), 'icecycle-ff-smoke-'));
const ext = join(work, 'ext');
cpSync(sourceDir, ext, { recursive: true });
const manifestPath = join(ext, 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const geckoId = manifest.browser_specific_settings?.gecko?.id;
manifest.background.scripts = ['smoke.js', ...manifest.background.scripts, 'smoke-after.js'];
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
writeFileSync(join(ext, 'smoke.js'), SMOKE_BEFORE);
writeFileSync(join(ext, 'smoke-after.js'), SMOKE_AFTER);

const args = [
  webExtBin,
  'run',
  '--source-dir',
  ext,
  '--target',
  'firefox-desktop',
  `--firefox=${firefox}`,
  '--no-input',
  '--no-reload',
  '--arg=--headless',
  '--verbose',
  '--pref',
  'devtools.console.stdout.content=true',
];
if (geckoId)
  args.push('--pref', `extensions.webextensions.uuids=${JSON.stringify({ [geckoId]: UUID })}`);

const startedAt = Date.now();
const child = spawn(process.execPath, args, {
  cwd: root,
  detached: true, // own process group: web-ext and Firefox are killed together
  env: { ...process.env, MOZ_HEADLESS: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
});

const lines = [];
const seen = new Map();
let buffer = '';
function onData(chunk) {
  buffer += chunk.toString();
  let nl = buffer.indexOf('\n');
  while (nl >= 0) {
    const line = buffer.slice(0, nl);
    buffer = buffer.slice(nl + 1);
    lines.push(line);
    if (opts.verbose) console.log(line);
    note(line);
    nl = buffer.indexOf('\n');
  }
}
child.stdout.on('data', onData);
child.stderr.on('data', onData);

const problems = [];
function note(line) {
  if (/Installed .* as a temporary add-on/.test(line)) seen.set('installed', line);
  const at = line.indexOf(TAG);
  if (at >= 0) {
    const text = line
      .slice(at + TAG.length)
      .replace(/^"?\s*"?\s*/, '')
      .replace(/"/g, '');
    for (const key of [
      'loaded',
      'background evaluated',
      'short alarm fired',
      'product alarm armed',
      'product alarm fired',
      'done',
    ]) {
      if (text.startsWith(key) && !seen.has(key)) seen.set(key, text);
    }
    if (/^(console\.error|uncaught|unhandled rejection|smoke failed)/.test(text))
      problems.push(text);
  }
  // Errors Firefox reports against our pages (by their fixed moz-extension:// host).
  if (
    /JavaScript error|JavaScript warning|console\.error/.test(line) &&
    line.includes(`moz-extension://${UUID}`)
  ) {
    problems.push(line.trim());
  }
}

const finished = await new Promise((done) => {
  const timer = setTimeout(() => done(false), TIME_BOX_MS);
  const poll = setInterval(() => {
    if (seen.has('done') || problems.some((p) => p.startsWith('smoke failed'))) {
      clearInterval(poll);
      clearTimeout(timer);
      // A moment for late errors to print.
      setTimeout(() => done(true), 500);
    }
  }, 100);
  child.on('exit', () => {
    clearInterval(poll);
    clearTimeout(timer);
    done(seen.has('done'));
  });
});

function killTree() {
  if (child.exitCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
killTree();
await new Promise((done) => setTimeout(done, 1000));
try {
  if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
} catch {
  // already gone
}
rmSync(work, { recursive: true, force: true });

const checks = [
  ['the extension installed as a temporary add-on', seen.has('installed')],
  ['the background scripts loaded', seen.has('loaded') && seen.has('background evaluated')],
  ['a 1-second alarm fired', seen.has('short alarm fired')],
  [
    "the background armed its alarm at the phase's end",
    /offset=0ms/.test(seen.get('product alarm armed') ?? ''),
  ],
  [
    'the alarm woke the background: rest started, "take the ice off" alert, badge set',
    /alerts=Take the ice off now .*badge=OFF/.test(seen.get('product alarm fired') ?? ''),
  ],
  ['no error from any extension context', problems.length === 0],
];
const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
for (const [what, ok] of checks) console.log(`${ok ? '✓' : '✗'} ${what}`);
for (const key of ['short alarm fired', 'product alarm armed', 'product alarm fired']) {
  if (seen.has(key)) console.log(`  ${seen.get(key)}`);
}
for (const p of problems) console.log(`  error: ${p}`);
const failed = checks.filter(([, ok]) => !ok).length;
if (!finished)
  console.log(
    `  (time box of ${TIME_BOX_MS / 1000} s reached; rerun with --verbose for the browser's output)`,
  );
if (failed > 0 && !opts.verbose) {
  console.log('  last lines from web-ext/Firefox:');
  for (const line of lines.slice(-15)) console.log(`  | ${line.slice(0, 300)}`);
}
console.log(`firefox smoke took ${seconds} s`);
// Alone on its line, in the plain form CI reads: "smoke: N passed, N failed".
console.log(`smoke: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

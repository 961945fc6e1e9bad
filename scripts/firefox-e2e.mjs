/**
 * `npm run test:firefox`: the whole product in Debian's firefox-esr, headless, driven over
 * WebDriver BiDi by puppeteer-core (test/firefox/, TOOLCHAIN.md "Firefox, as measured later").
 * It runs a probe copy of dist/ (test/firefox/probe-copy.mjs) and first checks that dist/ itself
 * holds nothing test-only. Closing line, alone: `firefox: N passed, N failed`.
 *
 *   node scripts/firefox-e2e.mjs [--shots DIR] [--verbose]
 *
 * --shots writes the popup screenshots (idle, ice, rest; 380 px wide) to DIR, e.g.
 * docs/screenshots. Firefox from FIREFOX_PATH or the usual paths (lib/find-browser.mjs); without
 * it: one line and exit 0 (CI=true: exit 1).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Firefox, localeOf, ORIGIN } from '../test/firefox/firefox.mjs';
import { pageChecks } from '../test/firefox/pages.mjs';
import { makeProbeCopy, PROBE_TEXT, releaseLeaks } from '../test/firefox/probe-copy.mjs';
import { productChecks } from '../test/firefox/product.mjs';
import { locateBrowser } from './lib/find-browser.mjs';
import { middayZone } from './lib/midday-zone.mjs';

// Firefox (and this script) run where it is about midday now: see scripts/lib/midday-zone.mjs.
process.env.TZ = middayZone();

const root = join(import.meta.dirname, '..');
const TIME_BOX_MS = 150_000;
const { values: opts } = parseArgs({
  options: { shots: { type: 'string' }, verbose: { type: 'boolean', default: false } },
});
const ci = process.env.CI === 'true' || process.env.CI === '1';

const { path: firefox, problem } = locateBrowser('firefox');
if (!firefox) {
  console.log(`firefox e2e skipped: ${problem}`);
  process.exit(ci ? 1 : 0);
}

const dist = join(root, 'dist');
if (!existsSync(join(dist, 'manifest.json'))) {
  const build = spawnSync(process.execPath, ['build.mjs', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.log('firefox e2e: the build failed');
    process.exit(1);
  }
}
const shots = opts.shots ? resolve(opts.shots) : null;
if (shots) mkdirSync(shots, { recursive: true });

const startedAt = Date.now();
const results = [];
async function check(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`✓ ${name} (${Date.now() - t0} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(
      `✗ ${name}\n    ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 6)
        .join('\n    ')}`,
    );
  }
}

const copy = makeProbeCopy(dist);
await check('dist/ ships nothing test-only; the probe copy is told apart (control)', () => {
  const leaks = releaseLeaks(dist);
  if (leaks.length > 0) throw new Error(`test-only in dist/: ${leaks.join(', ')}`);
  if (releaseLeaks(copy.ext).length === 0)
    throw new Error('no leak found in the probe copy either');
});

const t = localeOf(dist);
let ff = null;
/** The closing line, alone, in the plain form CI reads. */
function closingLine(extraFailed = 0) {
  const failed = results.filter((r) => !r.ok).length + extraFailed;
  console.log(`firefox e2e took ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  console.log(`firefox: ${results.length - failed + extraFailed} passed, ${failed} failed`);
  return failed;
}

const timeBox = setTimeout(() => {
  console.log(`✗ time box of ${TIME_BOX_MS / 1000} s reached`);
  ff?.browser.process()?.kill('SIGKILL');
  closingLine(1);
  process.exit(1);
}, TIME_BOX_MS);

try {
  ff = await Firefox.launch({ executablePath: firefox, ext: copy.ext, geckoId: copy.geckoId });
  await check('the add-on installs as a temporary add-on (BiDi webExtension.install)', () => {
    if (ff.installedId !== copy.geckoId) throw new Error(`installed as ${ff.installedId}`);
  });
  await productChecks({ ff, t, check, shots });
  await pageChecks({ ff, t, check });
  await check('no JavaScript error from any extension context (by the fixed host)', () => {
    // Every line the probes cause carries PROBE_TEXT; the controls assert those.
    const errors = [...ff.errorsSince(), ...ff.consoleErrorsSince()].filter(
      (line) => !line.includes(PROBE_TEXT),
    );
    if (errors.length > 0) throw new Error(errors.join('\n'));
    if (!ff.lines.some((line) => line.includes(ORIGIN))) {
      throw new Error('Firefox never printed our host: is the UUID really the fixed one?');
    }
  });
} catch (error) {
  results.push({ name: 'the run itself', ok: false });
  console.log(`✗ the run stopped: ${error?.stack ?? error}`);
} finally {
  if (opts.verbose && ff) for (const line of ff.lines) console.log(`  | ${line}`);
  await ff?.close().catch(() => undefined);
  clearTimeout(timeBox);
  rmSync(copy.dir, { recursive: true, force: true });
}

process.exit(closingLine() > 0 ? 1 : 0);

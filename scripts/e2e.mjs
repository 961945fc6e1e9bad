/**
 * `npm run test:e2e`: the end-to-end suite in real Chromium (test/e2e/*.e2e.ts) against a fresh
 * release build.
 *
 *   node scripts/e2e.mjs                 fresh release build in artifacts/e2e-dist, run every scenario
 *   node scripts/e2e.mjs --no-build      use dist/ as it is (built only if missing)
 *   node scripts/e2e.mjs guide-cycle     extra arguments go to vitest (e.g. a file filter)
 *
 * The fresh build goes to its own folder, not dist/, so `npm run watch` (or anything else
 * rebuilding dist/) during the ~1.5 min run cannot swap files under the running browser.
 *
 * Chromium comes from CHROMIUM_PATH or the usual install paths (lib/find-browser.mjs). Without one the suite is skipped
 * with a one-line hint (exit 0); with CI=true that is a failure (exit 1).
 * Ends with its time, then one summary line: "e2e: N passed, N failed[, N skipped]".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './lib/find-browser.mjs';
import { middayZone } from './lib/midday-zone.mjs';

const root = join(import.meta.dirname, '..');
const SKIP_LINE =
  'e2e skipped: Chromium not found — apt-get install -y chromium or set CHROMIUM_PATH';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const chromiumPath = findChromium();
if (!chromiumPath) {
  console.log(SKIP_LINE);
  process.exit(ci ? 1 : 0);
}

const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const passThrough = args.filter((a) => a !== '--no-build');

const started = Date.now();
const distDir = noBuild ? join(root, 'dist') : join(root, 'artifacts', 'e2e-dist');
if (!noBuild || !existsSync(join(distDir, 'manifest.json'))) {
  const build = spawnSync(
    process.execPath,
    ['build.mjs', '--release', '--quiet', '--outdir', distDir],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) {
    console.log('e2e: the build failed, nothing was run');
    process.exit(1);
  }
}

const resultsDir = join(root, 'artifacts', 'e2e');
mkdirSync(resultsDir, { recursive: true });
const resultsFile = join(resultsDir, 'results.json');
rmSync(resultsFile, { force: true });

const vitest = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--config',
    'test/e2e/vitest.e2e.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${resultsFile}`,
    ...passThrough,
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromiumPath, E2E_DIST: distDir, TZ: middayZone() },
  },
);

const seconds = ((Date.now() - started) / 1000).toFixed(1);
let summary = `e2e: no results (vitest exited with ${vitest.status ?? vitest.signal})`;
if (existsSync(resultsFile)) {
  const r = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  summary = `e2e: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
  if (r.numFailedTestSuites > 0 && r.numFailedTests === 0) {
    console.log(`e2e: ${r.numFailedTestSuites} file(s) failed to run`);
  }
}
console.log(`e2e took ${seconds} s`);
console.log(summary);
process.exit(vitest.status ?? 1);

/**
 * `npm run test:e2e`: the end-to-end suite in real Chromium (test/e2e/*.e2e.ts) against a fresh
 * release build.
 *
 *   node scripts/e2e.mjs                 fresh release build in artifacts/e2e-dist, run every scenario
 *   node scripts/e2e.mjs --no-build      use dist/ as it is (built only if missing)
 *   node scripts/e2e.mjs guide-cycle     extra arguments go to vitest (e.g. a file filter)
 *
 * The fresh build goes to its own folder, not dist/, so `npm run watch` (or anything else
 * rebuilding dist/) during the ~1.5 min run cannot swap files under the running browser
 * (lib/run-vitest-suite.mjs, which test/deep/fuzz.mjs shares).
 *
 * Chromium comes from CHROMIUM_PATH or the usual install paths (lib/find-browser.mjs). Without one the suite is skipped
 * with a one-line hint (exit 0); with CI=true that is a failure (exit 1).
 * Ends with its time, then one summary line: "e2e: N passed, N failed[, N skipped]".
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { locateBrowser } from './lib/find-browser.mjs';
import { runVitestSuite, suiteSummary } from './lib/run-vitest-suite.mjs';

const root = join(import.meta.dirname, '..');
const ci = process.env.CI === 'true' || process.env.CI === '1';
// The shared finder says what is wrong (not installed, or a CHROMIUM_PATH that does not exist).
const chromium = locateBrowser('chromium');
if (!chromium.path) {
  console.log(`e2e skipped: ${chromium.problem}`);
  process.exit(ci ? 1 : 0);
}

const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const dist = noBuild ? join(root, 'dist') : join(root, 'artifacts', 'e2e-dist');

const run = runVitestSuite({
  label: 'e2e',
  config: 'test/e2e/vitest.e2e.config.ts',
  dist,
  build: !noBuild || !existsSync(join(dist, 'manifest.json')),
  results: join(root, 'artifacts', 'e2e', 'results.json'),
  jsonReport: true,
  env: { CHROMIUM_PATH: chromium.path },
  args: args.filter((a) => a !== '--no-build'),
});
if (!run) process.exit(1);

const { note, closing } = suiteSummary('e2e', run.results, run.exit);
if (note) console.log(note);
console.log(`e2e took ${run.seconds} s`);
console.log(closing);
process.exit(run.status ?? 1);

/**
 * The fuzz run of `npm run test:deep`: builds a release into artifacts/fuzz-dist, runs
 * test/deep/fuzz.deep.ts in real Chromium, then prints its time and, alone on the last line,
 * "N passed, N failed" (fuzz cases). FUZZ_SEED and FUZZ_CASES choose the run (default 1, 250).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { middayZone } from '../../scripts/lib/midday-zone.mjs';

const root = join(import.meta.dirname, '..', '..');
const started = Date.now();
const dist = join(root, 'artifacts', 'fuzz-dist');
const build = spawnSync(process.execPath, ['build.mjs', '--release', '--quiet', '--outdir', dist], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) {
  console.log('fuzz: the build failed, nothing was run');
  process.exit(1);
}
const results = join(root, 'artifacts', 'fuzz.json');
rmSync(results, { force: true });
const run = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--config',
    'test/deep/vitest.deep.config.ts',
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, E2E_DIST: dist, TZ: middayZone() } },
);
console.log(`fuzz took ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (!existsSync(results)) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const r = JSON.parse(readFileSync(results, 'utf8'));
for (const failure of r.failures.slice(0, 20)) console.log(`  ${failure}`);
console.log(`fuzz seed ${r.seed}, ${r.cases} cases:`);
console.log(`${r.passed} passed, ${r.failed} failed`);
process.exit(run.status === 0 && r.failed === 0 ? 0 : 1);

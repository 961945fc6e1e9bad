/**
 * The fuzz run of `npm run test:deep`: builds a release into artifacts/fuzz-dist, runs
 * test/deep/fuzz.deep.ts in real Chromium (scripts/lib/run-vitest-suite.mjs, as the e2e suite),
 * then prints its time and, alone on the last line, "N passed, N failed" (fuzz cases).
 * FUZZ_SEED and FUZZ_CASES choose the run (default 1, 250).
 */
import { join } from 'node:path';
import { runVitestSuite } from '../../scripts/lib/run-vitest-suite.mjs';

const root = join(import.meta.dirname, '..', '..');
const run = runVitestSuite({
  label: 'fuzz',
  config: 'test/deep/vitest.deep.config.ts',
  dist: join(root, 'artifacts', 'fuzz-dist'),
  results: join(root, 'artifacts', 'fuzz.json'),
});
if (!run) process.exit(1);

console.log(`fuzz took ${run.seconds} s`);
const r = run.results;
if (!r) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
for (const failure of r.failures.slice(0, 20)) console.log(`  ${failure}`);
console.log(`fuzz seed ${r.seed}, ${r.cases} cases:`);
console.log(`${r.passed} passed, ${r.failed} failed`);
process.exit(run.status === 0 && r.failed === 0 ? 0 : 1);

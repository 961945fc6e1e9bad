/**
 * One browser suite under vitest, as scripts/e2e.mjs and test/deep/fuzz.mjs run theirs: a fresh
 * release build into its own folder (so `npm run watch` rebuilding dist/ cannot swap files under
 * the running browser), then vitest with the suite's config, the build in E2E_DIST and TZ where
 * it is about midday now (midday-zone.mjs). The caller prints the time and its closing line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { middayZone } from './midday-zone.mjs';

const root = join(import.meta.dirname, '..', '..');

/** vitest's arguments; with `jsonFile` the default reporter still prints, and a JSON one too. */
export function vitestArgs({ config, jsonFile = null, args = [] }) {
  const report = jsonFile
    ? ['--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`]
    : [];
  return ['run', '--config', config, ...report, ...args];
}

/**
 * The closing lines of a vitest JSON report (null: none was written): an optional note, then
 * "<label>: N passed, N failed[, N skipped]".
 */
export function suiteSummary(label, report, exit) {
  if (!report) return { note: null, closing: `${label}: no results (vitest exited with ${exit})` };
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const failedToRun = report.numFailedTestSuites > 0 && report.numFailedTests === 0;
  return {
    note: failedToRun ? `${label}: ${report.numFailedTestSuites} file(s) failed to run` : null,
    closing: `${label}: ${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
  };
}

/**
 * Builds (unless `build` is false) into `dist`, clears `results`, runs vitest on `config` (extra
 * `args`, `env`). The run writes `results` itself, or with `jsonReport` vitest writes its report
 * there. Returns null when the build failed (after saying so), else vitest's exit, the parsed `results`
 * file (null if the run wrote none) and the seconds since the start, as text.
 */
export function runVitestSuite({
  label,
  config,
  dist,
  build = true,
  results,
  jsonReport,
  env,
  args,
}) {
  const started = Date.now();
  if (build) {
    const built = spawnSync(
      process.execPath,
      ['build.mjs', '--release', '--quiet', '--outdir', dist],
      { cwd: root, stdio: 'inherit' },
    );
    if (built.status !== 0) {
      console.log(`${label}: the build failed, nothing was run`);
      return null;
    }
  }
  mkdirSync(dirname(results), { recursive: true });
  rmSync(results, { force: true });
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vitest', 'vitest.mjs'),
      ...vitestArgs({ config, jsonFile: jsonReport ? results : null, args }),
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env, E2E_DIST: dist, TZ: middayZone() },
    },
  );
  return {
    exit: run.status ?? run.signal,
    status: run.status,
    results: existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : null,
    seconds: ((Date.now() - started) / 1000).toFixed(1),
  };
}

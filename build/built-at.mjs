/**
 * The build date the extension compares its clock with (src/shared/built-at.ts, defined as
 * `__ICECYCLE_BUILT_AT__`): the day before the source's date — SOURCE_DATE_EPOCH, else the last
 * commit's date, else today. Deterministic for a given source, so a release stays reproducible.
 */
import { spawnSync } from 'node:child_process';
import { root } from './common.mjs';

const DAY = 86_400_000;

let cached;

/** Computed once per process: every bundle of a build (and of a watch session) shares it. */
export function builtAt() {
  cached ??= computeBuiltAt();
  return cached;
}

function computeBuiltAt() {
  const fromEnv = Number(process.env.SOURCE_DATE_EPOCH);
  let seconds = Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : Number.NaN;
  if (Number.isNaN(seconds)) {
    const git = spawnSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' });
    seconds = Number(git.stdout?.trim());
  }
  const ms = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : Date.now();
  return Math.floor(ms / DAY) * DAY - DAY;
}

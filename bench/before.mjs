/**
 * "Before" for the popup's opening time: the extension as it was at an earlier commit (default
 * 909f68c, the popup before issue 9's redesign), built from `git archive` into a temporary folder
 * with this checkout's node_modules, so the bench can load it next to today's build and time
 * both popups against a blank page in the same run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export const BEFORE_COMMIT = '909f68c';

/**
 * Builds `commit` (release) into `<tmp>/before-dist` and returns that folder, or null with the
 * reason when this checkout cannot (no git history, e.g. a source archive).
 */
export function buildBefore(root, tmp, commit = BEFORE_COMMIT) {
  const src = join(tmp, 'before-src');
  const out = join(tmp, 'before-dist');
  mkdirSync(src, { recursive: true });
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', commit], {
      cwd: root,
      maxBuffer: 256 * 2 ** 20,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    execFileSync('tar', ['-x', '-C', src], { input: archive });
  } catch (error) {
    return {
      dir: null,
      reason: `git archive ${commit} failed: ${String(error.message).split('\n')[0]}`,
    };
  }
  symlinkSync(join(root, 'node_modules'), join(src, 'node_modules'), 'dir');
  const built = spawnSync(
    process.execPath,
    ['build.mjs', '--release', '--quiet', '--outdir', out],
    { cwd: src, encoding: 'utf8' },
  );
  if (built.status !== 0) {
    return { dir: null, reason: `build of ${commit} failed: ${built.stderr.slice(0, 400)}` };
  }
  return { dir: out, reason: null };
}

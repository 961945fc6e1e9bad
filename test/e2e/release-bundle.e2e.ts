/**
 * Nothing test-only ships: builds a release into a temporary folder (so the check does not
 * depend on what dist/ holds) and searches it for the suite's instrumentation, the fakes' clock
 * API and test tooling.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './env';

/** Strings that only test code has (the e2e instrumentation, test/fakes, test runners). */
const FORBIDDEN = [
  '__icecycleE2e',
  '__test',
  'setNow',
  '.advance(',
  'fireDue',
  'nextDueAt',
  'createFakeClock',
  'createFakeBrowser',
  'FakeAlarms',
  'playwright',
  'vitest',
  'happy-dom',
  'fast-check',
  '@testing-library',
];

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

describe('release bundle', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'icecycle-release-'));
    const built = spawnSync(process.execPath, ['build.mjs', '--release', '--outdir', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(built.status, built.stderr || built.stdout).toBe(0);
  });
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('has no test hooks or test tooling in any script', () => {
    const scripts = listFiles(out).filter((f) => f.endsWith('.js'));
    expect(scripts).toContain('background.js');
    for (const file of scripts) {
      const text = readFileSync(join(out, file), 'utf8');
      const found = FORBIDDEN.filter((needle) => text.includes(needle));
      expect(found, `test-only code in ${file}`).toEqual([]);
    }
  });

  it('ships no test files, source maps or smoke scripts, and the manifest asks for nothing extra', () => {
    const files = listFiles(out);
    expect(
      files.filter((f) => /\.(test|spec|e2e)\.|\.map$|\.ts$|(^|\/)smoke\.js$/.test(f)),
    ).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      background: { service_worker?: string; scripts?: string[] };
      permissions?: string[];
      host_permissions?: string[];
      key?: string;
    };
    expect(manifest.background.scripts).toEqual(['background.js']);
    expect(manifest.background.service_worker).toBe('background.js');
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.key).toBeUndefined();
    expect(manifest.permissions ?? []).not.toContain('debugger');
  });
});

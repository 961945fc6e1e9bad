/**
 * scripts/start.mjs: the paths a person can fix end in one clear message and a non-zero exit,
 * before any browser starts (so these run anywhere, with or without Chromium installed).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const fakeDist = mkdtempSync(join(tmpdir(), 'icecycle-start-'));
writeFileSync(join(fakeDist, 'manifest.json'), '{}');

afterAll(() => rmSync(fakeDist, { recursive: true, force: true }));

function start(
  args: string[],
  env: Record<string, string | undefined>,
): { status: number | null; out: string } {
  const base = { ...process.env };
  delete base.DISPLAY;
  delete base.WAYLAND_DISPLAY;
  delete base.CHROMIUM_PATH;
  delete base.FIREFOX_PATH;
  const result = spawnSync(process.execPath, [join(root, 'scripts/start.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...base, ...env },
    timeout: 15_000,
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe.runIf(process.platform === 'linux')('npm start without a way to show a browser', () => {
  // Any existing file stands in for the browser: these paths stop before launching it.
  const fakeBrowser = process.execPath;

  it('explains what to do when there is no display', () => {
    const { status, out } = start(['--source-dir', fakeDist], { CHROMIUM_PATH: fakeBrowser });
    expect(status).toBe(1);
    expect(out).toContain('No display');
    expect(out).toContain('chrome://extensions');
    expect(out).toContain('xvfb-run npm start');
    expect(out).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('gives the Firefox way when --firefox is asked for', () => {
    const { status, out } = start(['--firefox', '--source-dir', fakeDist], {
      FIREFOX_PATH: fakeBrowser,
    });
    expect(status).toBe(1);
    expect(out).toContain('about:debugging');
    expect(out).toContain('xvfb-run npm start -- --firefox');
  });

  it('says when the configured browser does not exist', () => {
    const { status, out } = start(['--source-dir', fakeDist], {
      CHROMIUM_PATH: join(fakeDist, 'no-such-chromium'),
      DISPLAY: ':99',
    });
    expect(status).toBe(1);
    expect(out).toContain('CHROMIUM_PATH=');
    expect(out).toContain('does not exist');
  });

  it('says to build first when there is no build', () => {
    const { status, out } = start(['--source-dir', join(fakeDist, 'missing')], { DISPLAY: ':99' });
    expect(status).toBe(1);
    expect(out).toContain('run npm run build first');
  });

  it('rejects unknown options with usage', () => {
    const { status, out } = start(['--bogus'], {});
    expect(status).toBe(1);
    expect(out).toContain('usage: node scripts/start.mjs');
  });
});

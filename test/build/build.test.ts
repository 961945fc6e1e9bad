/**
 * Runs build.mjs for real (into temp folders) and checks what would ship: every file present,
 * no source maps in release, no network code, and the size budgets. Error paths run against a
 * throwaway copy of the project, never against src/.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLocale } from '../helpers/messages';
import { pngSize } from './png';

const root = join(import.meta.dirname, '..', '..');
const KB = 1024;
const BUDGETS = { popup: 20 * KB, background: 16 * KB, otherPage: 24 * KB };
const PAGES = ['popup', 'guide', 'options', 'welcome', 'offscreen'];
const ICON_SIZES = [16, 32, 48, 96, 128];

const temps: string[] = [];
function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `icecycle-${name}-`));
  temps.push(dir);
  return dir;
}

function runBuild(cwd: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(cwd, 'build.mjs'), ...args], {
    cwd,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

const gzipBytes = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('release build', () => {
  let out = '';
  let files: string[] = [];

  beforeAll(() => {
    out = join(tempDir('release'), 'dist');
    const { status, output } = runBuild(root, ['--release', '--outdir', out, '--quiet']);
    if (status !== 0) throw new Error(`release build failed:\n${output}`);
    files = filesIn(out);
  }, 60_000);

  it('emits every bundle, page, icon, locale and the manifest', () => {
    const expected = [
      'manifest.json',
      'background.js',
      ...PAGES.flatMap((p) => [`${p}.js`, `${p}.html`]),
      ...ICON_SIZES.map((s) => `icons/icon-${s}.png`),
      '_locales/en/messages.json',
    ];
    expect(expected.filter((f) => !files.includes(f))).toEqual([]);
    for (const s of ICON_SIZES)
      expect(pngSize(join(out, `icons/icon-${s}.png`))).toEqual({ width: s, height: s });
  });

  it('writes the package.json version into the manifest', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.version).toBe(pkg.version);
  });

  it('merges each locale folder into one messages.json', () => {
    const langs = readdirSync(join(root, 'src', '_locales'));
    for (const lang of langs) {
      const merged = JSON.parse(readFileSync(join(out, '_locales', lang, 'messages.json'), 'utf8'));
      expect(merged).toEqual(loadLocale(lang));
    }
  });

  it('has no source maps and no sourceMappingURL', () => {
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const f of files.filter((f) => /\.(js|css)$/.test(f))) {
      expect(readFileSync(join(out, f), 'utf8'), f).not.toContain('sourceMappingURL');
    }
  });

  it('contains no network code and no ES module syntax in any script', () => {
    for (const f of files.filter((f) => f.endsWith('.js'))) {
      const js = readFileSync(join(out, f), 'utf8');
      expect(js, f).not.toMatch(/(?<![\w$])fetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon/);
      // background.js runs as a classic worker/event-page script: an import/export would not load.
      expect(js, f).not.toMatch(/^\s*(import|export)\s[\w{*]/m);
    }
  });

  it('builds for production (no Preact/dev-only NODE_ENV checks left)', () => {
    for (const f of files.filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(join(out, f), 'utf8'), f).not.toContain('process.env.NODE_ENV');
    }
  });

  it('stays within the gzip budgets', () => {
    const sizeOf = (name: string): number =>
      [`${name}.js`, `${name}.css`]
        .filter((f) => files.includes(f))
        .reduce((sum, f) => sum + gzipBytes(join(out, f)), 0);
    const pages = files.filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, ''));
    const checks: [string, number][] = [
      ['background', BUDGETS.background],
      ...pages.map((p): [string, number] => [p, p === 'popup' ? BUDGETS.popup : BUDGETS.otherPage]),
    ];
    expect(checks.map(([name]) => name)).toContain('popup');
    // All at once, so one report shows every bundle that is over.
    const over = checks
      .map(([name, budget]) => ({ name, gzipJsAndCss: sizeOf(name), budget }))
      .filter((c) => c.gzipJsAndCss > c.budget);
    expect(over).toEqual([]);
  });
});

describe('dev build', () => {
  it('links a separate source map for each script', () => {
    const out = join(tempDir('dev'), 'dist');
    const { status, output } = runBuild(root, ['--dev', '--outdir', out, '--quiet']);
    expect(status, output).toBe(0);
    const files = filesIn(out);
    for (const js of files.filter((f) => f.endsWith('.js'))) {
      expect(files, js).toContain(`${js}.map`);
      expect(readFileSync(join(out, js), 'utf8')).toContain(
        `//# sourceMappingURL=${js.split('/').pop()}.map`,
      );
    }
  }, 60_000);
});

describe('build failures are loud', () => {
  /** A copy of the build inputs without any entry sources, plus whatever `extra` adds. */
  function scratchProject(extra: (dir: string) => void): string {
    const dir = tempDir('scratch');
    for (const item of ['build.mjs', 'build', 'manifest.json', 'package.json', 'icons']) {
      cpSync(join(root, item), join(dir, item), { recursive: true });
    }
    cpSync(join(root, 'src', '_locales'), join(dir, 'src', '_locales'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    extra(dir);
    return dir;
  }

  it('fails on a missing entry unless --allow-missing is given', () => {
    const dir = scratchProject(() => {});
    const strict = runBuild(dir, ['--outdir', join(dir, 'dist')]);
    expect(strict.status).toBe(1);
    expect(strict.output).toMatch(/entry "background" is missing src\/background\/index\.ts/);
    const lenient = runBuild(dir, ['--outdir', join(dir, 'dist'), '--allow-missing']);
    expect(lenient.status, lenient.output).toBe(0);
    expect(lenient.output).toMatch(/warning: skipping entry "background"/);
    expect(existsSync(join(dir, 'dist', 'manifest.json'))).toBe(true);
  }, 30_000);

  it('fails on a message key defined twice across locale files', () => {
    const dir = scratchProject((d) => {
      writeFileSync(
        join(d, 'src/_locales/en/zz-dup.json'),
        JSON.stringify({ extName: { message: 'Again' } }),
      );
    });
    const result = runBuild(dir, ['--outdir', join(dir, 'dist'), '--allow-missing']);
    expect(result.status).toBe(1);
    expect(result.output).toContain('duplicate message key "extName" in en/zz-dup.json');
  }, 30_000);

  it('fails on invalid JSON in a locale file', () => {
    const dir = scratchProject((d) =>
      writeFileSync(join(d, 'src/_locales/en/zz-bad.json'), '{ "a": '),
    );
    const result = runBuild(dir, ['--outdir', join(dir, 'dist'), '--allow-missing']);
    expect(result.status).toBe(1);
    expect(result.output).toContain('invalid JSON in src/_locales/en/zz-bad.json');
  }, 30_000);

  it('fails with the compiler message when a source does not compile', () => {
    const dir = scratchProject((d) => {
      mkdirSync(join(d, 'src/background'), { recursive: true });
      writeFileSync(join(d, 'src/background/index.ts'), 'const = 1;\n');
    });
    const result = runBuild(dir, ['--outdir', join(dir, 'dist'), '--allow-missing']);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(
      /bundling "background" failed[\s\S]*src\/background\/index\.ts:1/,
    );
  }, 30_000);

  it('refuses to clean an outdir that is the project or a source folder', () => {
    const dir = scratchProject(() => {});
    for (const target of [dir, join(dir, 'src')]) {
      const result = runBuild(dir, ['--outdir', target, '--allow-missing']);
      expect(result.status).toBe(1);
      expect(result.output).toContain('refusing to clean');
    }
    expect(existsSync(join(dir, 'src/_locales/en/common.json'))).toBe(true);
  }, 30_000);
});

/**
 * Builds the extension into dist/ (or --outdir): one esbuild bundle per entry, plus the manifest
 * (version from package.json), icons, HTML and merged `_locales`.
 *
 *   node build.mjs                  release: minified, no source maps, NODE_ENV=production
 *   node build.mjs --dev            readable, linked source maps
 *   node build.mjs --watch          dev build, rebuilt on change (add --release for minified)
 *   node build.mjs --outdir <dir>   write somewhere else (tests use a temp dir)
 *   node build.mjs --allow-missing  skip an entry whose source does not exist yet (warns)
 *   node build.mjs --analyze        also list what each bundle is made of (largest inputs first)
 *
 * Any error exits non-zero with a one-line reason; no stack traces for expected failures.
 */

import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  watch as fsWatch,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = import.meta.dirname;

/**
 * Every bundle the extension ships. `out` is the file name in dist/ (esbuild also emits
 * `<out>.css` when the entry imports CSS); `html` is copied next to it as `<out>.html`.
 * All are IIFE: the background runs as a Chrome service worker *and* as a Firefox event-page
 * script, which rules out ES modules and code splitting there
 * (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/basics).
 */
export const ENTRIES = [
  { out: 'background', source: 'src/background/index.ts', html: null },
  { out: 'popup', source: 'src/popup/index.tsx', html: 'src/popup/popup.html' },
  { out: 'guide', source: 'src/pages/guide/index.tsx', html: 'src/pages/guide/guide.html' },
  { out: 'options', source: 'src/options/index.tsx', html: 'src/options/options.html' },
  { out: 'welcome', source: 'src/pages/welcome/index.tsx', html: 'src/pages/welcome/welcome.html' },
  // Chromium plays the chime here (a service worker has no WebAudio); Firefox never opens it.
  { out: 'offscreen', source: 'src/offscreen/offscreen.ts', html: 'src/offscreen/offscreen.html' },
];

/** Supplies the classic JSX factory to every view bundle (see esbuildOptions). */
const JSX_SHIM = 'src/shared/jsx-shim.ts';
const LOCALES_DIR = 'src/_locales';
const ICONS_DIR = 'icons';
/** Chrome's rule for message names: https://developer.chrome.com/docs/extensions/reference/api/i18n */
const MESSAGE_KEY = /^[A-Za-z0-9_@]+$/;

class BuildError extends Error {}

function fail(message) {
  throw new BuildError(message);
}

function parseCli(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        release: { type: 'boolean', default: false },
        dev: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        outdir: { type: 'string' },
        'allow-missing': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        analyze: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    fail(
      `${error.message}\nusage: node build.mjs [--release|--dev] [--watch] [--outdir DIR] [--allow-missing]`,
    );
  }
  const v = parsed.values;
  if (v.release && v.dev) fail('choose one of --release and --dev');
  // Release is the default; --watch alone means a dev build, since that is what watching is for.
  const dev = v.dev || (v.watch && !v.release && process.env.NODE_ENV !== 'production');
  return {
    dev,
    watch: v.watch,
    outdir: resolve(process.cwd(), v.outdir ?? join(root, 'dist')),
    allowMissing: v['allow-missing'],
    quiet: v.quiet,
    analyze: v.analyze,
  };
}

/** Refuse to wipe anything that is not plainly a build output folder. */
function assertSafeOutdir(outdir) {
  const rel = relative(outdir, root);
  const isRootOrAncestor = rel === '' || !rel.startsWith('..');
  const protectedDirs = ['src', 'icons', 'test', 'scripts', 'node_modules', '.git'].map((d) =>
    join(root, d),
  );
  if (isRootOrAncestor || protectedDirs.some((d) => outdir === d || outdir.startsWith(d + sep))) {
    fail(
      `refusing to clean --outdir ${outdir}: it is the project, a parent of it, or a source folder`,
    );
  }
}

function readJson(file, what) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read ${what}: ${relative(root, file)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(`invalid JSON in ${relative(root, file)}: ${error.message}`);
  }
}

function resolveEntries(allowMissing, log) {
  const present = [];
  for (const entry of ENTRIES) {
    const missing = [entry.source, entry.html].filter((f) => f && !existsSync(join(root, f)));
    if (missing.length === 0) {
      present.push(entry);
    } else if (allowMissing) {
      log.warn(`skipping entry "${entry.out}": missing ${missing.join(', ')}`);
    } else {
      fail(
        `entry "${entry.out}" is missing ${missing.join(', ')} (pass --allow-missing to skip it)`,
      );
    }
  }
  return present;
}

/** tsconfig.json as esbuild should read it for view bundles: everything but JSX as written. */
function classicJsxTsconfig() {
  const tsconfig = readJson(join(root, 'tsconfig.json'), 'tsconfig.json');
  const { jsxImportSource: _unused, ...compilerOptions } = tsconfig.compilerOptions ?? {};
  return {
    ...tsconfig,
    compilerOptions: {
      ...compilerOptions,
      jsx: 'react',
      jsxFactory: '__h',
      jsxFragmentFactory: '__F',
    },
  };
}

function esbuildOptions(entry, outdir, dev) {
  return {
    absWorkingDir: root,
    entryPoints: { [entry.out]: join(root, entry.source) },
    outdir,
    entryNames: '[name]',
    assetNames: 'assets/[name]-[hash]',
    bundle: true,
    format: 'iife',
    platform: 'browser',
    splitting: false,
    target: ['chrome120', 'firefox128'],
    // Classic JSX: `__h(tag, props, ...children)` straight into Preact's `h`, which is smaller
    // than the automatic runtime's `jsx()` wrapper (~140 B gzip of the popup's 12 KB budget).
    // Only .tsx entries (views) get the shim. Type checking and vitest keep the automatic runtime
    // (tsconfig.json, vitest.config.ts); both produce the same Preact vnodes.
    ...(entry.source.endsWith('.tsx') && {
      jsx: 'transform',
      jsxFactory: '__h',
      jsxFragment: '__F',
      inject: [join(root, JSX_SHIM)],
      // esbuild lets tsconfig.json's "jsx": "react-jsx" win over the `jsx` option above, so the
      // bundle gets the project's tsconfig with only its JSX mode changed.
      tsconfigRaw: classicJsxTsconfig(),
      // Preact's private fields ship already renamed to `__x` (its mangle.json) so that bundlers
      // can shorten them further; only Preact uses such names here, and esbuild never renames
      // one onto a property name the bundle uses otherwise. ~50 B gzip off the popup.
      mangleProps: /^__[a-zA-Z]$/,
    }),
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    charset: 'utf8',
    legalComments: dev ? 'inline' : 'eof',
    define: {
      'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production'),
      // A clock reading earlier than this is wrong (src/shared/built-at.ts).
      __ICECYCLE_BUILT_AT__: String(builtAt()),
    },
    loader: { '.png': 'file', '.svg': 'file', '.woff2': 'file', '.ogg': 'file', '.mp3': 'file' },
    metafile: true,
    logLevel: 'silent',
  };
}

/**
 * The day before the source's date: SOURCE_DATE_EPOCH, else the last commit's date, else today.
 * Deterministic for a given source, so a release build stays reproducible.
 */
export function builtAt() {
  const fromEnv = Number(process.env.SOURCE_DATE_EPOCH);
  let seconds = Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : Number.NaN;
  if (Number.isNaN(seconds)) {
    const git = spawnSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' });
    seconds = Number(git.stdout?.trim());
  }
  const ms = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : Date.now();
  const day = 86_400_000;
  return Math.floor(ms / day) * day - day;
}

function formatMessages(kind, messages) {
  return esbuild.formatMessagesSync(messages, { kind, color: process.stderr.isTTY }).join('');
}

/** Bundles one entry; esbuild errors become one readable BuildError. */
async function bundle(entry, outdir, dev, log) {
  try {
    const result = await esbuild.build(esbuildOptions(entry, outdir, dev));
    if (result.warnings.length > 0) log.raw(formatMessages('warning', result.warnings));
    return result;
  } catch (error) {
    if (Array.isArray(error.errors) && error.errors.length > 0) {
      fail(`bundling "${entry.out}" failed:\n${formatMessages('error', error.errors)}`);
    }
    throw error;
  }
}

/** Merges `src/_locales/<lang>/*.json` into `<outdir>/_locales/<lang>/messages.json`. */
export function mergeLocales(localesDir) {
  if (!existsSync(localesDir)) fail(`no locales folder at ${relative(root, localesDir)}`);
  const result = {};
  const langs = readdirSync(localesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const lang of langs) {
    const dir = join(localesDir, lang);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    if (files.length === 0) fail(`locale folder ${lang}/ has no .json files`);
    const merged = {};
    const origin = {};
    for (const file of files) {
      const part = readJson(join(dir, file), `locale file ${lang}/${file}`);
      if (part === null || typeof part !== 'object' || Array.isArray(part)) {
        fail(`${lang}/${file}: expected an object of messages`);
      }
      for (const [key, value] of Object.entries(part)) {
        if (!MESSAGE_KEY.test(key))
          fail(`${lang}/${file}: invalid message key "${key}" (use A-Z a-z 0-9 _ @)`);
        // Chrome treats message names case-insensitively, so "fooBar" and "foobar" collide.
        const folded = key.toLowerCase();
        if (folded in origin) {
          fail(
            `duplicate message key "${key}" in ${lang}/${file} (already defined in ${lang}/${origin[folded]})`,
          );
        }
        if (!value || typeof value.message !== 'string' || value.message.trim() === '') {
          fail(`${lang}/${file}: message "${key}" needs a non-empty "message" string`);
        }
        origin[folded] = file;
        merged[key] = value;
      }
    }
    result[lang] = merged;
  }
  return result;
}

function writeLocales(locales, outdir) {
  for (const [lang, messages] of Object.entries(locales)) {
    const dir = join(outdir, '_locales', lang);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'messages.json'), `${JSON.stringify(messages, null, 2)}\n`);
  }
}

function writeManifest(outdir, locales) {
  const manifest = readJson(join(root, 'manifest.json'), 'manifest.json');
  const pkg = readJson(join(root, 'package.json'), 'package.json');
  if (typeof pkg.version !== 'string' || !/^\d+(\.\d+){0,3}$/.test(pkg.version)) {
    fail(
      `package.json version "${pkg.version}" is not a valid extension version (1 to 4 dot-separated integers)`,
    );
  }
  // The source manifest has no version of its own: package.json is the one place it lives.
  const { manifest_version, name, ...rest } = manifest;
  const ordered = { manifest_version, name, version: pkg.version, ...rest };
  const defaultLocale = manifest.default_locale;
  if (!defaultLocale || !locales[defaultLocale]) {
    fail(`manifest default_locale "${defaultLocale}" has no folder in ${LOCALES_DIR}/`);
  }
  const keys = new Set(Object.keys(locales[defaultLocale]).map((k) => k.toLowerCase()));
  for (const [, key] of JSON.stringify(manifest).matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) {
    if (!keys.has(key.toLowerCase()))
      fail(`manifest.json uses __MSG_${key}__ but ${defaultLocale} has no "${key}" message`);
  }
  writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify(ordered, null, 2)}\n`);
  return ordered;
}

function copyIcons(outdir) {
  const dir = join(root, ICONS_DIR);
  const pngs = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')) : [];
  if (pngs.length === 0) fail(`no PNG icons in ${ICONS_DIR}/ (run npm run icons)`);
  mkdirSync(join(outdir, ICONS_DIR), { recursive: true });
  for (const png of pngs) copyFileSync(join(dir, png), join(outdir, ICONS_DIR, png));
}

function copyHtml(entries, outdir) {
  for (const entry of entries) {
    if (entry.html) copyFileSync(join(root, entry.html), join(outdir, `${entry.out}.html`));
  }
}

/** Every file the manifest names must exist in the output, or the browser refuses to load it. */
function manifestFiles(manifest) {
  const files = new Set();
  const bg = manifest.background ?? {};
  if (bg.service_worker) files.add(bg.service_worker);
  for (const s of bg.scripts ?? []) files.add(s);
  if (manifest.action?.default_popup) files.add(manifest.action.default_popup);
  if (manifest.options_ui?.page) files.add(manifest.options_ui.page);
  for (const p of Object.values(manifest.icons ?? {})) files.add(p);
  const actionIcon = manifest.action?.default_icon;
  if (typeof actionIcon === 'string') files.add(actionIcon);
  else for (const p of Object.values(actionIcon ?? {})) files.add(p);
  return [...files];
}

/** Scripts and stylesheets an HTML page loads must be local files the build produced. */
function htmlReferences(html) {
  const refs = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) refs.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\bhref\s*=\s*["']([^"']+)["']/gi)) refs.push(m[1]);
  return refs;
}

function checkOutput(entries, manifest, outdir, allowMissing, log) {
  const problems = [];
  for (const file of manifestFiles(manifest)) {
    if (!existsSync(join(outdir, file)))
      problems.push(`manifest.json names ${file}, which the build did not produce`);
  }
  for (const entry of entries) {
    if (!entry.html) continue;
    const html = readFileSync(join(outdir, `${entry.out}.html`), 'utf8');
    if (/<script\b(?![^>]*\bsrc\s*=)[^>]*>\s*\S/i.test(html)) {
      fail(
        `${entry.html} has an inline <script>; the extension CSP blocks it (move it into ${entry.source})`,
      );
    }
    for (const ref of htmlReferences(html)) {
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref))
        fail(`${entry.html} loads remote ${ref}; extensions may only load packaged code`);
      const local = ref.split(/[?#]/)[0];
      if (!existsSync(join(outdir, local)))
        problems.push(`${entry.html} loads ${ref}, which the build did not produce`);
    }
  }
  if (problems.length === 0) return;
  if (allowMissing) for (const p of problems) log.warn(p);
  else fail(problems.join('\n'));
}

function listFiles(dir) {
  const out = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, d.name);
    if (d.isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}

function sizeTable(outdir) {
  const rows = listFiles(outdir)
    .filter((f) => !f.endsWith('.map') && !f.endsWith('.png'))
    .sort()
    .map((f) => {
      const bytes = readFileSync(f);
      return [
        relative(outdir, f).split(sep).join('/'),
        bytes.length,
        gzipSync(bytes, { level: 9 }).length,
      ];
    });
  const width = Math.max(4, ...rows.map((r) => r[0].length));
  const line = (a, b, c) =>
    `  ${a.padEnd(width)}  ${String(b).padStart(8)}  ${String(c).padStart(8)}`;
  return [line('file', 'bytes', 'gzip'), ...rows.map((r) => line(...r))].join('\n');
}

/** One full build. Returns the entries that were built. */
export async function buildOnce(options, log) {
  const { outdir, dev, allowMissing } = options;
  assertSafeOutdir(outdir);
  const started = performance.now();
  const entries = resolveEntries(allowMissing, log);
  const locales = mergeLocales(join(root, LOCALES_DIR));
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const results = await Promise.all(entries.map((entry) => bundle(entry, outdir, dev, log)));
  if (options.analyze) {
    for (const result of results)
      log.info(await esbuild.analyzeMetafile(result.metafile, { color: process.stdout.isTTY }));
  }
  copyHtml(entries, outdir);
  copyIcons(outdir);
  writeLocales(locales, outdir);
  const manifest = writeManifest(outdir, locales);
  checkOutput(entries, manifest, outdir, allowMissing, log);
  const ms = Math.round(performance.now() - started);
  log.info(
    `built ${dev ? 'dev' : 'release'} ${manifest.version} → ${relative(process.cwd(), outdir) || '.'} in ${ms} ms`,
  );
  log.info(sizeTable(outdir));
  return entries;
}

function watchLoop(options, log) {
  let timer = null;
  let running = false;
  let again = false;
  const rebuild = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await buildOnce(options, log);
    } catch (error) {
      log.error(error instanceof BuildError ? error.message : String(error?.stack ?? error));
    }
    running = false;
    if (again) {
      again = false;
      void rebuild();
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 80);
  };
  // Watching the inputs (sources, html, locales, icons, manifest) and rebuilding everything is
  // simple and still fast (~100 ms); dist/ is cleaned each time, so nothing stale survives.
  for (const target of ['src', ICONS_DIR, 'manifest.json', 'package.json']) {
    const path = join(root, target);
    if (!existsSync(path)) continue;
    fsWatch(path, { recursive: statSync(path).isDirectory() }, schedule);
  }
  log.info('watching src/, icons/, manifest.json for changes (Ctrl+C to stop)');
  return rebuild();
}

function makeLog(quiet) {
  return {
    info: (m) => quiet || console.log(m),
    warn: (m) => console.warn(`warning: ${m}`),
    error: (m) => console.error(`build failed: ${m}`),
    raw: (m) => process.stderr.write(m),
  };
}

async function main() {
  let log = makeLog(false);
  try {
    const options = parseCli(process.argv.slice(2));
    log = makeLog(options.quiet);
    if (options.watch) await watchLoop(options, log);
    else await buildOnce(options, log);
  } catch (error) {
    log.error(error instanceof BuildError ? error.message : String(error?.stack ?? error));
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(root, basename(import.meta.filename))) {
  await main();
}

/**
 * Builds the extension into dist/ (or --outdir): one esbuild bundle per entry, plus the manifest
 * (version from package.json), icons, each page's HTML and merged `_locales`. The steps live in
 * build/ (one file each); this file runs them in order.
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
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { analyze, bundle } from './build/bundle.mjs';
import { assertSafeOutdir, checkOutput, sizeTable } from './build/check.mjs';
import { makeLog, parseCli } from './build/cli.mjs';
import { describeError, LOCALES_DIR, root } from './build/common.mjs';
import { resolveEntries } from './build/entries.mjs';
import { writePages } from './build/html.mjs';
import { mergeLocales, writeLocales } from './build/locales.mjs';
import { copyIcons, readManifest, writeManifest } from './build/manifest.mjs';
import { watchLoop } from './build/watch.mjs';

export { ENTRIES } from './build/entries.mjs';
export { mergeLocales } from './build/locales.mjs';

/** One full build. Returns the entries that were built. */
export async function buildOnce(options, log) {
  const { outdir, dev, allowMissing } = options;
  assertSafeOutdir(outdir);
  const started = performance.now();
  const entries = resolveEntries(allowMissing, log);
  const manifest = readManifest();
  const locales = mergeLocales(join(root, LOCALES_DIR), manifest.default_locale);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const results = await Promise.all(entries.map((entry) => bundle(entry, outdir, dev, log)));
  if (options.analyze) for (const result of results) log.info(await analyze(result));
  writePages(entries, outdir);
  copyIcons(outdir);
  writeLocales(locales, outdir);
  writeManifest(manifest, locales, outdir);
  checkOutput(entries, manifest, outdir, allowMissing, log);
  const ms = Math.round(performance.now() - started);
  const where = relative(process.cwd(), outdir) || '.';
  log.info(`built ${dev ? 'dev' : 'release'} ${manifest.version} → ${where} in ${ms} ms`);
  log.info(sizeTable(outdir));
  return entries;
}

async function main() {
  let log = makeLog(false);
  try {
    const options = parseCli(process.argv.slice(2));
    log = makeLog(options.quiet);
    if (options.watch) await watchLoop(() => buildOnce(options, log), log);
    else await buildOnce(options, log);
  } catch (error) {
    log.error(describeError(error));
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  await main();
}

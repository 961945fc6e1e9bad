/**
 * Checks before and after a build: the output folder is safe to wipe; everything the manifest
 * and the pages name was produced, and nothing loads remote or inline code; the size table.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fail, root } from './common.mjs';

/** Refuse to wipe anything that is not plainly a build output folder. */
export function assertSafeOutdir(outdir) {
  const rel = relative(outdir, root);
  const isRootOrAncestor = rel === '' || !rel.startsWith('..');
  const protectedDirs = ['src', 'build', 'icons', 'test', 'scripts', 'node_modules', '.git'].map(
    (d) => join(root, d),
  );
  if (isRootOrAncestor || protectedDirs.some((d) => outdir === d || outdir.startsWith(d + sep))) {
    fail(
      `refusing to clean --outdir ${outdir}: it is the project, a parent of it, or a source folder`,
    );
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

export function checkOutput(entries, manifest, outdir, allowMissing, log) {
  const problems = [];
  for (const file of manifestFiles(manifest)) {
    if (!existsSync(join(outdir, file)))
      problems.push(`manifest.json names ${file}, which the build did not produce`);
  }
  for (const entry of entries) {
    if (!entry.page) continue;
    const name = `${entry.out}.html`;
    const html = readFileSync(join(outdir, name), 'utf8');
    if (/<script\b(?![^>]*\bsrc\s*=)[^>]*>\s*\S/i.test(html)) {
      fail(
        `${name} has an inline <script>; the extension CSP blocks it (keep code in ${entry.source})`,
      );
    }
    for (const ref of htmlReferences(html)) {
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref))
        fail(`${name} loads remote ${ref}; extensions may only load packaged code`);
      const local = ref.split(/[?#]/)[0];
      if (!existsSync(join(outdir, local)))
        problems.push(`${name} loads ${ref}, which the build did not produce`);
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

/** Every shipped file (but maps and PNGs) with its bytes and gzip bytes. */
export function sizeTable(outdir) {
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

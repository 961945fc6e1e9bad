/** The manifest (its version from package.json) and the icons it names. */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, ICONS_DIR, LOCALES_DIR, readJson, root } from './common.mjs';

/** manifest.json with `version` from package.json, the one place it lives. */
export function readManifest() {
  const manifest = readJson(join(root, 'manifest.json'), 'manifest.json');
  const pkg = readJson(join(root, 'package.json'), 'package.json');
  if (typeof pkg.version !== 'string' || !/^\d+(\.\d+){0,3}$/.test(pkg.version)) {
    fail(
      `package.json version "${pkg.version}" is not a valid extension version (1 to 4 dot-separated integers)`,
    );
  }
  const { manifest_version, name, ...rest } = manifest;
  return { manifest_version, name, version: pkg.version, ...rest };
}

/** Writes the manifest once every `__MSG_key__` it uses is a message of its default locale. */
export function writeManifest(manifest, locales, outdir) {
  const defaultLocale = manifest.default_locale;
  if (!defaultLocale || !locales[defaultLocale]) {
    fail(`manifest default_locale "${defaultLocale}" has no folder in ${LOCALES_DIR}/`);
  }
  const keys = new Set(Object.keys(locales[defaultLocale]).map((k) => k.toLowerCase()));
  for (const [, key] of JSON.stringify(manifest).matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) {
    if (!keys.has(key.toLowerCase()))
      fail(`manifest.json uses __MSG_${key}__ but ${defaultLocale} has no "${key}" message`);
  }
  writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function copyIcons(outdir) {
  const dir = join(root, ICONS_DIR);
  const pngs = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')) : [];
  if (pngs.length === 0) fail(`no PNG icons in ${ICONS_DIR}/ (run npm run icons)`);
  mkdirSync(join(outdir, ICONS_DIR), { recursive: true });
  for (const png of pngs) copyFileSync(join(dir, png), join(outdir, ICONS_DIR, png));
}

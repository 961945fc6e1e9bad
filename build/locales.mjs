/**
 * `src/_locales/<lang>/*.json` (one file per area of the product) merged into
 * `<outdir>/_locales/<lang>/messages.json`.
 *
 * The default locale (manifest `default_locale`) defines every message. Any other folder may
 * hold only some area files and only some keys (e.g. en_GB overriding a few spellings): the
 * browser falls back en_GB → en → default locale by itself, so the build does not fill missing
 * keys in. A key the default locale lacks, though, is a typo the browser would never show.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fail, readJson, root } from './common.mjs';

/** Chrome's rule for message names: https://developer.chrome.com/docs/extensions/reference/api/i18n */
const MESSAGE_KEY = /^[A-Za-z0-9_@]+$/;

/** One locale folder's files merged, each key checked; `lang` names it in errors. */
function mergeFolder(dir, lang) {
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
  return merged;
}

/**
 * Every locale folder of `localesDir`, merged: `{ [lang]: { [key]: message } }`. With
 * `defaultLocale`, every other locale's keys must be ones the default locale defines.
 */
export function mergeLocales(localesDir, defaultLocale) {
  if (!existsSync(localesDir)) fail(`no locales folder at ${relative(root, localesDir)}`);
  const result = {};
  const langs = readdirSync(localesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const lang of langs) result[lang] = mergeFolder(join(localesDir, lang), lang);
  const base = defaultLocale === undefined ? undefined : result[defaultLocale];
  if (base) {
    const known = new Set(Object.keys(base).map((k) => k.toLowerCase()));
    for (const [lang, messages] of Object.entries(result)) {
      const unknown = Object.keys(messages).filter((k) => !known.has(k.toLowerCase()));
      if (unknown.length > 0) {
        fail(`${lang}/ has messages ${defaultLocale}/ does not define: ${unknown.join(', ')}`);
      }
    }
  }
  return result;
}

export function writeLocales(locales, outdir) {
  for (const [lang, messages] of Object.entries(locales)) {
    const dir = join(outdir, '_locales', lang);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'messages.json'), `${JSON.stringify(messages, null, 2)}\n`);
  }
}

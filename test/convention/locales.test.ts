/**
 * Locale conventions: the merged `_locales` load, every key the code and manifest use exists,
 * every message is filled in and its placeholders resolve, and all languages match English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LocaleMessage, loadLocale } from '../helpers/messages';
import { projectRoot, readSource, sourceFiles, srcRoot, stripComments } from './scan';

const localesRoot = join(srcRoot, '_locales');
const langs = readdirSync(localesRoot, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** Message keys used literally in `t('key'` / `getMessage('key'`, including `t(c ? 'a' : 'b')`. */
function usedKeys(code: string): string[] {
  const keys: string[] = [];
  for (const m of code.matchAll(/\b(?:t|getMessage)\(\s*(['"])([A-Za-z0-9_@]+)\1/g))
    keys.push(m[2] as string);
  const ternary =
    /\b(?:t|getMessage)\(\s*[^'"()?]*\?\s*(['"])([A-Za-z0-9_@]+)\1\s*:\s*(['"])([A-Za-z0-9_@]+)\3/g;
  for (const m of code.matchAll(ternary)) keys.push(m[2] as string, m[4] as string);
  return keys;
}

/** `$name$` references in a message (Chrome's named placeholders; `$$` is a literal dollar). */
function placeholderRefs(message: string): string[] {
  return [...message.replace(/\$\$/g, '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) =>
    (m[1] as string).toLowerCase(),
  );
}

function placeholderNames(entry: LocaleMessage): string[] {
  return Object.keys(entry.placeholders ?? {})
    .map((k) => k.toLowerCase())
    .sort();
}

describe('key scanner', () => {
  it('reads literal keys, ternary keys, and ignores computed ones', () => {
    const code =
      "t('popupStart'); t( \"popupStop\", [n]); t(isHeat ? 'popupHeat' : 'popupIce'); t(key);";
    expect(usedKeys(code).sort()).toEqual(['popupHeat', 'popupIce', 'popupStart', 'popupStop']);
  });
});

describe('locales', () => {
  const en = loadLocale('en');

  it('has an English locale that merges without duplicate keys (case-insensitive, as Chrome reads them)', () => {
    expect(Object.keys(en).length).toBeGreaterThan(0);
    for (const lang of langs) {
      const folded = Object.keys(loadLocale(lang)).map((k) => k.toLowerCase());
      expect(
        folded.filter((k, i) => folded.indexOf(k) !== i),
        lang,
      ).toEqual([]);
    }
  });

  it('every key used by t() in src exists in en', () => {
    const missing: string[] = [];
    for (const file of sourceFiles()) {
      for (const key of usedKeys(stripComments(readSource(file)))) {
        // "@@ui_locale", "@@extension_id", … are predefined by the browser.
        if (!key.startsWith('@@') && !(key in en)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every __MSG_key__ in manifest.json exists in en', () => {
    const manifest = readFileSync(join(projectRoot, 'manifest.json'), 'utf8');
    const keys = [...manifest.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1] as string);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });

  it('keys are camelCase and start with their file’s area', () => {
    // common.json holds the manifest strings (ext…); error… keys are command errors that cross
    // the popup/background boundary as values (src/shared/messages.ts), kept where they arise.
    const shared = ['error'];
    const bad: string[] = [];
    for (const file of readdirSync(join(localesRoot, 'en')).filter((f) => f.endsWith('.json'))) {
      const area = file.replace(/\.json$/, '');
      const prefixes = [...(area === 'common' ? ['ext', 'common'] : [area]), ...shared];
      const keys = Object.keys(JSON.parse(readFileSync(join(localesRoot, 'en', file), 'utf8')));
      for (const key of keys) {
        const camel = /^[a-z][a-zA-Z0-9]*$/.test(key);
        const prefixed = prefixes.some(
          (p) => key.startsWith(p) && /^[A-Z0-9]/.test(key.slice(p.length)),
        );
        if (!camel || !prefixed) bad.push(`${file}: ${key}`);
      }
    }
    expect(bad).toEqual([]);
  });

  for (const lang of langs) {
    it(`${lang}: every message is non-empty and its placeholders resolve`, () => {
      const problems: string[] = [];
      for (const [key, entry] of Object.entries(loadLocale(lang))) {
        if (typeof entry.message !== 'string' || entry.message.trim() === '') {
          problems.push(`${key}: empty message`);
          continue;
        }
        const defined = placeholderNames(entry);
        for (const ref of placeholderRefs(entry.message)) {
          if (!defined.includes(ref)) problems.push(`${key}: $${ref}$ has no placeholder`);
        }
        for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
          if (typeof ph.content !== 'string' || !/^\$[1-9]$|\S/.test(ph.content)) {
            problems.push(`${key}: placeholder ${name} has no content`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it.runIf(langs.length > 1)('every locale has the same keys and placeholders as en', () => {
    const enShape = Object.fromEntries(
      Object.entries(en).map(([k, v]) => [k, placeholderNames(v)]),
    );
    for (const lang of langs.filter((l) => l !== 'en')) {
      const other = loadLocale(lang);
      const shape = Object.fromEntries(
        Object.entries(other).map(([k, v]) => [k, placeholderNames(v)]),
      );
      expect(shape, `${lang} vs en`).toEqual(enShape);
    }
  });
});

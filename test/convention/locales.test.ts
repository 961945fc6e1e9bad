/**
 * Locale conventions: the merged `_locales` load, every key the code and manifest use exists,
 * every message is filled in and its placeholders resolve, and all languages match English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LocaleMessage, loadLocale, resolvedLocale } from '../helpers/messages';
import { projectRoot, readSource, sourceFiles, srcRoot, stripComments } from './scan';

const localesRoot = join(srcRoot, '_locales');
const langs = readdirSync(localesRoot, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
/**
 * Region folders (`en_GB`) hold ONLY the messages that differ from their language. Chrome and
 * Firefox look a message up in the UI locale's region folder, then its language folder, then
 * `default_locale`: MDN "Internationalization › Localized string selection"
 * (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/Internationalization),
 * Chrome's chrome.i18n reference (https://developer.chrome.com/docs/extensions/reference/api/i18n),
 * and w3c/webextensions#296 (Chromium pt_BR → pt → default; Firefox changed to match).
 */
const regions = langs.filter((l) => l.includes('_'));
const languages = langs.filter((l) => !l.includes('_'));

/** Words only a UK reader knows; they may appear only in en_GB. */
const UK_ONLY =
  /\bA&E\b|\bGPs?\b|tea towel|\bpoo(ing|s)?\b|\bNHS 111\b|\b999\b|\b111\b|\bReino Unido\b/;

/** Emergency and urgent numbers each locale's readers dial; every locale folder must be listed. */
const NUMBERS: Record<string, { emergency: string[]; urgent: string[] }> = {
  en: { emergency: ['911', '112'], urgent: [] },
  en_GB: { emergency: ['999'], urgent: ['111'] },
  es: { emergency: ['112', '911'], urgent: [] },
};
const ALL_NUMBERS = [
  ...new Set(Object.values(NUMBERS).flatMap((n) => [...n.emergency, ...n.urgent])),
];

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

  it.runIf(languages.length > 1)('every language has the same keys and placeholders as en', () => {
    const enShape = Object.fromEntries(
      Object.entries(en).map(([k, v]) => [k, placeholderNames(v)]),
    );
    for (const lang of languages.filter((l) => l !== 'en')) {
      const other = loadLocale(lang);
      const shape = Object.fromEntries(
        Object.entries(other).map(([k, v]) => [k, placeholderNames(v)]),
      );
      expect(shape, `${lang} vs en`).toEqual(enShape);
    }
  });
});

describe('regional locales', () => {
  it('there is at least one region folder, and each has a language folder to fall back to', () => {
    expect(regions).toContain('en_GB');
    for (const region of regions) expect(languages).toContain(region.split('_')[0]);
  });

  for (const region of regions) {
    it(`${region} ⊆ ${region.split('_')[0]}: only keys that exist there, same placeholders, and each differs`, () => {
      const base = loadLocale(region.split('_')[0]);
      const problems: string[] = [];
      for (const [key, entry] of Object.entries(loadLocale(region))) {
        const parent = base[key];
        if (!parent) problems.push(`${key}: not in the language folder`);
        else if (placeholderNames(parent).join() !== placeholderNames(entry).join())
          problems.push(`${key}: placeholders differ`);
        else if (parent.message === entry.message) problems.push(`${key}: same as the fallback`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('no UK-only word (A&E, GP, tea towel, poo, 999, 111) outside en_GB', () => {
    expect(UK_ONLY.test('Call 999 or go to A&E')).toBe(true);
    expect(UK_ONLY.test('See a doctor; call 911 or 112')).toBe(false);
    const found: string[] = [];
    for (const lang of langs.filter((l) => l !== 'en_GB')) {
      for (const [key, entry] of Object.entries(resolvedLocale(lang))) {
        if (UK_ONLY.test(entry.message)) found.push(`${lang}: ${key}: ${entry.message}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('every locale names its own emergency and urgent numbers in the box headings', () => {
    expect(Object.keys(NUMBERS).sort()).toEqual(langs);
    for (const lang of langs) {
      const messages = resolvedLocale(lang);
      const own = NUMBERS[lang] as { emergency: string[]; urgent: string[] };
      const headings = {
        emergency: messages.guideHelpEmergencyTitle?.message ?? '',
        urgent: messages.guideHelpUrgentTitle?.message ?? '',
      };
      for (const kind of ['emergency', 'urgent'] as const) {
        const numbers = headings[kind].match(/\b\d{3}\b/g) ?? [];
        expect(numbers.sort(), `${lang} ${kind}: ${headings[kind]}`).toEqual([...own[kind]].sort());
      }
      // A number from another region never appears in the emergency or urgent text.
      const foreign = ALL_NUMBERS.filter((n) => ![...own.emergency, ...own.urgent].includes(n));
      const text = Object.entries(messages)
        .filter(([key]) => /^guideHelp(Emergency|Urgent)/.test(key))
        .map(([, m]) => m.message)
        .join(' ');
      for (const n of foreign)
        expect(text, `${lang} mentions ${n}`).not.toMatch(new RegExp(`\\b${n}\\b`));
    }
  });
});

/**
 * Loads `src/_locales/<lang>/*.json` (merged exactly as build.mjs merges them) and implements
 * `i18n.getMessage` with Chrome's placeholder semantics, for unit tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GetMessage } from '../../src/shared/i18n';

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const root = join(import.meta.dirname, '..', '..', 'src', '_locales');

export function loadLocale(lang = 'en'): Record<string, LocaleMessage> {
  const dir = join(root, lang);
  const merged: Record<string, LocaleMessage> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const part = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, LocaleMessage>;
    for (const [key, value] of Object.entries(part)) {
      if (key in merged) throw new Error(`duplicate message key ${key} in ${lang}/${file}`);
      merged[key] = value;
    }
  }
  return merged;
}

/**
 * What `i18n.getMessage` sees for a UI locale: a region folder (`en_GB`) holds only the messages
 * that differ, and the browser falls back region → language → default_locale (`en`). See the
 * citation in test/convention/locales.test.ts.
 */
export function resolvedLocale(lang = 'en'): Record<string, LocaleMessage> {
  const language = lang.split('_')[0] as string;
  const chain = [...new Set(['en', language, lang])];
  return Object.assign({}, ...chain.map((l) => loadLocale(l)));
}

export function makeGetMessage(lang = 'en'): GetMessage {
  const messages = resolvedLocale(lang);
  const lower = new Map(Object.entries(messages).map(([k, v]) => [k.toLowerCase(), v]));
  return (key, substitutions) => {
    const entry = lower.get(key.toLowerCase());
    if (!entry) return '';
    const subs =
      substitutions === undefined
        ? []
        : Array.isArray(substitutions)
          ? substitutions
          : [substitutions];
    let text = entry.message;
    // Named placeholders ($name$) resolve to their content, which may reference $1..$9.
    text = text.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => {
      const ph = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
      return ph ? ph.content : whole;
    });
    text = text.replace(/\$(\d)/g, (_m, d: string) => subs[Number(d) - 1] ?? '');
    return text.replace(/\$\$/g, '$');
  };
}

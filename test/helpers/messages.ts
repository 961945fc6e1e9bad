/**
 * Loads `src/_locales/<lang>/*.json` (merged exactly as build.mjs merges them) and implements
 * `i18n.getMessage` with Chrome's placeholder semantics, for unit tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GetMessage } from '../../src/shared/i18n';
import { getMessageFrom, type LocaleMessage } from './get-message';

export type { LocaleMessage };

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

export function makeGetMessage(lang = 'en'): GetMessage {
  return getMessageFrom(loadLocale(lang));
}

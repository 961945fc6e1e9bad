/**
 * The popup suite runs once per shipped language. Chromium on Linux takes its UI language from
 * the environment (LANGUAGE / LANG), not from `--lang`, and only when the locale's .pak file is
 * installed (Debian: `chromium-l10n`): with `--lang=es` alone and no es.pak, Chromium showed the
 * extension's Spanish messages while `i18n.getUILanguage()` stayed "en-US". So the browser is
 * launched with LANGUAGE=es, and the test asserts what the extension really gets.
 */
import { beforeAll } from 'vitest';
import { makeGetMessage } from '../../helpers/messages';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export type Texts = (key: string, subs?: string | number | (string | number)[]) => string;

/** The strings of `lang`, formatted exactly as `chrome.i18n.getMessage` does. */
export function textsOf(lang: Locale): Texts {
  const getMessage = makeGetMessage(lang);
  return (key, subs) => {
    const list =
      subs === undefined ? undefined : Array.isArray(subs) ? subs.map(String) : String(subs);
    const text = getMessage(key, list);
    if (text === '') throw new Error(`no message "${key}" in src/_locales/${lang}`);
    return text;
  };
}

/** Environment a browser needs to start in `lang` (Playwright passes process.env to it). */
const ENV: Record<Locale, Record<string, string>> = {
  en: { LANGUAGE: 'en', LANG: 'en_US.UTF-8' },
  es: { LANGUAGE: 'es', LANG: 'es_ES.UTF-8' },
};

/**
 * Registers `beforeAll` hooks around the launch that `useExtension` registers next: the first
 * sets the language environment, the returned `restore` (call it right after useExtension)
 * puts the test runner's environment back once the browser is up.
 */
export function launchIn(lang: Locale): { restore: () => void } {
  const saved: Record<string, string | undefined> = {};
  beforeAll(() => {
    for (const [name, value] of Object.entries(ENV[lang])) {
      saved[name] = process.env[name];
      process.env[name] = value;
    }
  });
  return {
    restore: () =>
      beforeAll(() => {
        for (const [name, value] of Object.entries(saved)) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      }),
  };
}

/**
 * Every string a person reads comes from `_locales` through `t()`. Deliberately does not import
 * webextension-polyfill: `i18n.getMessage` is synchronous and identical in Chrome and Firefox,
 * and keeping the polyfill out keeps view bundles small.
 */
export type GetMessage = (key: string, substitutions?: string | string[]) => string;

interface I18nHost {
  i18n?: { getMessage: GetMessage; getUILanguage?: () => string };
}

function hostGetMessage(key: string, substitutions?: string | string[]): string {
  const g = globalThis as { browser?: I18nHost; chrome?: I18nHost };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  return api ? api.getMessage(key, substitutions) : '';
}

let source: GetMessage = hostGetMessage;

/** Tests swap the message source (see test/helpers/messages.ts). */
export function setMessageSource(getMessage: GetMessage | null): void {
  source = getMessage ?? hostGetMessage;
}

/** The localised string for `key`; a missing key shows as the key itself so it is noticed. */
export function t(key: string, substitutions?: string | number | (string | number)[]): string {
  const subs =
    substitutions === undefined
      ? undefined
      : Array.isArray(substitutions)
        ? substitutions.map(String)
        : String(substitutions);
  const text = source(key, subs);
  return text === '' ? key : text;
}

/** The UI language (e.g. "en", "es"), for number and time formatting. */
export function uiLanguage(): string {
  const g = globalThis as { browser?: I18nHost; chrome?: I18nHost };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  return api?.getUILanguage?.() ?? 'en';
}

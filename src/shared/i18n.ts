/**
 * Every string a person reads comes from `_locales` through `t()`, read with the browser's
 * `i18n.getMessage` (synchronous in both browsers) through the one browser module.
 */
import { browser } from './browser';

export type GetMessage = (key: string, substitutions?: string | string[]) => string;

function hostGetMessage(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
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
  return browser.i18n.getUILanguage();
}

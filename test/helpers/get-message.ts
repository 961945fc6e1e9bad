/** `i18n.getMessage` over loaded messages, with Chrome's placeholder semantics (no Node APIs). */
import type { GetMessage } from '../../src/shared/i18n';

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export function getMessageFrom(messages: Record<string, LocaleMessage>): GetMessage {
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

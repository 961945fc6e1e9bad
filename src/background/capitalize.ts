/** "notAllowed" → "NotAllowed": composes `_locales` keys from engine names (errorNotAllowed). */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

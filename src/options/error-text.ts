/** Words for form errors and for error keys the background replies with. */
import { t } from '../shared/i18n';
import type { FieldError } from './draft';

const KIND_KEYS: Readonly<Record<FieldError['kind'], string>> = {
  ice: 'optionsErrorIce',
  heat: 'optionsErrorHeat',
  rest: 'optionsErrorRest',
  window: 'optionsErrorWindow',
  reminderEvery: 'optionsErrorReminderEvery',
  reminderMax: 'optionsErrorReminderMax',
  time: 'optionsErrorTime',
};

/** E.g. "Ice: 5–20 minutes. 20 is the safe maximum." (prefixed when the entry is no number). */
export function fieldErrorText(e: FieldError): string {
  const range = t(KIND_KEYS[e.kind], [e.min, e.max]);
  return e.notANumber && e.kind !== 'time' ? `${t('optionsErrorWhole')} ${range}` : range;
}

/** An error key from the background, or a generic line if this build does not know the key. */
export function replyErrorText(key: string): string {
  const text = t(key);
  return text === key ? t('optionsErrorGeneric') : text;
}

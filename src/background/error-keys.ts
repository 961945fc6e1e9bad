/** Engine refusals as `_locales` keys the views show as is (src/_locales/en/background.json). */
import type { TransitionError } from '../core';
import { capitalize } from './capitalize';

/** `notAllowed` → `errorNotAllowed`: one rule instead of a table (the background's size budget). */
export function errorKey(error: TransitionError): string {
  return `error${capitalize(error)}`;
}

export const ERROR_SAVE_FAILED = 'errorSaveFailed';
export const ERROR_CLOCK_FAULT = 'errorClockFault';
export const ERROR_UNEXPECTED = 'errorUnexpected';
export const ERROR_INVALID_SETTINGS = 'errorInvalidSettings';
export const ERROR_TEST_ALERT = 'errorTestAlertFailed';

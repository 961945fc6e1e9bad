/** Engine refusals as `_locales` keys the views show as is (src/_locales/en/background.json). */
import type { TransitionError } from '../core';

export const ERROR_KEYS: Readonly<Record<TransitionError, string>> = {
  notAllowed: 'errorNotAllowed',
  invalidPlan: 'errorInvalidPlan',
  invalidInjuryTime: 'errorInvalidInjuryTime',
  noSession: 'errorNoSession',
  alreadyRunning: 'errorAlreadyRunning',
};

export const ERROR_SAVE_FAILED = 'errorSaveFailed';
export const ERROR_UNEXPECTED = 'errorUnexpected';
export const ERROR_INVALID_SETTINGS = 'errorInvalidSettings';
export const ERROR_TEST_ALERT = 'errorTestAlertFailed';

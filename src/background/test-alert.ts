/** The welcome page's "test alert": a harmless notification and the permission level. */
import { t } from '../shared/i18n';
import type { Reply } from '../shared/messages';
import type { BrowserApi } from './browser-api';
import { NOTIFICATION_ICON } from './effects';
import { ERROR_TEST_ALERT } from './error-keys';

/** Its own id, so it never replaces a real phase alert. */
export const TEST_NOTIFICATION_ID = 'icecycle-test';

export async function showTestAlert(browser: BrowserApi): Promise<Reply<'testAlert'>> {
  try {
    await browser.notifications.create(TEST_NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: browser.runtime.getURL(NOTIFICATION_ICON),
      title: t('backgroundTestAlertTitle'),
      message: t('backgroundTestAlertBody'),
    });
  } catch {
    return { ok: false, error: ERROR_TEST_ALERT };
  }
  // Firefox has no getPermissionLevel; OS-level blocking is invisible to both browsers.
  let permission: 'granted' | 'denied' | 'unknown' = 'unknown';
  try {
    permission = (await browser.notifications.getPermissionLevel?.()) ?? permission;
  } catch {
    // stays unknown
  }
  return { ok: true, value: { permission } };
}

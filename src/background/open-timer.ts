/** Shows the timer after a notification click: the popup where allowed, else popup.html in a tab. */
import type { BrowserApi } from './browser-api';

export const POPUP_PAGE = 'popup.html';

export async function openTimer(browser: BrowserApi): Promise<void> {
  try {
    // Called before any await so Firefox may still count it as the user's action.
    // openPopup is Chrome 127+; Firefox allows it only in user-action handlers, so it may reject.
    if (browser.action.openPopup) {
      await browser.action.openPopup();
      return;
    }
  } catch {
    // fall back to a tab (tabs.create needs no permission)
  }
  await browser.tabs.create({ url: browser.runtime.getURL(POPUP_PAGE) });
}

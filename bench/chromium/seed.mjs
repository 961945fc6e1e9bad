/** Puts the extension into a state by sending the popup's own messages from an extension page. */

export async function sendFromPage(page, messages) {
  return page.evaluate(async (list) => {
    const replies = [];
    for (const m of list) replies.push(await chrome.runtime.sendMessage(m));
    return replies;
  }, messages);
}

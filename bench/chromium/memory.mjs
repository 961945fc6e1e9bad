/**
 * Section 5: JS heap (after a full GC, CDP Runtime.getHeapUsage) of the worker and of the open
 * popup, after a simulated 72 h session with a full history stored; a blank extension page and
 * the worker before any session are the references.
 */
import { heapAfterGc, workerCdp } from './launch.mjs';

export async function workerHeap(ext) {
  const session = await workerCdp(ext.cdp, ext.id);
  try {
    return await heapAfterGc(session);
  } finally {
    await session.detach();
  }
}

async function pageHeap(ext, path, selector) {
  const page = await ext.context.newPage();
  try {
    await page.setViewportSize({ width: 380, height: 640 });
    await page.goto(ext.url(path));
    if (selector) await page.locator(selector).first().waitFor({ timeout: 5_000 });
    await page.waitForTimeout(300);
    const cdp = await ext.context.newCDPSession(page);
    const heap = await heapAfterGc(cdp);
    await cdp.detach();
    return heap;
  } finally {
    await page.close();
  }
}

/** Fires the extension's alarm now and waits until it re-armed (the wake ran). */
export async function wakeOnce(ext) {
  await ext.worker.evaluate(async () => {
    const alarms = globalThis.chrome.alarms;
    await alarms.create('icecycle-tick', { when: Date.now() + 5 });
    const deadline = Date.now() + 3_000;
    // The fired alarm is gone until the wake re-arms it (or clears it: nothing to wait for).
    await new Promise((r) => setTimeout(r, 50));
    while (Date.now() < deadline) {
      if (await alarms.get('icecycle-tick')) return;
      await new Promise((r) => setTimeout(r, 10));
    }
  });
}

/**
 * Seeds `session` and `history` (HISTORY_CAP entries) in storage, wakes the worker so it handles
 * them, and measures. The extension pages must be closed first: they share one isolate.
 */
export async function measureMemory(ext, { session, history, popupSelector }) {
  await ext.worker.evaluate((items) => globalThis.chrome.storage.local.set(items), {
    session,
    history,
  });
  await wakeOnce(ext);
  const worker = await workerHeap(ext);
  const blank = await pageHeap(ext, 'blank.html', '#blank');
  const popup = await pageHeap(ext, 'popup.html', popupSelector);
  const options = await pageHeap(ext, 'options.html', '#app > *');
  const stored = await ext.worker.evaluate(async () => {
    const all = await globalThis.chrome.storage.local.get(null);
    return {
      historyEntries: Array.isArray(all.history) ? all.history.length : 0,
      bytes: JSON.stringify(all).length,
      status: all.session?.status ?? null,
    };
  });
  return { worker, blank, popup, options, stored, popupVsBlank: popup.usedBytes / blank.usedBytes };
}

/**
 * Launches Debian's Chromium with an extension folder loaded (TOOLCHAIN.md, "Real Chromium
 * with the extension loaded"), the same way test/e2e/harness/launch.ts does, plus what the bench
 * needs: an exposed gc() for heap figures. The harness is TypeScript and pinned to dist/, so only the
 * browser's place and flags are shared (scripts/lib/find-browser.mjs).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumExtensionFlags, findChromium } from '../../scripts/lib/find-browser.mjs';

export const ALARM_NAME = 'icecycle-tick';

export async function launch(extensionDir) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found (set CHROMIUM_PATH)');
  const userDataDir = mkdtempSync(join(tmpdir(), 'icecycle-bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...chromiumExtensionFlags(extensionDir), '--js-flags=--expose-gc'],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const id = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  return {
    context,
    worker,
    id,
    cdp,
    version: context.browser()?.version() ?? 'unknown',
    url: (path) => `chrome-extension://${id}/${path}`,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A CDP channel to the extension's service worker. Playwright opens CDP sessions for pages only,
 * so this attaches through the Target domain (non-flat) and routes replies by id.
 */
export async function workerCdp(cdp, extensionId) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  if (!target) throw new Error('no service worker target');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  let nextId = 1;
  const waiting = new Map();
  const onMessage = (event) => {
    if (event.sessionId !== sessionId) return;
    const msg = JSON.parse(event.message);
    const w = waiting.get(msg.id);
    if (!w) return;
    waiting.delete(msg.id);
    if (msg.error) w.reject(new Error(msg.error.message));
    else w.resolve(msg.result);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  return {
    send(method, params = {}) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        cdp
          .send('Target.sendMessageToTarget', {
            sessionId,
            message: JSON.stringify({ id, method, params }),
          })
          .catch(reject);
      });
    },
    detach: async () => {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    },
  };
}

/** JS heap after a full GC, over a CDP session (page or worker). */
export async function heapAfterGc(session) {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize, totalSize } = await session.send('Runtime.getHeapUsage');
  return { usedBytes: usedSize, totalBytes: totalSize };
}

/**
 * Launches Debian's Chromium with an extension folder loaded (TOOLCHAIN.md, "Real Chromium
 * with the extension loaded"), the same way test/e2e/harness/launch.ts does, plus what the bench
 * needs: an exposed gc() for heap figures. The harness is TypeScript and pinned to dist/, so only the
 * browser's place and flags are shared (scripts/lib/find-browser.mjs).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumExtensionFlags, findChromium } from '../../scripts/lib/find-browser.mjs';

export const ALARM_NAME = 'icecycle-tick';

/**
 * The id Chromium gives an unpacked extension: the first 32 hex digits of SHA-256 of its
 * absolute path, each digit written as a letter a–p. Tells two loaded builds apart.
 */
export function unpackedExtensionId(dir) {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + Number.parseInt(d, 16))).join('');
}

/** A handle on one loaded extension of the context: its id, worker and page URLs. */
async function handleFor(context, dir) {
  const id = unpackedExtensionId(dir);
  const mine = (w) => w.url().startsWith(`chrome-extension://${id}/`);
  const deadline = Date.now() + 10_000;
  let worker = context.serviceWorkers().find(mine);
  while (!worker) {
    if (Date.now() > deadline) throw new Error(`no service worker for ${dir} (id ${id})`);
    worker = await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => null);
    if (worker && !mine(worker)) worker = context.serviceWorkers().find(mine);
  }
  return { id, worker, url: (path) => `chrome-extension://${id}/${path}` };
}

/**
 * Launches Chromium with `extensionDir` loaded (and the folders in `also`, e.g. an earlier
 * build to compare with, each reachable as `others[i]`).
 */
export async function launch(extensionDir, { also = [] } = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found (set CHROMIUM_PATH)');
  const userDataDir = mkdtempSync(join(tmpdir(), 'icecycle-bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    // One flag value lists every folder (comma-separated), as Chromium expects.
    args: [...chromiumExtensionFlags([extensionDir, ...also].join(',')), '--js-flags=--expose-gc'],
  });
  const { id, worker } = await handleFor(context, extensionDir);
  const others = [];
  for (const dir of also) others.push({ context, ...(await handleFor(context, dir)) });
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  return {
    context,
    worker,
    id,
    cdp,
    others,
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

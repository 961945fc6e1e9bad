/**
 * Every outbox the background writes, seen from an extension page (storage.onChanged), so the
 * alerts a worker decided on are known even when it showed them before the test could
 * instrument it: since every worker load catches up once (src/background/index.ts), a fresh
 * worker's first wake runs before Playwright can reach it.
 */
import type { Page } from 'playwright-core';
import type { NotifySpec } from '../../src/core/types';
import { OUTBOX_KEY } from '../../src/shared/storage-keys';

interface OutboxLog {
  outboxes: { effects?: { type: string; notify?: NotifySpec }[] }[];
}

/** Starts (or restarts) the log in `page`, which must stay open. */
export async function startOutboxLog(page: Page): Promise<void> {
  await page.evaluate((key) => {
    const g = globalThis as unknown as {
      __icecycleE2eOutboxLog?: OutboxLog;
      chrome: {
        storage: {
          onChanged: {
            addListener(
              fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void,
            ): void;
          };
        };
      };
    };
    if (g.__icecycleE2eOutboxLog) {
      g.__icecycleE2eOutboxLog.outboxes = [];
      return;
    }
    const log: OutboxLog = { outboxes: [] };
    g.__icecycleE2eOutboxLog = log;
    g.chrome.storage.onChanged.addListener((changes, area) => {
      const value = changes[key]?.newValue;
      if (area === 'local' && value) log.outboxes.push(value as OutboxLog['outboxes'][number]);
    });
  }, OUTBOX_KEY);
}

/** The kind of every alert in an outbox written since the log (re)started, in order. */
export async function alertsDecided(page: Page): Promise<NotifySpec['kind'][]> {
  const outboxes = await page.evaluate(() => {
    const g = globalThis as unknown as { __icecycleE2eOutboxLog?: OutboxLog };
    return g.__icecycleE2eOutboxLog?.outboxes ?? [];
  });
  return outboxes.flatMap((o) =>
    (o.effects ?? []).flatMap((e) => (e.type === 'notify' && e.notify ? [e.notify.kind] : [])),
  );
}

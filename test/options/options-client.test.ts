// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../src/core';
import { createOptionsClient, downloadText } from '../../src/options/options-client';
import type { FakeBrowser } from '../fakes';
import { createFakeBrowser } from '../fakes';
import { useFakeBrowser } from '../fakes/install';
import { entry } from './render-options';

let fake: FakeBrowser;

beforeEach(() => {
  fake = createFakeBrowser();
  useFakeBrowser(fake);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('options client', () => {
  it('reads the history through parseHistory, dropping broken entries', async () => {
    fake.storage.local.seed({ history: [entry(0, 9), { junk: true }, entry(0, 10)] });
    const history = await createOptionsClient().readHistory();
    expect(history.map((e) => e.stepIndex)).toEqual([9, 10]);
  });

  it('follows history changes in storage.local only', async () => {
    const client = createOptionsClient();
    const seen: HistoryEntry[][] = [];
    const stop = client.subscribeHistory((h) => seen.push(h));
    await fake.storage.local.set({ session: null });
    await fake.storage.sync.set({ history: [entry(0, 8)] });
    await fake.storage.local.set({ history: [entry(0, 9)] });
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.[0]?.stepIndex).toBe(9);
    stop();
    expect(fake.storage.onChanged.hasListeners()).toBe(false);
  });

  it('downloads through a Blob URL and an <a download>', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test/1';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });
    downloadText('x.csv', 'text/csv', 'a,b\r\n');
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'x.csv' }]);
    expect(await created[0]?.text()).toBe('a,b\r\n');
    expect(created[0]?.type).toBe('text/csv');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});

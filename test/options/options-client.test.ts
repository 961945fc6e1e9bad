// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../src/core';
import { entry } from './render-options';

type Listener = (changes: Record<string, unknown>, area: string) => void;

const fake = vi.hoisted(() => {
  const state = {
    local: {} as Record<string, unknown>,
    listeners: new Set<Listener>(),
    commands: undefined as undefined | { getAll(): Promise<unknown[]> },
  };
  const pick = (keys: string | string[]): Record<string, unknown> =>
    Object.fromEntries(
      (Array.isArray(keys) ? keys : [keys])
        .filter((k) => k in state.local)
        .map((k) => [k, state.local[k]]),
    );
  const browser = {
    storage: {
      local: { get: async (keys: string | string[]) => pick(keys) },
      sync: { get: async () => ({}) },
      onChanged: {
        addListener: (l: Listener) => state.listeners.add(l),
        removeListener: (l: Listener) => state.listeners.delete(l),
      },
    },
    runtime: { sendMessage: async () => undefined, getURL: (p: string) => p },
    tabs: { create: async () => ({}) },
    get commands() {
      return state.commands;
    },
  };
  return { state, browser };
});

vi.mock('webextension-polyfill', () => {
  throw new Error('the options client must not load webextension-polyfill');
});

const { createOptionsClient, downloadText } = await import('../../src/options/options-client');

beforeEach(() => {
  fake.state.local = {};
  fake.state.listeners.clear();
  fake.state.commands = undefined;
  (globalThis as { browser?: unknown }).browser = fake.browser;
});
afterEach(() => {
  delete (globalThis as { browser?: unknown }).browser;
  vi.restoreAllMocks();
});

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('options client', () => {
  it('reads the history through parseHistory, dropping broken entries', async () => {
    fake.state.local.history = [entry(0, 9), { junk: true }, entry(0, 10)];
    const history = await createOptionsClient().readHistory();
    expect(history.map((e) => e.stepIndex)).toEqual([9, 10]);
  });

  it('follows history changes in storage.local only', async () => {
    const client = createOptionsClient();
    const seen: HistoryEntry[][] = [];
    const stop = client.subscribeHistory((h) => seen.push(h));
    fake.state.local.history = [entry(0, 9)];
    for (const l of fake.state.listeners) {
      l({ session: {} }, 'local');
      l({ history: {} }, 'sync');
      l({ history: {} }, 'local');
    }
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.[0]?.stepIndex).toBe(9);
    stop();
    expect(fake.state.listeners.size).toBe(0);
  });

  it('lists shortcuts, with empty ones as ""; null without a commands API', async () => {
    expect(await createOptionsClient().getShortcuts()).toBeNull();
    fake.state.commands = {
      getAll: async () => [
        { name: '_execute_action', shortcut: 'Ctrl+Shift+Y' },
        { name: 'toggle-confirm-pause', description: 'Toggle' },
      ],
    };
    expect(await createOptionsClient().getShortcuts()).toEqual([
      { name: '_execute_action', description: '', shortcut: 'Ctrl+Shift+Y' },
      { name: 'toggle-confirm-pause', description: 'Toggle', shortcut: '' },
    ]);
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

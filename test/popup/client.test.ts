import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core';
import type { StateSnapshot } from '../../src/shared/messages';
import { sessionAt } from './mock-client';

type Listener = (changes: Record<string, unknown>, area: string) => void;

const fake = vi.hoisted(() => {
  const state = {
    local: {} as Record<string, unknown>,
    sync: {} as Record<string, unknown>,
    syncFails: false,
    listeners: new Set<Listener>(),
    sendMessage: (async () => undefined) as (msg: unknown) => Promise<unknown>,
    created: [] as unknown[],
    closed: 0,
    commands: [] as { name?: string; shortcut?: string; description?: string }[],
  };
  const pick = (area: Record<string, unknown>, keys: string | string[]): Record<string, unknown> =>
    Object.fromEntries(
      (Array.isArray(keys) ? keys : [keys]).filter((k) => k in area).map((k) => [k, area[k]]),
    );
  const browser = {
    storage: {
      local: { get: async (keys: string | string[]) => pick(state.local, keys) },
      sync: {
        get: async (keys: string | string[]) => {
          if (state.syncFails) throw new Error('sync disabled');
          return pick(state.sync, keys);
        },
      },
      onChanged: {
        addListener: (l: Listener) => state.listeners.add(l),
        removeListener: (l: Listener) => state.listeners.delete(l),
      },
    },
    runtime: {
      sendMessage: (msg: unknown) => state.sendMessage(msg),
      getURL: (path: string) => `chrome-extension://abc/${path}`,
    },
    tabs: {
      create: async (props: unknown) => {
        state.created.push(props);
        return {};
      },
    },
    commands: { getAll: async () => state.commands } as
      | { getAll(): Promise<unknown[]> }
      | undefined,
  };
  return { state, browser };
});

// The client uses the browser's own `browser`/`chrome` global, never the polyfill at run time.
vi.mock('webextension-polyfill', () => {
  throw new Error('the view client must not load webextension-polyfill');
});

const { createBrowserClient } = await import('../../src/shared/client');

beforeEach(() => {
  fake.state.local = {};
  fake.state.sync = {};
  fake.state.syncFails = false;
  fake.state.listeners.clear();
  fake.state.created = [];
  fake.state.closed = 0;
  fake.state.commands = [];
  fake.browser.commands = { getAll: async () => fake.state.commands };
  vi.stubGlobal('window', { close: () => fake.state.closed++ });
  vi.stubGlobal('browser', fake.browser);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createBrowserClient', () => {
  it('reads and parses session, notice and settings (sync first) straight from storage', async () => {
    const session = sessionAt([]);
    fake.state.local = {
      session,
      notice: 'saveFailed',
      settings: { ...DEFAULT_SETTINGS, planId: 'heat' },
    };
    fake.state.sync = { settings: { ...DEFAULT_SETTINGS, planId: 'spaced' } };
    const snap = await createBrowserClient().readSnapshot();
    expect(snap.session).toEqual(session);
    expect(snap.notice).toBe('saveFailed');
    expect(snap.settings.planId).toBe('spaced');
  });

  it('falls back to local settings, and to defaults for damaged data', async () => {
    fake.state.syncFails = true;
    fake.state.local = {
      settings: { ...DEFAULT_SETTINGS, planId: 'heat' },
      notice: 'nonsense',
      session: 42,
    };
    const snap = await createBrowserClient().readSnapshot();
    expect(snap).toEqual({
      session: null,
      settings: { ...DEFAULT_SETTINGS, planId: 'heat' },
      notice: null,
    });
  });

  it('returns replies, and turns transport failures into errorNoBackground', async () => {
    const client = createBrowserClient();
    const value: StateSnapshot = { session: null, settings: DEFAULT_SETTINGS, notice: null };
    fake.state.sendMessage = async () => ({ ok: true, value });
    expect(await client.send({ type: 'getState' })).toEqual({ ok: true, value });
    fake.state.sendMessage = async () => ({ ok: false, error: 'errorNotAllowed' });
    expect(await client.send({ type: 'pause' })).toEqual({ ok: false, error: 'errorNotAllowed' });
    fake.state.sendMessage = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    expect(await client.send({ type: 'pause' })).toEqual({ ok: false, error: 'errorNoBackground' });
    fake.state.sendMessage = async () => undefined;
    expect(await client.send({ type: 'pause' })).toEqual({ ok: false, error: 'errorNoBackground' });
  });

  it('delivers a fresh snapshot on relevant storage changes until unsubscribed', async () => {
    const client = createBrowserClient();
    const seen: StateSnapshot[] = [];
    const unsubscribe = client.subscribe((s) => seen.push(s));
    const fire = (changes: Record<string, unknown>, area: string): void => {
      for (const l of fake.state.listeners) l(changes, area);
    };
    fake.state.local = { notice: 'storageReset' };
    fire({ history: {} }, 'local');
    fire({ notice: { newValue: 'storageReset' } }, 'local');
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.notice).toBe('storageReset');

    unsubscribe();
    expect(fake.state.listeners.size).toBe(0);
  });

  it('falls back to the chrome namespace', async () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', fake.browser);
    fake.state.local = { notice: 'storageReset' };
    expect((await createBrowserClient().readSnapshot()).notice).toBe('storageReset');
  });

  it('opens extension pages in a tab, then closes the popup', async () => {
    createBrowserClient().openPage('guide.html#ice');
    await vi.waitFor(() => expect(fake.state.closed).toBe(1));
    expect(fake.state.created).toEqual([{ url: 'chrome-extension://abc/guide.html#ice' }]);
  });

  it('reads the keyboard shortcuts, and none where the browser has no commands API', async () => {
    const commands = [
      { name: '_execute_action', shortcut: 'Alt+Shift+Y', description: '' },
      { name: 'toggle-confirm-pause', shortcut: '', description: 'Confirm or pause' },
    ];
    fake.state.commands = commands;
    expect(await createBrowserClient().readShortcuts?.()).toEqual(commands);
    fake.browser.commands = undefined;
    expect(await createBrowserClient().readShortcuts?.()).toEqual([]);
  });
});

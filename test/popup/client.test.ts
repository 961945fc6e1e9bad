/** The views' client over the product's own browser module (src/shared/browser.ts) and the fake. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core';
import { createBrowserClient } from '../../src/shared/client';
import type { StateSnapshot } from '../../src/shared/messages';
import type { FakeBrowser } from '../fakes';
import { createFakeBrowser } from '../fakes';
import { useFakeBrowser } from '../fakes/install';
import { sessionAt } from './mock-client';

let fake: FakeBrowser;
let closed: number;

beforeEach(() => {
  fake = createFakeBrowser();
  useFakeBrowser(fake);
  closed = 0;
  vi.stubGlobal('window', { close: () => closed++ });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The background's side of a message: answers with `reply` (or throws it). */
function answerWith(reply: () => unknown): void {
  fake.runtime.onMessage.removeAll();
  fake.runtime.onMessage.addListener(async () => reply());
}

describe('createBrowserClient', () => {
  it('reads and parses session, notice and settings (sync first) straight from storage', async () => {
    const session = sessionAt([]);
    fake.storage.local.seed({
      session,
      notice: 'saveFailed',
      settings: { ...DEFAULT_SETTINGS, planId: 'heat' },
    });
    fake.storage.sync.seed({ settings: { ...DEFAULT_SETTINGS, planId: 'spaced' } });
    const snap = await createBrowserClient().readSnapshot();
    expect(snap.session).toEqual(session);
    expect(snap.notice).toBe('saveFailed');
    expect(snap.settings.planId).toBe('spaced');
  });

  it('falls back to local settings, and to defaults for damaged data', async () => {
    fake.storage.sync.unavailable = true;
    fake.storage.local.seed({
      settings: { ...DEFAULT_SETTINGS, planId: 'heat' },
      notice: 'nonsense',
      session: 42,
    });
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
    // No listener at all: "Receiving end does not exist."
    expect(await client.send({ type: 'pause' })).toEqual({ ok: false, error: 'errorNoBackground' });
    answerWith(() => ({ ok: true, value }));
    expect(await client.send({ type: 'getState' })).toEqual({ ok: true, value });
    answerWith(() => ({ ok: false, error: 'errorNotAllowed' }));
    expect(await client.send({ type: 'pause' })).toEqual({ ok: false, error: 'errorNotAllowed' });
    answerWith(() => {
      throw new Error('the background failed');
    });
    expect(await client.send({ type: 'pause' })).toEqual({ ok: false, error: 'errorNoBackground' });
    answerWith(() => undefined);
    expect(await client.send({ type: 'pause' })).toEqual({ ok: false, error: 'errorNoBackground' });
  });

  it('delivers a fresh snapshot on relevant storage changes until unsubscribed', async () => {
    const client = createBrowserClient();
    const seen: StateSnapshot[] = [];
    const unsubscribe = client.subscribe((s) => seen.push(s));
    await fake.storage.local.set({ history: [] });
    await fake.storage.local.set({ notice: 'storageReset' });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.notice).toBe('storageReset');

    unsubscribe();
    expect(fake.storage.onChanged.hasListeners()).toBe(false);
  });

  it('opens extension pages in a tab, then closes the popup', async () => {
    createBrowserClient().openPage('guide.html#ice');
    await vi.waitFor(() => expect(closed).toBe(1));
    expect(fake.tabs.created).toEqual([{ url: fake.runtime.getURL('guide.html#ice') }]);
  });

  it('reads the keyboard shortcuts, with empty ones as ""; null without a commands API', async () => {
    fake.commands.list = [
      { name: '_execute_action', shortcut: 'Alt+Shift+Y', description: '' },
      { name: 'toggle-confirm-pause', shortcut: '', description: 'Confirm or pause' },
    ];
    expect(await createBrowserClient().readShortcuts()).toEqual(fake.commands.list);
    fake.commands.getAll = () => Promise.reject(new Error('not here'));
    expect(await createBrowserClient().readShortcuts()).toBeNull();
    useFakeBrowser({ ...fake, commands: undefined } as unknown as FakeBrowser);
    expect(await createBrowserClient().readShortcuts()).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { createFakeClock } from './clock';
import { createFakeBrowser } from './index';
import { OFFSCREEN_DOCUMENT } from './offscreen';

const t0 = Date.UTC(2026, 0, 5, 9);

describe('fake storage', () => {
  it('gets by string, array, defaults object and null; clones in and out', async () => {
    const b = createFakeBrowser();
    const value = { n: 1, list: [1, 2] };
    await b.storage.local.set({ a: value, b: 2 });
    value.n = 99;
    expect(await b.storage.local.get('a')).toEqual({ a: { n: 1, list: [1, 2] } });
    expect(await b.storage.local.get(['a', 'missing'])).toEqual({ a: { n: 1, list: [1, 2] } });
    expect(await b.storage.local.get({ b: 0, c: 'dflt' })).toEqual({ b: 2, c: 'dflt' });
    expect(Object.keys(await b.storage.local.get(null))).toEqual(['a', 'b']);
    const got = await b.storage.local.get('a');
    (got.a as { n: number }).n = 5;
    expect(b.storage.local.peek().a).toEqual({ n: 1, list: [1, 2] });
  });

  it('reports only real changes to onChanged, with old and new values and the area', async () => {
    const b = createFakeBrowser();
    const seen: unknown[] = [];
    b.storage.onChanged.addListener((changes, area) => seen.push([area, changes]));
    await b.storage.local.set({ a: 1 });
    await b.storage.local.set({ a: 1 });
    await b.storage.sync.set({ a: 2 });
    await b.storage.local.remove('a');
    await Promise.resolve();
    expect(seen).toEqual([
      ['local', { a: { newValue: 1 } }],
      ['sync', { a: { newValue: 2 } }],
      ['local', { a: { oldValue: 1 } }],
    ]);
  });

  it('rejects the next set when told to, then works again', async () => {
    const b = createFakeBrowser();
    b.storage.local.failNextSet();
    await expect(b.storage.local.set({ a: 1 })).rejects.toThrow(/quota/i);
    expect(b.storage.local.peek()).toEqual({});
    await b.storage.local.set({ a: 1 });
    expect(b.storage.local.peek()).toEqual({ a: 1 });
  });
});

describe('fake alarms and clock', () => {
  it('fires due alarms in order at their instants and awaits the listeners', async () => {
    const clock = createFakeClock(t0);
    const b = createFakeBrowser({ clock });
    const fired: [string, number][] = [];
    b.alarms.onAlarm.addListener(async (alarm) => {
      await Promise.resolve();
      fired.push([alarm.name, clock.now()]);
    });
    await b.alarms.create('late', { when: t0 + 3000 });
    await b.alarms.create('soon', { delayInMinutes: 0.025 });
    await b.alarms.create('late', { when: t0 + 2000 });
    await clock.advance(10_000);
    expect(fired).toEqual([
      ['soon', t0 + 1500],
      ['late', t0 + 2000],
    ]);
    expect(await b.alarms.getAll()).toEqual([]);
    expect(clock.now()).toBe(t0 + 10_000);
  });

  it('re-bases repeating alarms and clamps like a packed Chrome build when asked', async () => {
    const clock = createFakeClock(t0);
    const b = createFakeBrowser({ clock, alarmMinDelayMs: 30_000 });
    await b.alarms.create('tick', { when: t0 + 1000 });
    expect((await b.alarms.get('tick'))?.scheduledTime).toBe(t0 + 30_000);
    await b.alarms.create('every', { periodInMinutes: 1 });
    let count = 0;
    b.alarms.onAlarm.addListener((a) => {
      if (a.name === 'every') count++;
    });
    await clock.advance(5 * 60_000);
    expect(count).toBe(5);
    expect(await b.alarms.clear('every')).toBe(true);
    expect(await b.alarms.clear('every')).toBe(false);
  });
});

describe('fake notifications and runtime', () => {
  it('replaces a notification with the same id; Firefox rejects Chromium-only options', async () => {
    const chromium = createFakeBrowser();
    const base = { type: 'basic' as const, iconUrl: 'i.png', title: 'a', message: 'm' };
    await chromium.notifications.create('x', base);
    await chromium.notifications.create('x', { ...base, title: 'b', buttons: [{ title: 'ok' }] });
    expect(Object.keys(await chromium.notifications.getAll())).toEqual(['x']);
    expect(chromium.notifications.peek().x?.title).toBe('b');
    // Re-created while still shown: updated in place, no second pop-up; after a clear it pops.
    expect(chromium.notifications.popups).toEqual(['a']);
    await chromium.notifications.clear('x');
    await chromium.notifications.create('x', { ...base, title: 'c' });
    expect(chromium.notifications.popups).toEqual(['a', 'c']);
    expect(chromium.notifications.calls).toEqual(['create:x', 'create:x', 'clear:x', 'create:x']);

    const firefox = createFakeBrowser({ flavour: 'firefox' });
    expect(() => firefox.notifications.create('x', { ...base, buttons: [] })).toThrow(/buttons/);
    expect(() => firefox.notifications.create('x', { ...base, requireInteraction: true })).toThrow(
      /requireInteraction/,
    );
    expect(firefox.notifications.onButtonClicked).toBeUndefined();
    expect(typeof firefox.runtime.getBrowserInfo).toBe('function');
    expect(chromium.runtime.getBrowserInfo).toBeUndefined();
  });

  it('delivers messages to the listener that answers (promise or sendResponse)', async () => {
    const b = createFakeBrowser();
    await expect(b.runtime.sendMessage({ hi: 1 })).rejects.toThrow(/Receiving end/);
    b.runtime.onMessage.addListener(() => undefined);
    b.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      setTimeout(() => sendResponse({ echo: message }), 0);
      return true;
    });
    expect(await b.runtime.sendMessage({ hi: 1 })).toEqual({ echo: { hi: 1 } });
    // A returned promise answers too (the polyfill's contract, which IceCycle uses), and its
    // rejection reaches the sender.
    b.runtime.onMessage.removeAll();
    b.runtime.onMessage.addListener(async (message) => ({ reply: message }));
    expect(await b.runtime.sendMessage({ hi: 2 })).toEqual({ reply: { hi: 2 } });
    b.runtime.onMessage.removeAll();
    b.runtime.onMessage.addListener(() => Promise.reject(new Error('handler failed')));
    await expect(b.runtime.sendMessage({ hi: 3 })).rejects.toThrow('handler failed');
  });

  it('restart removes listeners and, for a browser restart, alarms and the badge', async () => {
    const b = createFakeBrowser();
    b.runtime.onStartup.addListener(() => undefined);
    await b.alarms.create('a', { when: t0 + 1000 });
    await b.action.setBadgeText({ text: '5m' });
    b.restart();
    expect(b.runtime.onStartup.hasListeners()).toBe(false);
    expect(b.alarms.peek()).toHaveLength(1);
    b.restart({ browserRestart: true });
    expect(b.alarms.peek()).toEqual([]);
    expect(b.action.badgeText).toBe('');
  });
});

describe('fake offscreen, commands and idle', () => {
  it('Chromium allows one offscreen document, reports it in getContexts, and it hears messages', async () => {
    const browser = createFakeBrowser();
    const url = browser.runtime.getURL('offscreen.html');
    const filter = { contextTypes: [OFFSCREEN_DOCUMENT], documentUrls: [url] };
    expect(await browser.runtime.getContexts?.(filter)).toEqual([]);
    const params = { url: 'offscreen.html', reasons: ['AUDIO_PLAYBACK'], justification: 'chime' };
    await browser.offscreen?.createDocument(params);
    await expect(browser.offscreen?.createDocument(params)).rejects.toThrow(/single offscreen/);
    expect(await browser.runtime.getContexts?.(filter)).toHaveLength(1);
    expect(
      await browser.runtime.getContexts?.({ ...filter, documentUrls: ['chrome-extension://x/y'] }),
    ).toEqual([]);
    await expect(
      browser.runtime.sendMessage({ target: 'offscreen', type: 'icecycle-chime', volume: 1 }),
    ).resolves.toEqual({ ok: true, seconds: 0.6 });
    // A worker restart keeps the document; a browser restart closes it.
    browser.restart();
    expect(browser.offscreen?.isOpen).toBe(true);
    browser.restart({ browserRestart: true });
    expect(browser.offscreen?.isOpen).toBe(false);
    await expect(browser.runtime.sendMessage({ target: 'offscreen' })).rejects.toThrow(
      /Receiving end does not exist/,
    );
  });

  it('Firefox has no offscreen API and no getContexts here', () => {
    const browser = createFakeBrowser({ flavour: 'firefox' });
    expect(browser.offscreen).toBeUndefined();
    expect(browser.runtime.getContexts).toBeUndefined();
  });

  it('delivers shortcuts, and idle changes only when the state changes (Firefox never locks)', async () => {
    const browser = createFakeBrowser({ flavour: 'firefox' });
    const seen: string[] = [];
    browser.commands.onCommand.addListener((c) => {
      seen.push(`command:${c}`);
    });
    browser.idle.onStateChanged.addListener((s) => {
      seen.push(`idle:${s}`);
    });
    expect((await browser.commands.getAll()).map((c) => c.name)).toEqual([
      '_execute_action',
      'toggle-confirm-pause',
    ]);
    await browser.commands.press('toggle-confirm-pause');
    await browser.idle.set('active');
    await browser.idle.set('locked');
    await browser.idle.set('idle');
    await browser.idle.set('active');
    expect(seen).toEqual(['command:toggle-confirm-pause', 'idle:idle', 'idle:active']);
    browser.restart();
    await browser.commands.press('x');
    expect(seen).toHaveLength(3);
  });
});

describe('planted hangs (a worker killed mid-call)', () => {
  it('a matching storage call never settles and writes nothing; others go through', async () => {
    const b = createFakeBrowser();
    const reached = b.storage.local.hangNext('set', 'session');
    await b.storage.local.set({ other: 1 });
    let settled = false;
    void b.storage.local.set({ session: 1, outbox: 2 }).finally(() => {
      settled = true;
    });
    await reached;
    await new Promise((r) => setTimeout(r, 5));
    expect(settled).toBe(false);
    expect(b.storage.local.peek()).toEqual({ other: 1 });
    // Used once: the next write of the same key works.
    await b.storage.local.set({ session: 3 });
    expect(b.storage.local.peek()).toEqual({ other: 1, session: 3 });
  });

  it('hangs a remove of a matching key', async () => {
    const b = createFakeBrowser();
    await b.storage.local.set({ outbox: 1, keep: 2 });
    const reached = b.storage.local.hangNext('remove', 'outbox');
    void b.storage.local.remove(['outbox']);
    await reached;
    expect(b.storage.local.peek()).toEqual({ outbox: 1, keep: 2 });
  });

  it('a hung notifications.create shows nothing; the next create shows', async () => {
    const b = createFakeBrowser();
    const reached = b.notifications.hangNext('create');
    const options = { type: 'basic', iconUrl: 'i.png', title: 'T', message: 'M' } as const;
    let settled = false;
    void b.notifications.create('n', options).finally(() => {
      settled = true;
    });
    await reached;
    await new Promise((r) => setTimeout(r, 5));
    expect(settled).toBe(false);
    expect(b.notifications.peek()).toEqual({});
    await b.notifications.create('n', options);
    expect(Object.keys(await b.notifications.getAll())).toEqual(['n']);
  });

  it('a hung notifications.clear leaves the notification shown', async () => {
    const b = createFakeBrowser();
    await b.notifications.create('n', { type: 'basic', iconUrl: 'i', title: 'T', message: 'M' });
    const reached = b.notifications.hangNext('clear');
    void b.notifications.clear('n');
    await reached;
    expect(Object.keys(b.notifications.peek())).toEqual(['n']);
  });
});

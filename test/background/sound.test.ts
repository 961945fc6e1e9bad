/**
 * The chime's routing: Chromium opens one offscreen document (AUDIO_PLAYBACK) and messages it;
 * Firefox plays it with WebAudio in the event page; no sound effect, nothing played.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChimePlayer, OFFSCREEN_PAGE } from '../../src/background/sound';
import type { Settings } from '../../src/core';
import { DEFAULT_SETTINGS } from '../../src/core';
import { CHIME_MESSAGE } from '../../src/shared/chime-message';
import { SETTINGS_KEY } from '../../src/shared/storage-keys';
import { asBrowser, createFakeBrowser } from '../fakes';
import { FakeAudioContext } from '../fakes/audio';
import type { Harness } from './harness';
import { createHarness, HOUR, MIN, t0 } from './harness';

let h: Harness;
afterEach(() => h?.dispose());

/** Quiet hours off, so the fixed test instants never fall inside them. */
function settings(patch: Partial<Settings> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    quietHours: { ...DEFAULT_SETTINGS.quietHours, enabled: false },
    soundVolume: 0.4,
    ...patch,
  };
}

/**
 * Start, put the ice on and let it end (take-off alert, acknowledged so it does not repeat),
 * then let the rest end (due alert): two alerts.
 */
async function twoAlerts(): Promise<void> {
  await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
  await h.send({ type: 'confirm' });
  await h.clock.advance(20 * MIN);
  await h.send({ type: 'ackTakeOff' });
  await h.clock.advance(20 * MIN);
}

const chimes = (messages: unknown[]): unknown[] =>
  messages.filter((m) => (m as { type?: unknown }).type === CHIME_MESSAGE);

describe('Chromium', () => {
  it('opens one offscreen document for audio and messages it on each alert', async () => {
    h = createHarness();
    await h.browser.storage.sync.set({ [SETTINGS_KEY]: settings() });
    await h.boot();
    await twoAlerts();
    const offscreen = h.browser.offscreen;
    expect(offscreen?.created).toEqual([
      { url: OFFSCREEN_PAGE, reasons: ['AUDIO_PLAYBACK'], justification: expect.any(String) },
    ]);
    expect(chimes(offscreen?.received ?? [])).toEqual([
      { target: 'offscreen', type: CHIME_MESSAGE, volume: 0.4 },
      { target: 'offscreen', type: CHIME_MESSAGE, volume: 0.4 },
    ]);
    expect(h.errors).toEqual([]);
  });

  it('opens it again after Chrome closed it (30 s of silence)', async () => {
    h = createHarness();
    await h.browser.storage.sync.set({ [SETTINGS_KEY]: settings() });
    await h.boot();
    await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
    await h.send({ type: 'confirm' });
    await h.clock.advance(20 * MIN);
    await h.send({ type: 'ackTakeOff' });
    h.browser.offscreen?.close();
    await h.clock.advance(20 * MIN);
    expect(h.browser.offscreen?.created).toHaveLength(2);
    expect(h.browser.offscreen?.isOpen).toBe(true);
    expect(h.errors).toEqual([]);
  });

  it('without runtime.getContexts (before Chrome 116) tolerates the document being open', async () => {
    const browser = createFakeBrowser();
    browser.runtime.getContexts = undefined;
    const play = createChimePlayer(asBrowser(browser));
    await play(0.5);
    await play(0.7);
    expect(browser.offscreen?.created).toHaveLength(1);
    expect(chimes(browser.offscreen?.received ?? [])).toEqual([
      expect.objectContaining({ volume: 0.5 }),
      expect.objectContaining({ volume: 0.7 }),
    ]);
  });

  it('plays nothing when sound is off', async () => {
    h = createHarness();
    await h.browser.storage.sync.set({ [SETTINGS_KEY]: settings({ sound: false }) });
    await h.boot();
    await twoAlerts();
    expect(h.shown()).toHaveLength(1);
    expect(h.browser.offscreen?.created).toEqual([]);
    expect(h.browser.offscreen?.received).toEqual([]);
  });

  it('skips a zero volume without opening a document', async () => {
    const browser = createFakeBrowser();
    await createChimePlayer(asBrowser(browser))(0);
    expect(browser.offscreen?.created).toEqual([]);
  });
});

describe('Firefox', () => {
  it('plays the chime with WebAudio in the event page, on one context', async () => {
    h = createHarness({ flavour: 'firefox' });
    const made: FakeAudioContext[] = [];
    vi.stubGlobal(
      'AudioContext',
      class extends FakeAudioContext {
        constructor() {
          super();
          made.push(this);
        }
      },
    );
    await h.browser.storage.sync.set({ [SETTINGS_KEY]: settings() });
    await h.boot();
    expect(h.browser.offscreen).toBeUndefined();
    await twoAlerts();
    expect(made).toHaveLength(1);
    // Two chimes of two tones each, at the chosen volume (peak gain scales with it).
    expect(made[0]?.tones).toHaveLength(4);
    expect(made[0]?.tones.every((tone) => tone.peak > 0 && tone.peak <= 0.4)).toBe(true);
    expect(h.errors).toEqual([]);
  });

  it('resumes a context that autoplay left suspended', async () => {
    const browser = createFakeBrowser({ flavour: 'firefox' });
    const ctx = new FakeAudioContext('suspended');
    await createChimePlayer(asBrowser(browser), { createAudioContext: () => ctx })(1);
    expect(ctx.resumes).toBe(1);
    expect(ctx.tones.map((tone) => tone.hz)).toEqual([659.25, 987.77]);
  });

  it('plays nothing where there is no WebAudio and no offscreen API', async () => {
    const browser = createFakeBrowser({ flavour: 'firefox' });
    await expect(
      createChimePlayer(asBrowser(browser), { createAudioContext: () => null })(1),
    ).resolves.toBeUndefined();
  });
});

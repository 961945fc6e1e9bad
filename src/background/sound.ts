/**
 * The chime. Firefox's event page has a DOM and may play audio directly; a Chromium service
 * worker has no Audio, so an offscreen document plays it (PLATFORM.md §5).
 */
import type { BrowserApi, Platform } from './browser-api';

export const CHIME_PATH = 'sounds/chime.ogg';
export const OFFSCREEN_PAGE = 'offscreen.html';
/** The message the offscreen document answers by playing the chime. */
export const CHIME_MESSAGE = 'icecycle-chime';

interface OffscreenApi {
  createDocument(params: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

interface ChromeHost {
  chrome?: {
    offscreen?: OffscreenApi;
    runtime?: { sendMessage(message: unknown): Promise<unknown> };
  };
}

export type PlaySound = (volume: number) => Promise<void>;

export function createChimePlayer(browser: BrowserApi, platform: Platform): PlaySound {
  return async (volume) => {
    const clamped = Math.min(Math.max(volume, 0), 1);
    if (platform === 'firefox' && typeof Audio === 'function') {
      const audio = new Audio(browser.runtime.getURL(CHIME_PATH));
      audio.volume = clamped;
      await audio.play();
      return;
    }
    const chrome = (globalThis as ChromeHost).chrome;
    if (!chrome?.offscreen || !chrome.runtime) return;
    try {
      await chrome.offscreen.createDocument({
        url: OFFSCREEN_PAGE,
        reasons: ['AUDIO_PLAYBACK'],
        justification: 'Plays the alert chime when an ice or heat phase changes.',
      });
    } catch {
      // Only one offscreen document may exist; it is already open.
    }
    await chrome.runtime.sendMessage({ type: CHIME_MESSAGE, volume: clamped });
  };
}

/**
 * Entry of offscreen.html (Chromium only): a hidden document the background creates with reason
 * AUDIO_PLAYBACK, because a service worker has no WebAudio. Only `chrome.runtime` exists here.
 * https://developer.chrome.com/docs/extensions/reference/api/offscreen
 */
import { createChimeListener } from './chime-listener';

interface RuntimeHost {
  runtime?: { onMessage: { addListener(listener: ReturnType<typeof createChimeListener>): void } };
}

const host = globalThis as { browser?: RuntimeHost; chrome?: RuntimeHost };
(host.browser ?? host.chrome)?.runtime?.onMessage.addListener(
  createChimeListener(() => new AudioContext()),
);

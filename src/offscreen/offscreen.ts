/**
 * Entry of offscreen.html (Chromium only): a hidden document the background creates with reason
 * AUDIO_PLAYBACK, because a service worker has no WebAudio. Only `runtime` exists here.
 * https://developer.chrome.com/docs/extensions/reference/api/offscreen
 */
import { browser } from '../shared/browser';
import { createChimeListener } from './chime-listener';

browser.runtime.onMessage.addListener(createChimeListener(() => new AudioContext()));

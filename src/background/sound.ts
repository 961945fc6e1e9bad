/**
 * The chime (synthesised, src/shared/chime.ts; no audio file). A Chromium service worker has no
 * WebAudio, so an offscreen document plays it; Firefox has no offscreen API, but its event page
 * is a DOM page allowed to play audio (PLATFORM.md §5). Feature-detected, not sniffed.
 */
import type { Browser } from '../shared/browser';
import { chimeMessage } from '../shared/chime-message';
import type { ResumableContext } from '../shared/context-chime';
import { createContextChime } from '../shared/context-chime';
import type { BrowserApi } from './browser-api';

export const OFFSCREEN_PAGE = 'offscreen.html';
export const OFFSCREEN_JUSTIFICATION =
  'Plays a short chime when an ice or heat application is due or ends.';

export type PlaySound = (volume: number) => Promise<void>;

export interface ChimeDeps {
  /** Makes the event page's AudioContext (Firefox); null where there is none (a worker). */
  readonly createAudioContext?: () => ResumableContext | null;
}

function defaultAudioContext(): ResumableContext | null {
  return typeof AudioContext === 'function' ? new AudioContext() : null;
}

export function createChimePlayer(browser: BrowserApi, deps: ChimeDeps = {}): PlaySound {
  const makeContext = deps.createAudioContext ?? defaultAudioContext;
  let direct: ((volume: number) => number) | null = null;

  /** Opens the offscreen document unless it is already open (only one may exist). */
  async function ensureOffscreen(create: NonNullable<BrowserApi['offscreen']>['createDocument']) {
    const url = browser.runtime.getURL(OFFSCREEN_PAGE);
    if (browser.runtime.getContexts) {
      try {
        const open = await browser.runtime.getContexts({
          // Chromium's context type; Firefox's schema (the types) has no offscreen documents.
          contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.Runtime.ContextType],
          documentUrls: [url],
        });
        if (open.length > 0) return;
      } catch {
        // fall through: createDocument tells us
      }
    }
    try {
      await create({
        url: OFFSCREEN_PAGE,
        reasons: ['AUDIO_PLAYBACK'],
        justification: OFFSCREEN_JUSTIFICATION,
      });
    } catch {
      // Already open (no getContexts before Chrome 116, or created meanwhile): the message finds it.
    }
  }

  return async (volume) => {
    const clamped = Math.min(Math.max(Number.isFinite(volume) ? volume : 0, 0), 1);
    if (clamped === 0) return;
    const offscreen = browser.offscreen;
    if (offscreen) {
      await ensureOffscreen((params) => offscreen.createDocument(params));
      await browser.runtime.sendMessage(chimeMessage(clamped));
      return;
    }
    if (direct === null) {
      const ctx = makeContext();
      if (ctx === null) return;
      direct = createContextChime(() => ctx);
    }
    direct(clamped);
  };
}

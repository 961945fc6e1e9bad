/**
 * Fake `offscreen` (Chromium): one document at a time (a second createDocument rejects, as Chrome
 * does). While open, the document answers chime messages the way src/offscreen/ does (a returned
 * promise) and records every message it hears.
 */
import type { OffscreenApi } from '../../src/background/browser-api';
import type { Browser } from '../../src/shared/browser';
import type { FakeMessageListener, FakeRuntime } from './runtime';

type OffscreenParams = Parameters<OffscreenApi['createDocument']>[0];

/** Chromium's context type for it; Firefox's schema (which the types follow) has none. */
export const OFFSCREEN_DOCUMENT = 'OFFSCREEN_DOCUMENT' as Browser.Runtime.ContextType;

export class FakeOffscreen implements OffscreenApi {
  /** Every successful createDocument call, in order. */
  readonly created: OffscreenParams[] = [];
  /** Every message the open document heard. */
  readonly received: unknown[] = [];
  private open: OffscreenParams | null = null;
  private readonly listener: FakeMessageListener = (message) => {
    this.received.push(message);
    const m = message as { target?: unknown; volume?: unknown };
    if (m?.target !== 'offscreen') return undefined;
    return Promise.resolve({ ok: true, seconds: m.volume === 0 ? 0 : 0.6 });
  };

  constructor(private readonly runtime: FakeRuntime) {
    runtime.getContexts = async (filter) => {
      await Promise.resolve();
      if (this.open === null) return [];
      const documentUrl = runtime.getURL(this.open.url);
      const typeOk = !filter.contextTypes || filter.contextTypes.includes(OFFSCREEN_DOCUMENT);
      const urlOk = !filter.documentUrls || filter.documentUrls.includes(documentUrl);
      if (!typeOk || !urlOk) return [];
      // As Chrome reports it: in no tab or window.
      const context = { contextId: 'offscreen-1', contextType: OFFSCREEN_DOCUMENT, documentUrl };
      return [{ ...context, incognito: false, frameId: 0, tabId: -1, windowId: -1 }];
    };
  }

  async createDocument(params: OffscreenParams): Promise<void> {
    await Promise.resolve();
    if (!params.reasons?.length || !params.justification)
      throw new Error('reasons and justification are required');
    if (this.open !== null) throw new Error('Only a single offscreen document may be created.');
    this.open = structuredClone(params);
    this.created.push(structuredClone(params));
    this.runtime.pageListeners.addListener(this.listener);
  }

  get isOpen(): boolean {
    return this.open !== null;
  }

  /** Chrome closes an AUDIO_PLAYBACK document after 30 s without sound, and on a restart. */
  close(): void {
    this.open = null;
    this.runtime.pageListeners.removeListener(this.listener);
  }
}

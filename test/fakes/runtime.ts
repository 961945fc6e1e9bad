/**
 * Fake `runtime`: install/start-up events, extension URLs, and messages delivered to the
 * extension's listeners (the background's and the other pages', e.g. the offscreen document).
 */
import type { Browser } from '../../src/shared/browser';
import { FakeEvent, isThenable } from './event';
import type { Flavour } from './flavour';

/** As either browser sends it: Chrome has no `temporary`, and reasons differ (`chrome_update`). */
interface InstalledDetails {
  reason: string;
  previousVersion?: string;
  temporary?: boolean;
}
type MessageSender = Browser.Runtime.MessageSender;

/**
 * What a real onMessage listener may do: return a promise (the polyfill's contract, which the
 * product uses) or return `true` and call sendResponse later.
 */
export type FakeMessageListener = (
  message: unknown,
  sender: MessageSender,
  sendResponse: (response: unknown) => void,
) => unknown;

type Runtime = Browser.Runtime.Static;

/** Typed against the polyfill's runtime API: a signature drift there fails `tsc` here. */
export class FakeRuntime
  implements
    Pick<Runtime, 'id' | 'getURL' | 'sendMessage' | 'onInstalled' | 'onStartup' | 'onMessage'>,
    Partial<Pick<Runtime, 'getBrowserInfo' | 'getContexts'>>
{
  readonly onInstalled = new FakeEvent<(details: InstalledDetails) => unknown>();
  readonly onStartup = new FakeEvent<() => unknown>();
  readonly onMessage = new FakeEvent<FakeMessageListener>();
  /**
   * onMessage listeners of the extension's other pages (an offscreen document): they hear
   * sendMessage too, and survive a worker restart.
   */
  readonly pageListeners = new FakeEvent<FakeMessageListener>();
  getBrowserInfo?: () => Promise<Browser.Runtime.BrowserInfo>;
  /** Chromium (116+): the open offscreen document, if any; set by FakeOffscreen. */
  getContexts?: Runtime['getContexts'];

  constructor(
    readonly id: string,
    private readonly origin: string,
    flavour: Flavour,
  ) {
    if (flavour === 'firefox') {
      this.getBrowserInfo = async () => ({
        name: 'Firefox',
        vendor: 'Mozilla',
        version: '140.0',
        buildID: '20250623000000',
      });
    }
  }

  getURL(path: string): string {
    return `${this.origin}/${path.replace(/^\//, '')}`;
  }

  /**
   * Delivers a message to the onMessage listeners like a page of the extension would: the first
   * listener that returns a promise, or `true` and later calls sendResponse, answers. Message and
   * reply are cloned. With no answer, rejects like Chrome.
   */
  sendMessage(message: unknown): Promise<unknown> {
    const sent = structuredClone(message);
    const sender: MessageSender = { id: this.id, url: this.getURL('popup.html') };
    return new Promise((resolve, reject) => {
      let answered = false;
      let waiting = false;
      const answer = (value: unknown): void => {
        if (answered) return;
        answered = true;
        resolve(structuredClone(value));
      };
      for (const listener of [...this.onMessage.all, ...this.pageListeners.all]) {
        const result = listener(sent, sender, answer);
        if (isThenable(result)) {
          result.then(answer, (error: unknown) => {
            if (!answered) {
              answered = true;
              reject(error);
            }
          });
          waiting = true;
          break;
        }
        if (result === true) {
          waiting = true;
          break;
        }
        if (answered) return;
      }
      if (!waiting && !answered) {
        reject(new Error('Could not establish connection. Receiving end does not exist.'));
      }
    });
  }
}

/** Small helpers every part of the harness and many scenarios use: time units, waits, strings. */
import { makeGetMessage } from '../../helpers/messages';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** The English strings, formatted exactly as `chrome.i18n.getMessage` does. */
const getMessage = makeGetMessage('en');
export function msg(key: string, subs?: string | number | (string | number)[]): string {
  const list =
    subs === undefined ? undefined : Array.isArray(subs) ? subs.map(String) : String(subs);
  const text = getMessage(key, list);
  if (text === '') throw new Error(`no message "${key}" in src/_locales/en`);
  return text;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** Polls `probe` until `accept` says yes; throws with the last value seen. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (accept(last)) return last;
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    }
    await sleep(40);
  }
}

/** A request leaves the extension unless it stays on its own origin or is inline data. */
export function isLocalUrl(url: string, extensionId: string): boolean {
  return (
    url.startsWith(`chrome-extension://${extensionId}/`) ||
    url.startsWith('data:') ||
    url.startsWith('blob:')
  );
}

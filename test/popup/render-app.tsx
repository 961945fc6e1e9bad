import { act, cleanup, type RenderResult, render } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { afterEach, beforeAll } from 'vitest';
import { App } from '../../src/popup/app';
import { mountPopup } from '../../src/popup/mount';
import { setMessageSource } from '../../src/shared/i18n';
import { makeGetMessage } from '../helpers/messages';
import type { MockClient } from './mock-client';

const mounted: (() => void)[] = [];

/** Registers the English messages and DOM cleanup for a popup test file. */
export function usePopupTestSetup(): void {
  beforeAll(() => setMessageSource(makeGetMessage('en')));
  afterEach(() => {
    cleanup();
    for (const unmount of mounted.splice(0)) unmount();
  });
}

/** Lets pending promises (sends, their replies) and the renders they cause settle. */
export async function flush(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
}

export async function renderApp(client: MockClient): Promise<RenderResult> {
  const result = render(<App client={client} initial={client.snapshot} />);
  await flush();
  return result;
}

/** Mounts the popup the way the real entry does (mountPopup: state and shortcuts read first). */
export async function mountApp(client: MockClient): Promise<{ unmount(): void }> {
  const root = document.body.appendChild(document.createElement('div'));
  await act(async () => {
    await mountPopup(client, root);
  });
  await flush();
  const unmount = (): void => {
    preactRender(null, root);
    root.remove();
  };
  mounted.push(unmount);
  return { unmount };
}

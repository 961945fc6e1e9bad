import { act, cleanup, type RenderResult, render } from '@testing-library/preact';
import { afterEach, beforeAll } from 'vitest';
import { App } from '../../src/popup/app';
import { setMessageSource } from '../../src/shared/i18n';
import { makeGetMessage } from '../helpers/messages';
import type { MockClient } from './mock-client';

/** Registers the English messages and DOM cleanup for a popup test file. */
export function usePopupTestSetup(): void {
  beforeAll(() => setMessageSource(makeGetMessage('en')));
  afterEach(() => cleanup());
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

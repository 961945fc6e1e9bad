// @vitest-environment happy-dom
import { act, cleanup } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mountPopup } from '../../src/popup/mount';
import { setMessageSource } from '../../src/shared/i18n';
import type { StateSnapshot } from '../../src/shared/messages';
import { makeGetMessage } from '../helpers/messages';
import { createMockClient, sessionAt } from './mock-client';

beforeAll(() => setMessageSource(makeGetMessage('en')));
afterEach(() => cleanup());

describe('mountPopup', () => {
  it('renders nothing until the stored state is read, then the true state on the first frame', async () => {
    const client = createMockClient({ session: sessionAt([{ type: 'confirm' }]) });
    let resolve: (s: StateSnapshot) => void = () => undefined;
    client.readSnapshot = () =>
      new Promise((r) => {
        resolve = r;
      });
    const root = document.createElement('div');
    document.body.append(root);
    const mounted = mountPopup(client, root);
    await Promise.resolve();
    expect(root.textContent).toBe('');
    expect(client.sent).toEqual([]);

    await act(async () => {
      resolve(client.snapshot);
      await mounted;
    });
    expect(root.textContent).not.toMatch(/loading/i);
    expect(root.querySelector('[role="timer"]')?.textContent).toBe('20:00');
    expect(root.textContent).not.toContain('Choose a plan');
    // After the first frame it asks the background to catch up.
    expect(client.sentOf('getState')).toHaveLength(1);
    await act(() => render(null, root));
    root.remove();
  });

  it('falls back to asking the background when storage cannot be read', async () => {
    const client = createMockClient({ session: sessionAt([]) });
    client.readSnapshot = () => Promise.reject(new Error('storage broken'));
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => mountPopup(client, root));
    expect(root.textContent).toContain('Ice is due');
    await act(() => render(null, root));
    root.remove();
  });
});

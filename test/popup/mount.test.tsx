// @vitest-environment happy-dom
import { act, cleanup } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE, type Session } from '../../src/core';
import { mountPopup } from '../../src/popup/mount';
import { setMessageSource } from '../../src/shared/i18n';
import type { StateSnapshot } from '../../src/shared/messages';
import { makeGetMessage } from '../helpers/messages';
import { createMockClient, sessionAt, T0 } from './mock-client';

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
    expect(root.querySelector('.time')?.textContent).toBe('20 min left');
    expect(root.textContent).not.toContain('Start a plan');
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
    expect(root.textContent).toContain('Time for ice');
    await act(() => render(null, root));
    root.remove();
  });

  it('shows the idle screen and an error line when the stored session cannot be shown', async () => {
    const client = createMockClient();
    const good = sessionAt([{ type: 'confirm' }, [{ type: 'wake' }, T0 + 20 * MINUTE]]);
    // A rest before an application without a modality: "Next: …" has no text for it.
    const broken = {
      ...good,
      plan: { ...good.plan, steps: [{ kind: 'apply', minutes: 20 }, ...good.plan.steps.slice(1)] },
    } as unknown as Session;
    client.readSnapshot = () => Promise.resolve({ ...client.snapshot, session: broken });
    // The background's answer (the repaired state: no session) arrives when the test says.
    const send = client.send;
    let answer: () => void = () => undefined;
    const asked: string[] = [];
    client.send = (msg) =>
      new Promise((resolve) => {
        asked.push(msg.type);
        answer = () => resolve(send(msg));
      });
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => mountPopup(client, root));
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('Something went wrong. Please try again.');
    expect(root.querySelector('button[type="submit"]')?.textContent).toBe('Start');
    expect(root.querySelector('footer')).not.toBeNull();
    expect(asked).toEqual(['getState']);
    await act(async () => {
      answer();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('');
    expect(root.querySelector('button[type="submit"]')?.textContent).toBe('Start');
    await act(() => render(null, root));
    root.remove();
  });
});

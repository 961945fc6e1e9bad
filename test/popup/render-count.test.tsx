// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../src/core';
import { DEFAULT_SETTINGS, transition } from '../../src/core';
import { App } from '../../src/popup/app';
import { createMockClient, T0 } from './mock-client';
import { flush, renderApp, usePopupTestSetup } from './render-app';

usePopupTestSetup();
afterEach(() => vi.restoreAllMocks());

function dueSession(): Session {
  const s = transition(
    null,
    { type: 'start', planId: 'guide', injuryAt: T0, id: 'r' },
    T0,
    DEFAULT_SETTINGS,
  ).session;
  if (s === null) throw new Error('no session');
  return s;
}

describe('no re-render storms', () => {
  it('does not re-render for a stored change that only moves lastSeenAt', async () => {
    const session = dueSession();
    const client = createMockClient({ session });
    const render = vi.spyOn(App.prototype, 'render');
    await renderApp(client);
    const settled = render.mock.calls.length;
    client.push({ session: { ...session, lastSeenAt: session.lastSeenAt + 60_000 } });
    await flush();
    expect(render.mock.calls.length).toBe(settled);
    // A real change still shows.
    const confirmed = transition(session, { type: 'confirm' }, T0, DEFAULT_SETTINGS).session;
    client.push({ session: confirmed });
    await flush();
    expect(render.mock.calls.length).toBeGreaterThan(settled);
  });
});

// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { transition } from '../../src/core';
import { MINUTE } from '../../src/core/types';
import { createMockClient, sessionAt } from './mock-client';
import { flush, renderApp, usePopupTestSetup } from './render-app';

usePopupTestSetup();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
});

function liveRegion(): HTMLElement {
  const region = document.querySelector<HTMLElement>('[aria-live="polite"]');
  if (!region) throw new Error('no live region');
  return region;
}

describe('phase announcements', () => {
  it('announce phase changes, not ticks, and nothing on the first frame', async () => {
    const client = createMockClient({ session: sessionAt([]) });
    await renderApp(client);
    expect(liveRegion().textContent).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Ice is on' }));
    await flush();
    expect(liveRegion().textContent).toBe('Ice started');

    // Ticks change the countdown, never the live region.
    for (let i = 0; i < 3; i++) {
      client.advance(1000);
      await act(() => {
        vi.advanceTimersByTime(1000);
      });
    }
    expect(screen.getByRole('timer').textContent).toBe('19:57');
    expect(liveRegion().textContent).toBe('Ice started');

    // The background moves to the rest and writes storage.
    client.advance(20 * MINUTE);
    const rest = transition(
      client.snapshot.session,
      { type: 'wake' },
      client.clock,
      client.snapshot.settings,
    );
    await act(() => client.push({ session: rest.session }));
    expect(liveRegion().textContent).toBe('Rest started');

    client.advance(20 * MINUTE);
    const due = transition(rest.session, { type: 'wake' }, client.clock, client.snapshot.settings);
    await act(() => client.push({ session: due.session }));
    expect(liveRegion().textContent).toBe('Ice is due');

    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await flush();
    expect(liveRegion().textContent).toBe('Paused');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await flush();
    expect(liveRegion().textContent).toBe('Ice is due');
  });

  it('says Resumed when a paused countdown resumes', async () => {
    const client = createMockClient({
      session: sessionAt([{ type: 'confirm' }, { type: 'pause' }]),
    });
    await renderApp(client);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await flush();
    expect(liveRegion().textContent).toBe('Resumed');
  });
});

// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { transition } from '../../src/core';
import { MINUTE } from '../../src/core/types';
import { createMockClient, sessionAt, T0 } from './mock-client';
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
    // The rest started because the ice must come off: that is what is said.
    expect(liveRegion().textContent).toBe('Take the ice off now.');
    // "It's off" ends the prompt; nothing new to say.
    fireEvent.click(screen.getByRole('button', { name: "It's off" }));
    await flush();
    expect(screen.queryByText('Take the ice off now.', { selector: 'p' })).toBeNull();
    expect(liveRegion().textContent).toBe('Take the ice off now.');

    client.advance(20 * MINUTE);
    const due = transition(
      client.snapshot.session,
      { type: 'wake' },
      client.clock,
      client.snapshot.settings,
    );
    await act(() => client.push({ session: due.session }));
    expect(liveRegion().textContent).toBe('Ice is due');

    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await flush();
    expect(liveRegion().textContent).toBe('Paused');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await flush();
    expect(liveRegion().textContent).toBe('Ice is due');
  });

  it('says Rest started when a rest starts without a take-off (the application was cut short)', async () => {
    const client = createMockClient({ session: sessionAt([{ type: 'confirm' }]) });
    await renderApp(client);
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    await flush();
    expect(liveRegion().textContent).toBe('Rest started');
  });

  it('says "Take the heat off now." when a heat application ends', async () => {
    const client = createMockClient({
      session: sessionAt([{ type: 'confirm' }], { planId: 'heat' }),
    });
    await renderApp(client);
    client.advance(20 * MINUTE);
    const rest = transition(
      client.snapshot.session,
      { type: 'wake' },
      client.clock,
      client.snapshot.settings,
    );
    await act(() => client.push({ session: rest.session }));
    expect(liveRegion().textContent).toBe('Take the heat off now.');
  });

  it('says Resumed when a paused countdown resumes', async () => {
    const client = createMockClient({
      session: sessionAt([
        { type: 'confirm' },
        [{ type: 'wake' }, T0 + 20 * MINUTE],
        [{ type: 'ackTakeOff' }, T0 + 20 * MINUTE],
        [{ type: 'pause' }, T0 + 22 * MINUTE],
      ]),
    });
    client.clock = T0 + 30 * MINUTE;
    await renderApp(client);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await flush();
    expect(liveRegion().textContent).toBe('Resumed');
  });
});

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
      client.advance(MINUTE);
      await act(() => {
        vi.advanceTimersByTime(1000);
      });
    }
    expect(document.querySelector('.time')?.textContent).toBe('17 min left');
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
    expect(liveRegion().textContent).toBe("Take the ice off now, then press It's off.");
    // "It's off" ends the prompt; the pain question and the rest are the same phase: nothing new.
    fireEvent.click(screen.getByRole('button', { name: "It's off" }));
    await flush();
    expect(screen.getByRole('heading', { name: 'How bad is the pain now?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await flush();
    expect(screen.getByRole('heading', { name: 'Rest' })).toBeTruthy();
    expect(liveRegion().textContent).toBe("Take the ice off now, then press It's off.");

    client.advance(20 * MINUTE);
    const due = transition(
      client.snapshot.session,
      { type: 'wake' },
      client.clock,
      client.snapshot.settings,
    );
    await act(() => client.push({ session: due.session }));
    expect(liveRegion().textContent).toBe('Time for ice');

    fireEvent.click(screen.getByRole('button', { name: 'Not now…' }));
    fireEvent.click(screen.getByRole('button', { name: '10 min' }));
    await flush();
    expect(liveRegion().textContent).toBe('Snoozed');
  });

  it('says Rest started when a rest starts without a take-off (the application was cut short)', async () => {
    const client = createMockClient({ session: sessionAt([{ type: 'confirm' }]) });
    await renderApp(client);
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    fireEvent.click(screen.getByRole('button', { name: 'Take the ice off now…' }));
    fireEvent.click(screen.getByRole('button', { name: "Yes, it's off" }));
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
    expect(liveRegion().textContent).toBe("Take the heat off now, then press It's off.");
  });

  it('says Resumed when a paused countdown resumes', async () => {
    const client = createMockClient({
      session: sessionAt([
        { type: 'confirm' },
        [{ type: 'wake' }, T0 + 20 * MINUTE],
        [{ type: 'ackTakeOff' }, T0 + 20 * MINUTE],
        [{ type: 'dismissPain' }, T0 + 20 * MINUTE],
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

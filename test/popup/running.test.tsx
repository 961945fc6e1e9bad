// @vitest-environment happy-dom
import { act, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOUR, MINUTE, type Session } from '../../src/core';
import { createMockClient, sessionAt, T0 } from './mock-client';
import { flush, renderApp, usePopupTestSetup } from './render-app';

usePopupTestSetup();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
});

async function tick(client: ReturnType<typeof createMockClient>, ms: number): Promise<void> {
  client.advance(ms);
  await act(() => {
    vi.advanceTimersByTime(ms);
  });
  await flush();
}

describe('running screen', () => {
  it('shows the phase, a mm:ss countdown that follows the clock, the next step and the window hour', async () => {
    // Spasm 2 h before T0; ice put on at T0.
    const client = createMockClient({ session: sessionAt([{ type: 'confirm' }]) });
    await renderApp(client);
    expect(screen.getByRole('heading', { name: /Ice on/ })).toBeTruthy();
    const timer = screen.getByRole('timer');
    expect(timer.textContent).toBe('20:00');
    expect(timer.getAttribute('aria-label')).toBe('20 minutes left');
    expect(timer.getAttribute('aria-live')).toBeNull();
    expect(screen.getByText('Next: rest 20 min')).toBeTruthy();
    expect(screen.getByText('2 h of 48 h')).toBeTruthy();
    expect(screen.getByText('Cycle 1')).toBeTruthy();
    expect(screen.getByText(/Wrap the ice in a thin, damp towel/)).toBeTruthy();

    await tick(client, 1000);
    expect(screen.getByRole('timer').textContent).toBe('19:59');
    await tick(client, 6 * MINUTE + 4000);
    expect(screen.getByRole('timer').textContent).toBe('13:55');
    expect(screen.getByRole('timer').getAttribute('aria-label')).toBe('14 minutes left');
    const bar = screen.getByRole('progressbar', { name: 'Progress through this phase' });
    expect(bar.getAttribute('aria-valuenow')).toBe('30');
    // The spoken minutes round up: 60.5 s and then 59.5 s left.
    await tick(client, 12 * MINUTE + 54_500);
    expect(screen.getByRole('timer').getAttribute('aria-label')).toBe('2 minutes left');
    await tick(client, 1000);
    expect(screen.getByRole('timer').getAttribute('aria-label')).toBe('1 minute left');
  });

  it('uses h:mm:ss for phases of an hour or more', async () => {
    // Spaced plan: after the 20-minute ice comes a 100-minute rest.
    const client = createMockClient({
      session: sessionAt([{ type: 'confirm' }, [{ type: 'wake' }, T0 + 20 * MINUTE]], {
        planId: 'spaced',
      }),
    });
    client.clock = T0 + 20 * MINUTE;
    await renderApp(client);
    expect(screen.getByRole('heading', { name: /Rest/ })).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('1:40:00');
    expect(screen.getByText('Next: ice 20 min')).toBeTruthy();
    expect(screen.getByText(/Keep moving gently/)).toBeTruthy();
  });

  it('asks the background to catch up when the countdown reaches zero', async () => {
    const client = createMockClient({ session: sessionAt([{ type: 'confirm' }]) });
    await renderApp(client);
    const before = client.sentOf('getState').length;
    await tick(client, 20 * MINUTE);
    expect(client.sentOf('getState').length).toBe(before + 1);
    // The engine moved on to the rest, and the screen with it.
    expect(screen.getByRole('heading', { name: /Rest/ })).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('20:00');
  });

  it('ticks only while a countdown runs', async () => {
    const running = createMockClient({ session: sessionAt([{ type: 'confirm' }]) });
    const view = await renderApp(running);
    expect(vi.getTimerCount()).toBe(1);
    // Preact 11 runs effect cleanups after the unmount's paint; act() flushes them.
    await act(() => {
      view.unmount();
    });
    expect(vi.getTimerCount()).toBe(0);

    for (const session of [
      null,
      sessionAt([]),
      sessionAt([{ type: 'pause' }]),
      sessionAt([
        { type: 'confirm' },
        [{ type: 'wake' }, T0 + 20 * MINUTE],
        [{ type: 'ackTakeOff' }, T0 + 20 * MINUTE],
        [{ type: 'pause' }, T0 + 21 * MINUTE],
      ]),
    ]) {
      const client = createMockClient({ session });
      const r = await renderApp(client);
      expect(vi.getTimerCount()).toBe(0);
      await act(() => {
        r.unmount();
      });
    }
  });

  it('shows a due application with since when, and a paused one with its remaining time', async () => {
    const due = createMockClient({ session: sessionAt([]) });
    due.clock = T0 + 3 * MINUTE;
    const r = await renderApp(due);
    expect(screen.getByRole('heading', { name: /Ice is due/ })).toBeTruthy();
    expect(screen.getByText('Time for ice — put it on, then press Ice is on.')).toBeTruthy();
    expect(screen.getByText(/^Due since /).textContent).toMatch(/9:00|09:00/);
    expect(screen.getByText(/skin is back to normal temperature/)).toBeTruthy();
    expect(screen.queryByRole('timer')).toBeNull();
    r.unmount();

    // A rest from T0 + 20 min, paused 5.5 min in: the time left stays while paused.
    const paused = createMockClient({
      session: sessionAt([
        { type: 'confirm' },
        [{ type: 'wake' }, T0 + 20 * MINUTE],
        [{ type: 'ackTakeOff' }, T0 + 21 * MINUTE],
        [{ type: 'pause' }, T0 + 25 * MINUTE + 30_000],
      ]),
    });
    paused.clock = T0 + 2 * HOUR;
    const p = await renderApp(paused);
    expect(screen.getByRole('heading', { name: /Paused/ })).toBeTruthy();
    expect(screen.getByText('Rest is paused')).toBeTruthy();
    expect(screen.getByText('14:30 left when you resume')).toBeTruthy();
    p.unmount();

    const dueThenPaused = createMockClient({ session: sessionAt([{ type: 'pause' }]) });
    await renderApp(dueThenPaused);
    expect(screen.getByText('Ice is paused')).toBeTruthy();
    expect(screen.queryByText(/left when you resume/)).toBeNull();
  });

  it('still shows an older stored session paused mid-application (no longer possible)', async () => {
    // Stored by an earlier version: ice paused 5.5 min in. Built by hand: the engine refuses it now.
    const ice = sessionAt([{ type: 'confirm' }]);
    const old: Session = {
      ...ice,
      status: 'paused',
      pausedStatus: 'running',
      pausedAt: T0 + 5 * MINUTE + 30_000,
    };
    const client = createMockClient({ session: old }, T0 + HOUR);
    await renderApp(client);
    expect(screen.getByRole('heading', { name: /Paused/ })).toBeTruthy();
    expect(screen.getByText('Ice is paused')).toBeTruthy();
    expect(screen.getByText('14:30 left when you resume')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Resume');
  });

  it('offers Skip on a rest after an application only once 10 min have passed', async () => {
    const client = createMockClient({
      session: sessionAt([
        { type: 'confirm' },
        [{ type: 'wake' }, T0 + 20 * MINUTE],
        [{ type: 'ackTakeOff' }, T0 + 20 * MINUTE],
      ]),
    });
    client.clock = T0 + 20 * MINUTE;
    await renderApp(client);
    expect(screen.getByRole('heading', { name: /Rest/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Skip' })).toBeNull();
    await tick(client, 10 * MINUTE - 1000);
    expect(screen.queryByRole('button', { name: 'Skip' })).toBeNull();
    await tick(client, 1000);
    expect(screen.getByRole('button', { name: 'Skip' })).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('10:00');
  });
});

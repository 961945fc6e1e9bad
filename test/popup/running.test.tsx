// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOUR, MINUTE, type Session } from '../../src/core';
import { SKIP_REST_AFTER_MINUTES } from '../../src/core/plans';
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

/** The rest right after the first 20-min ice (put on at T0), taken off, the pain question dismissed. */
function restAfterFirstIce(planId: 'guide' | 'spaced'): Session {
  return sessionAt(
    [
      { type: 'confirm' },
      [{ type: 'wake' }, T0 + 20 * MINUTE],
      [{ type: 'ackTakeOff' }, T0 + 20 * MINUTE],
      [{ type: 'dismissPain' }, T0 + 20 * MINUTE],
    ],
    { planId },
  );
}

describe('running screen', () => {
  it('shows the status, the minutes left in words that follow the clock, and what comes next', async () => {
    // Spasm 2 h before T0; ice put on at T0.
    const client = createMockClient({ session: sessionAt([{ type: 'confirm' }]) });
    await renderApp(client);
    expect(screen.getByRole('heading', { name: 'Ice is on' })).toBeTruthy();
    const time = (): string | null | undefined => document.querySelector('.time')?.textContent;
    expect(time()).toBe('20 min left');
    expect(screen.getByText('Next: rest 20 min')).toBeTruthy();
    // Whole hours since the spasm.
    expect(screen.getByText('Cycle 1 · 2 h of 48 h')).toBeTruthy();
    expect(screen.getByText(/Keep it wrapped/)).toBeTruthy();

    // Minutes round up: "1 min left" until the very end.
    await tick(client, 1000);
    expect(time()).toBe('20 min left');
    await tick(client, 6 * MINUTE);
    expect(time()).toBe('14 min left');
    await tick(client, 13 * MINUTE + 58_000);
    expect(time()).toBe('1 min left');
  });

  it('says the minutes left of a long rest in the same words', async () => {
    // Spaced plan: after the 20-minute ice comes a 100-minute rest.
    const client = createMockClient({
      session: restAfterFirstIce('spaced'),
    });
    client.clock = T0 + 20 * MINUTE;
    await renderApp(client);
    expect(screen.getByRole('heading', { name: 'Rest' })).toBeTruthy();
    expect(document.querySelector('.time')?.textContent).toBe('100 min left');
    expect(screen.getByText('Next: ice 20 min')).toBeTruthy();
    expect(screen.getByText(/Keep moving gently/)).toBeTruthy();
  });

  it('asks the background to catch up when the countdown reaches zero', async () => {
    const client = createMockClient({ session: sessionAt([{ type: 'confirm' }]) });
    await renderApp(client);
    const before = client.sentOf('getState').length;
    await tick(client, 20 * MINUTE);
    expect(client.sentOf('getState').length).toBe(before + 1);
    // The engine moved on to the rest, and the screen with it: take the ice off first.
    expect(screen.getByRole('heading', { name: 'Take the ice off' })).toBeTruthy();
    expect(screen.getByText('On for 20 min')).toBeTruthy();
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

  it('shows a due application with its length and since when, and a paused rest on hold', async () => {
    // Just due: no "waiting since" yet (right after Start it would say nothing).
    const fresh = createMockClient({ session: sessionAt([]) });
    fresh.clock = T0 + 3 * MINUTE;
    const first = await renderApp(fresh);
    expect(screen.getByText('Ice for 20 min')).toBeTruthy();
    expect(screen.queryByText(/^Waiting since /)).toBeNull();
    first.unmount();

    const due = createMockClient({ session: sessionAt([]) });
    due.clock = T0 + 7 * MINUTE;
    const r = await renderApp(due);
    expect(screen.getByRole('heading', { name: 'Time for ice' })).toBeTruthy();
    expect(screen.getByText('Ice for 20 min')).toBeTruthy();
    expect(screen.getByText(/thin, damp towel — never on bare skin/)).toBeTruthy();
    expect(screen.getByText(/^Waiting since /).textContent).toMatch(/9:00|09:00/);
    // The first application: no skin check yet.
    expect(screen.queryByText(/skin is back to normal temperature/)).toBeNull();
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
    expect(screen.getByRole('heading', { name: 'Paused' })).toBeTruthy();
    expect(screen.getByText(/Rest is on hold/)).toBeTruthy();
    expect(screen.getByText('15 min left, on hold')).toBeTruthy();
    p.unmount();

    // A due application paused by an earlier version: no ice is on, and the words say so.
    const dueThenPaused = createMockClient({ session: sessionAt([{ type: 'pause' }]) });
    await renderApp(dueThenPaused);
    expect(screen.getByText('Reminders are on hold until you resume.')).toBeTruthy();
    expect(screen.queryByText(/Ice is paused|on hold$/)).toBeNull();
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
    expect(screen.getByRole('heading', { name: 'Paused' })).toBeTruthy();
    expect(screen.getByText(/take the pack off if it is still on/)).toBeTruthy();
    expect(screen.getByText('15 min left, on hold')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Resume');
  });

  it.each([
    ['Spaced cold', 'spaced', true],
    ['the 20/20 cycle', 'guide', false],
  ] as const)(
    '%s: ending the rest after an application is never offered before the shortest rest has passed',
    async (_name, planId, offered) => {
      const client = createMockClient({
        session: restAfterFirstIce(planId),
      });
      client.clock = T0 + 20 * MINUTE;
      await renderApp(client);
      expect(screen.getByRole('heading', { name: 'Rest' })).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'More' }));
      const skip = (): HTMLElement | null =>
        screen.queryByRole('button', { name: 'End the rest now' });
      expect(skip()).toBeNull();
      await tick(client, SKIP_REST_AFTER_MINUTES * MINUTE - 1000);
      expect(skip()).toBeNull();
      await tick(client, 1000);
      // Spaced cold's 100-min rest has 80 min left; the 20/20 cycle's rest has ended.
      expect(skip() !== null).toBe(offered);
      if (!offered) expect(screen.getByRole('heading', { name: 'Time for ice' })).toBeTruthy();
    },
  );
});

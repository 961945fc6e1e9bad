// @vitest-environment happy-dom
/**
 * The actions behind each screen: snooze, skip, ending an application early and stopping (both
 * ask first, the safe answer focused), quiet hours' "now anyway", and keyboard safety: no run of
 * Enter presses ends or skips an application.
 */
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../src/core/types';
import { createMockClient, sessionAt, T0 } from './mock-client';
import { popupStates } from './preview/states';
import { flush, renderApp, usePopupTestSetup } from './render-app';

usePopupTestSetup();

/** Enter on whatever has focus, as a browser does: a button is clicked, a form submitted. */
async function pressEnter(): Promise<void> {
  const el = document.activeElement;
  if (el instanceof HTMLButtonElement) el.click();
  await flush();
}

const button = (name: string | RegExp): HTMLElement => screen.getByRole('button', { name });

describe('due', () => {
  it('"Not now…" opens the snooze choices, skip and stop; no Pause for a due application', async () => {
    const client = createMockClient({ session: sessionAt([]) });
    await renderApp(client);
    const notNow = button('Not now…');
    expect(notNow.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: '10 min' })).toBeNull();
    fireEvent.click(notNow);
    expect(notNow.getAttribute('aria-expanded')).toBe('true');
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    expect(button('Skip this ice')).toBeTruthy();
    fireEvent.click(button('10 min'));
    await flush();
    expect(client.sentOf('snooze')).toEqual([{ type: 'snooze', minutes: 10 }]);
    expect(screen.getByRole('heading', { name: 'Snoozed' })).toBeTruthy();
    expect(screen.getByText('Reminder in 10 min')).toBeTruthy();
    // Focus goes to the new status, not to a button.
    expect(document.activeElement?.id).toBe('status');
  });

  it('skips a due application from "Not now…"', async () => {
    const client = createMockClient({ session: sessionAt([]) });
    await renderApp(client);
    fireEvent.click(button('Not now…'));
    fireEvent.click(button('Skip this ice'));
    await flush();
    expect(client.sentOf('skip')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Rest' })).toBeTruthy();
  });

  it('Enter three times from the due screen leaves the ice running', async () => {
    const client = createMockClient({ session: sessionAt([]) });
    await renderApp(client);
    expect(document.activeElement?.textContent).toBe('Ice is on');
    await pressEnter();
    await pressEnter();
    await pressEnter();
    expect(client.snapshot.session?.status).toBe('running');
    expect(client.sent.map((m) => m.type).filter((type) => type !== 'getState')).toEqual([
      'confirm',
    ]);
    expect(screen.getByRole('heading', { name: 'Ice is on' })).toBeTruthy();
  });
});

describe('ending an application early', () => {
  it('asks first, with the safe answer focused; Enter and Escape keep the ice on', async () => {
    const client = createMockClient(
      { session: sessionAt([{ type: 'confirm' }]) },
      T0 + 12 * MINUTE,
    );
    await renderApp(client);
    fireEvent.click(button('More'));
    fireEvent.click(button('Take the ice off now…'));
    await flush();
    expect(screen.getByText('Take the ice off now? It has 8 min left.')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Keep it on');
    // Enter on the focused answer keeps the ice on; focus goes back to More.
    await pressEnter();
    expect(screen.queryByText(/It has 8 min left/)).toBeNull();
    expect(document.activeElement?.textContent).toBe('More');
    fireEvent.click(button('Take the ice off now…'));
    await flush();
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    await flush();
    expect(screen.queryByText(/It has 8 min left/)).toBeNull();
    expect(client.sentOf('skip')).toEqual([]);
    // Only the clearly marked answer ends it.
    fireEvent.click(button('Take the ice off now…'));
    fireEvent.click(button("Yes, it's off"));
    await flush();
    expect(client.sentOf('skip')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'How bad is the pain now?' })).toBeTruthy();
  });
});

describe('stop', () => {
  it('asks first; Keep going cancels, Stop stops', async () => {
    const client = createMockClient({ session: sessionAt([{ type: 'confirm' }]) });
    await renderApp(client);
    fireEvent.click(button('More'));
    fireEvent.click(button('Stop the plan…'));
    await flush();
    expect(screen.getByText('Stop the plan? This ends the timer.')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Keep going');
    fireEvent.click(button('Keep going'));
    await flush();
    expect(client.sentOf('stop')).toEqual([]);
    fireEvent.click(button('Stop the plan…'));
    fireEvent.click(button('Stop'));
    await flush();
    expect(client.sentOf('stop')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });
});

describe('rest and pause', () => {
  it('pauses a rest from More and resumes it with the primary action', async () => {
    const state = popupStates().find((s) => s.name === 'rest');
    if (!state) throw new Error('no rest state');
    const client = createMockClient(state.snapshot, state.now);
    await renderApp(client);
    fireEvent.click(button('More'));
    fireEvent.click(button('Pause'));
    await flush();
    expect(screen.getByRole('heading', { name: 'Paused' })).toBeTruthy();
    fireEvent.click(button('Resume'));
    await flush();
    expect(screen.getByRole('heading', { name: 'Rest' })).toBeTruthy();
  });
});

describe('quiet hours', () => {
  it('"Put ice on now" shows how to put it on, then "Ice is on" starts it', async () => {
    const state = popupStates().find((s) => s.name === 'quiet');
    if (!state) throw new Error('no quiet state');
    const client = createMockClient(state.snapshot, state.now);
    await renderApp(client);
    expect(screen.queryByRole('button', { name: 'Ice is on' })).toBeNull();
    fireEvent.click(button('Put ice on now'));
    await flush();
    expect(screen.getByRole('heading', { name: 'Time for ice' })).toBeTruthy();
    expect(screen.getByText(/thin, damp towel/)).toBeTruthy();
    expect(client.sent.filter((m) => m.type !== 'getState')).toEqual([]);
    fireEvent.click(button('Ice is on'));
    await flush();
    expect(client.snapshot.session?.status).toBe('running');
    expect(screen.getByRole('heading', { name: 'Ice is on' })).toBeTruthy();
  });
});

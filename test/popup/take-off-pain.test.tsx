// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../src/core/types';
import { createMockClient, sessionAt, T0 } from './mock-client';
import { flush, renderApp, usePopupTestSetup } from './render-app';

usePopupTestSetup();

/** Ice confirmed at T0, then the application ended: rest with the take-off alert pending. */
function afterIce(): ReturnType<typeof sessionAt> {
  return sessionAt([{ type: 'confirm' }, [{ type: 'wake' }, T0 + 21 * MINUTE]]);
}

describe('after an application', () => {
  it('asks to take the ice off, saying how long it has been on, until "It\'s off"', async () => {
    const client = createMockClient({ session: afterIce() }, T0 + 22 * MINUTE);
    await renderApp(client);
    expect(screen.getByRole('heading', { name: 'Take the ice off' })).toBeTruthy();
    expect(screen.getByText('On for 22 min')).toBeTruthy();
    expect(screen.getByText("Take the ice off now, then press It's off.")).toBeTruthy();
    // The pain question waits for its own moment.
    expect(screen.queryByText('How bad is the pain now?')).toBeNull();
    // The first frame shows it; the live region says nothing (it speaks of changes).
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe('');
    const ack = screen.getByRole('button', { name: "It's off" });
    expect(document.activeElement).toBe(ack);
    fireEvent.click(ack);
    await flush();
    expect(client.sentOf('ackTakeOff')).toHaveLength(1);
    expect(screen.queryByText(/Take the ice off/)).toBeNull();
    // Focus goes to the new status (the pain question), not to a button.
    expect(document.activeElement?.textContent).toBe('How bad is the pain now?');
  });

  it('asks for a pain score on its own screen, saves the chosen score and says so', async () => {
    const session = sessionAt([
      { type: 'confirm' },
      [{ type: 'wake' }, T0 + 20 * MINUTE],
      [{ type: 'ackTakeOff' }, T0 + 21 * MINUTE],
    ]);
    const client = createMockClient({ session }, T0 + 21 * MINUTE);
    await renderApp(client);
    // What runs meanwhile, in one phrase.
    expect(screen.getByText(/^Rest: (19|20) min left$/)).toBeTruthy();
    // The scale's meaning is part of the group's accessible description, not only seen.
    const group = screen.getByRole('group', {
      name: 'How bad is the pain now?',
      description: '0 = no pain · 10 = worst imaginable',
    });
    const scores = within(group).getAllByRole('radio', { name: /^Pain \d+ out of 10$/ });
    expect(scores).toHaveLength(11);
    // Save with nothing chosen asks for a number and sends nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await flush();
    expect(screen.getByText('Choose a number first.').getAttribute('role')).toBe('alert');
    expect(client.sentOf('logPain')).toEqual([]);
    // Choosing is not saving: only Save sends.
    fireEvent.click(within(group).getByRole('radio', { name: 'Pain 6 out of 10' }));
    fireEvent.click(within(group).getByRole('radio', { name: 'Pain 4 out of 10' }));
    expect(client.sentOf('logPain')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await flush();
    expect(client.sentOf('logPain')).toEqual([{ type: 'logPain', score: 4 }]);
    expect(screen.queryByRole('group', { name: 'How bad is the pain now?' })).toBeNull();
    expect(screen.getByText('Pain 4/10 saved.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Rest' })).toBeTruthy();
  });

  it('"Not now" dismisses the pain question', async () => {
    const session = sessionAt([
      { type: 'confirm' },
      [{ type: 'wake' }, T0 + 20 * MINUTE],
      [{ type: 'ackTakeOff' }, T0 + 21 * MINUTE],
    ]);
    const client = createMockClient({ session }, T0 + 21 * MINUTE);
    await renderApp(client);
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await flush();
    expect(client.sentOf('dismissPain')).toHaveLength(1);
    expect(screen.queryByText('How bad is the pain now?')).toBeNull();
    expect(screen.queryByText(/saved/)).toBeNull();
  });
});

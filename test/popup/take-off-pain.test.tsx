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
  it('asks to take the ice off until "It\'s off" is pressed', async () => {
    const client = createMockClient({ session: afterIce() }, T0 + 21 * MINUTE);
    await renderApp(client);
    expect(screen.getByText('Take the ice off now.')).toBeTruthy();
    // The first frame shows it; the live region says nothing (it speaks of changes).
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe('');
    const ack = screen.getByRole('button', { name: "It's off" });
    expect(document.activeElement).toBe(ack);
    fireEvent.click(ack);
    await flush();
    expect(client.sentOf('ackTakeOff')).toHaveLength(1);
    expect(screen.queryByText('Take the ice off now.')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Pause');
  });

  it('asks for a pain score once, and records the chosen score', async () => {
    const session = afterIce();
    const client = createMockClient({ session }, T0 + 21 * MINUTE);
    await renderApp(client);
    expect(session.painPending).not.toBeNull();
    // The scale's meaning is part of the group's accessible description, not only seen.
    const group = screen.getByRole('group', {
      name: 'How bad is the pain now?',
      description: '0 = no pain · 10 = worst imaginable',
    });
    expect(within(group).getAllByRole('button', { name: /^Pain \d+ out of 10$/ })).toHaveLength(11);
    fireEvent.click(within(group).getByRole('button', { name: 'Pain 4 out of 10' }));
    await flush();
    expect(client.sentOf('logPain')).toEqual([{ type: 'logPain', score: 4 }]);
    expect(screen.queryByRole('group', { name: 'How bad is the pain now?' })).toBeNull();
  });

  it('"Not now" dismisses the pain question', async () => {
    const session = afterIce();
    const client = createMockClient({ session }, T0 + 21 * MINUTE);
    await renderApp(client);
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await flush();
    expect(client.sentOf('dismissPain')).toHaveLength(1);
    expect(screen.queryByText('How bad is the pain now?')).toBeNull();
  });
});

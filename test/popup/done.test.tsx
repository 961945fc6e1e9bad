// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { HOUR } from '../../src/core/types';
import { createMockClient, sessionAt, T0 } from './mock-client';
import { flush, renderApp, usePopupTestSetup } from './render-app';

usePopupTestSetup();

/** A guide session whose 48 h window ended while ice was due. */
function doneGuide(): ReturnType<typeof sessionAt> {
  return sessionAt([[{ type: 'wake' }, T0 + HOUR]], { injuryAgo: 47.5 * HOUR });
}

describe('done screen', () => {
  it('offers the heat plan after the cold window, and starts it from the same onset', async () => {
    const session = doneGuide();
    expect(session.status).toBe('done');
    const client = createMockClient({ session }, T0 + HOUR);
    await renderApp(client);
    // A summary, then the next step.
    expect(screen.getByRole('heading', { name: 'Plan finished' })).toBeTruthy();
    expect(screen.getByText('48 h covered')).toBeTruthy();
    expect(screen.getByText('0 applications done')).toBeTruthy();
    expect(screen.getByText('None cut short')).toBeTruthy();
    expect(screen.getByText('Still sore? Heat may help now.')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Start heat plan');
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Start heat plan' }));
    await flush();
    expect(client.sentOf('start')).toEqual([
      { type: 'start', planId: 'heat', injuryAt: session.injuryAt },
    ]);
    expect(screen.getByRole('heading', { name: /Time for heat/ })).toBeTruthy();
  });

  it('counts the applications done and the ones cut short', async () => {
    const MIN = HOUR / 60;
    const session = sessionAt(
      [
        { type: 'confirm' },
        [{ type: 'skip' }, T0 + 5 * MIN], // ended at 5 min: cut short
        [{ type: 'wake' }, T0 + 25 * MIN],
        [{ type: 'confirm' }, T0 + 26 * MIN],
        [{ type: 'wake' }, T0 + 46 * MIN], // ran its 20 min: done
        [{ type: 'ackTakeOff' }, T0 + 47 * MIN],
        [{ type: 'wake' }, T0 + 2 * HOUR], // the 48 h window ended at T0 + 1 h
      ],
      { injuryAgo: 47 * HOUR },
    );
    expect(session.status).toBe('done');
    await renderApp(createMockClient({ session }, T0 + 2 * HOUR));
    expect(screen.getByText('1 application done')).toBeTruthy();
    expect(screen.getByText('1 cut short')).toBeTruthy();
  });

  it('"Close this plan" ends the session without asking', async () => {
    const client = createMockClient({ session: doneGuide() }, T0 + HOUR);
    await renderApp(client);
    expect(screen.queryByRole('button', { name: 'Finish' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close this plan' }));
    await flush();
    expect(client.sentOf('stop')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });

  it('hands over to heat with the same onset, even when it is more than 72 h ago', async () => {
    const session = doneGuide();
    const client = createMockClient({ session }, session.injuryAt + 90 * HOUR);
    await renderApp(client);
    fireEvent.click(screen.getByRole('button', { name: 'Start heat plan' }));
    await flush();
    expect(client.sentOf('start')).toEqual([
      { type: 'start', planId: 'heat', injuryAt: session.injuryAt },
    ]);
    // The heat plan's first application is due (held by quiet hours at this time of day).
    expect(client.snapshot.session?.plan.id).toBe('heat');
    expect(client.snapshot.session?.status).toBe('due');
  });
});

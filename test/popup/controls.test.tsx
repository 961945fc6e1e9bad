// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, HOUR, MINUTE, type Session } from '../../src/core';
import { createMockClient, sessionAt, T0 } from './mock-client';
import { flush, renderApp, usePopupTestSetup } from './render-app';

usePopupTestSetup();

/** Each control's accessible name (the snooze choices show "5 min" and are named "Snooze 5 min"). */
function buttonNames(): string[] {
  const controls = document.querySelector('.controls');
  return [...(controls?.querySelectorAll('button') ?? [])].map(
    (b) => b.getAttribute('aria-label') ?? b.textContent ?? '',
  );
}

const SNOOZES = ['Snooze 5 min', 'Snooze 10 min', 'Snooze 15 min'];

/** Ice on at T0, off on time at T0 + 20 min ("It's off" pressed): the rest runs from then. */
const rest = (): Session =>
  sessionAt([
    { type: 'confirm' },
    [{ type: 'wake' }, T0 + 20 * MINUTE],
    [{ type: 'ackTakeOff' }, T0 + 20 * MINUTE],
  ]);

const cases: [string, () => Session, number, string[]][] = [
  ['due', () => sessionAt([]), T0, ['Ice is on', 'Pause', 'Skip', ...SNOOZES, 'Stop']],
  // An application is never paused: it can only be cut short.
  ['running ice', () => sessionAt([{ type: 'confirm' }]), T0, ['Skip', 'Stop']],
  [
    'running heat',
    () => sessionAt([{ type: 'confirm' }], { planId: 'heat' }),
    T0,
    ['Skip', 'Stop'],
  ],
  // The skin rewarms for at least 10 min before the rest can be skipped.
  ['running rest (first 10 min)', rest, T0 + 29 * MINUTE, ['Pause', 'Stop']],
  ['running rest (from 10 min)', rest, T0 + 30 * MINUTE, ['Pause', 'Skip', 'Stop']],
  [
    'paused rest',
    () =>
      sessionAt([
        { type: 'confirm' },
        [{ type: 'wake' }, T0 + 20 * MINUTE],
        [{ type: 'ackTakeOff' }, T0 + 21 * MINUTE],
        [{ type: 'pause' }, T0 + 25 * MINUTE],
      ]),
    T0 + 25 * MINUTE,
    ['Resume', 'Stop'],
  ],
  ['paused due', () => sessionAt([{ type: 'pause' }]), T0, ['Resume', 'Stop']],
  [
    'heat due',
    () => sessionAt([], { planId: 'heat' }),
    T0,
    ['Heat is on', 'Pause', 'Skip', ...SNOOZES, 'Stop'],
  ],
];

describe('controls', () => {
  it.each(cases)('%s shows only the allowed controls', async (_name, make, now, expected) => {
    const client = createMockClient({ session: make() }, now);
    await renderApp(client);
    expect(buttonNames()).toEqual(expected);
    // The primary action has the first focus.
    expect(document.activeElement?.textContent).toBe(expected[0]);
  });

  it('sends the command and shows the returned state', async () => {
    const client = createMockClient({ session: sessionAt([]) });
    await renderApp(client);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await flush();
    expect(client.sentOf('pause')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: /Paused/ })).toBeTruthy();
    // The pressed button went away; focus moved to the new primary action, not to the page.
    expect(document.activeElement?.textContent).toBe('Resume');

    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Ice is on' }));
    await flush();
    expect(client.sentOf('confirm')).toHaveLength(1);
    expect(screen.getByRole('timer').textContent).toBe('20:00');
    expect(document.activeElement?.textContent).toBe('Skip');
  });

  it('an application is cut short with Skip, never paused: the rest starts', async () => {
    const client = createMockClient({ session: sessionAt([{ type: 'confirm' }]) });
    client.clock = T0 + 8 * MINUTE;
    await renderApp(client);
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    await flush();
    expect(client.sentOf('skip')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: /Rest/ })).toBeTruthy();
    // Skipping is taking it off: no take-off prompt.
    expect(screen.queryByText('Take the ice off now.')).toBeNull();
    // The rest has just begun: it cannot be skipped yet.
    expect(buttonNames()).toEqual(['Pause', 'Stop']);
    expect(document.activeElement?.textContent).toBe('Pause');
  });

  it.each([
    [5, /9:05|09:05/],
    [10, /9:10|09:10/],
    [15, /9:15|09:15/],
  ])('snoozes for %i minutes and says until when', async (minutes, until) => {
    const client = createMockClient({ session: sessionAt([]) });
    await renderApp(client);
    const group = screen.getByRole('group', { name: 'Snooze' });
    const choice = within(group).getByRole('button', { name: `Snooze ${minutes} min` });
    expect(choice.textContent).toBe(`${minutes} min`);
    fireEvent.click(choice);
    await flush();
    expect(client.sentOf('snooze')).toEqual([{ type: 'snooze', minutes }]);
    expect(screen.getByText(/^Snoozed until/).textContent).toMatch(until);
  });

  it('offers the snooze choices only while an application is due', async () => {
    const client = createMockClient({ session: sessionAt([{ type: 'confirm' }]) });
    await renderApp(client);
    expect(screen.queryByRole('group', { name: 'Snooze' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Snooze/ })).toBeNull();
  });

  it('Stop asks first; Keep going and Escape cancel; Stop stops', async () => {
    const client = createMockClient({ session: sessionAt([{ type: 'confirm' }]) });
    await renderApp(client);
    const stop = screen.getByRole('button', { name: 'Stop' });
    fireEvent.click(stop);
    await flush();
    const group = screen.getByRole('group', { name: 'Stop the session? This ends the timer.' });
    expect(group).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Keep going');
    expect(client.sentOf('stop')).toEqual([]);

    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    await flush();
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Stop');
    expect(client.sentOf('stop')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Keep going' }));
    await flush();
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Stop');

    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    await flush();
    const inGroup = screen.getByRole('group').querySelector('button');
    expect(inGroup?.textContent).toBe('Stop');
    fireEvent.click(inGroup as HTMLButtonElement);
    await flush();
    expect(client.sentOf('stop')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Start');
  });

  it('an open-ended plan says it runs until stopped instead of a window hour', async () => {
    const client = createMockClient({
      // Only a custom heat plan may run until stopped (the heat preset ends after 3 days).
      session: sessionAt([], {
        planId: 'custom',
        injuryAgo: 70 * HOUR,
        settings: {
          ...DEFAULT_SETTINGS,
          custom: { modality: 'heat', applyMinutes: 20, restMinutes: 60, windowHours: null },
        },
      }),
    });
    await renderApp(client);
    expect(screen.getByText('Runs until you stop it')).toBeTruthy();
    expect(screen.queryByText(/^Hour /)).toBeNull();
  });
});

// @vitest-environment happy-dom
/**
 * Every state the popup can show, walked through the real App: one status, one big time that
 * says what it is, exactly one primary action that is never destructive, at most four visible
 * controls, and "When to get help" exactly once.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/popup/app';
import { createMockClient } from './mock-client';
import { popupStates } from './preview/states';
import { flush, usePopupTestSetup } from './render-app';

usePopupTestSetup();

/** Controls a person can see and reach, outside the footer's links; a radio group counts once. */
function visibleControls(): string[] {
  const main = document.querySelector('main');
  const controls = [...(main?.querySelectorAll<HTMLElement>('button, select, input') ?? [])];
  const seen = new Set<string>();
  return controls
    .filter((el) => !el.closest('[hidden]'))
    .filter((el) => {
      if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return true;
      if (seen.has(el.name)) return false;
      seen.add(el.name);
      return true;
    })
    .map((el) => el.getAttribute('aria-label') ?? el.textContent ?? el.tagName);
}

const DESTRUCTIVE = /stop|skip|end|off now|close this plan/i;

describe('every popup state', () => {
  const states = popupStates();

  it('covers the states a person meets', () => {
    expect(states.map((s) => s.name)).toEqual([
      'idle',
      'due-first',
      'snoozed',
      'quiet',
      'ice',
      'take-off',
      'pain',
      'rest',
      'due-later',
      'paused',
      'heat',
      'finished',
    ]);
  });

  it.each(states.map((s) => [s.name, s] as const))('%s reads at a glance', async (_name, state) => {
    const client = createMockClient(state.snapshot, state.now);
    render(<App client={client} initial={state.snapshot} />);
    await flush();
    const status = document.getElementById('status');
    expect(status?.textContent).not.toBe('');
    const primaries = document.querySelectorAll('main .primary');
    expect(primaries).toHaveLength(1);
    expect(primaries[0]?.textContent).not.toMatch(DESTRUCTIVE);
    // The first frame focuses the primary action.
    expect(document.activeElement).toBe(primaries[0]);
    expect(visibleControls().length).toBeLessThanOrEqual(4);
    expect(screen.getAllByText('When to get help')).toHaveLength(1);
    // A big time always says what it is, never a bare clock such as "19:59".
    const time = document.querySelector('.time')?.textContent;
    if (time) expect(time).not.toMatch(/^\d+:\d\d$/);
    cleanup();
  });

  it('says how to put the pack on when it is due, and checks the skin only before later ones', async () => {
    const text = async (name: string): Promise<string> => {
      const state = states.find((s) => s.name === name);
      if (!state) throw new Error(name);
      const client = createMockClient(state.snapshot, state.now);
      render(<App client={client} initial={state.snapshot} />);
      await flush();
      const content = document.querySelector('main')?.textContent ?? '';
      cleanup();
      return content;
    };
    const first = await text('due-first');
    expect(first).toContain('thin, damp towel — never on bare skin');
    expect(first).not.toContain('skin is back to normal');
    const later = await text('due-later');
    expect(later).toContain('thin, damp towel — never on bare skin');
    expect(later).toContain('First check your skin is back to normal temperature.');
    // Snoozed: when the reminder comes, and that it is snoozed.
    const snoozed = await text('snoozed');
    expect(snoozed).toContain('Snoozed');
    expect(snoozed).toContain('Reminder in 8 min');
    // Quiet hours: one sentence, no "time for ice".
    const quiet = await text('quiet');
    // "Quiet hours / Until 7:00 AM / Your next ice waits until then — nothing will sound."
    expect(quiet).toMatch(
      /Quiet hoursUntil .+Your next ice waits until then — nothing will sound\./,
    );
    expect(quiet.split('Quiet hours')).toHaveLength(2);
    expect(quiet).not.toContain('Time for ice');
    // Ice on: a shorter application is not a failure, and 20 min is the most.
    const ice = await text('ice');
    expect(ice).toContain('You can take it off from 10 min; 20 is the most.');
    expect(first).not.toContain('You can take it off from');
    // Finished: a short summary and the next step.
    const finished = await text('finished');
    expect(finished).toContain('48 h covered');
    expect(finished).toContain('6 applications doneNone cut short');
    expect(finished).toContain('Start heat plan');
  });
});

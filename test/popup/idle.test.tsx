// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, HOUR } from '../../src/core';
import { toLocalInputValue } from '../../src/popup/format';
import { createMockClient } from './mock-client';
import { flush, renderApp, usePopupTestSetup } from './render-app';

usePopupTestSetup();

describe('idle screen', () => {
  it('offers the three plans with the saved one chosen, the onset chips and Start', async () => {
    const client = createMockClient({ settings: { ...DEFAULT_SETTINGS, planId: 'spaced' } });
    await renderApp(client);
    const plans = screen.getAllByRole('radio', { name: /cycle|spaced|heat/i });
    expect(plans.map((p) => p.closest('label')?.textContent)).toEqual([
      '20/20 cycle — ice 20 min / rest 20 min for 48 h, then heat',
      'Spaced cold — ice 20 min every 2 h, 72 h',
      'Heat — 20 min, up to 3 times a day, for 3 days',
    ]);
    expect(screen.getByRole('radio', { name: /Spaced cold/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'Just now' })).toHaveProperty('checked', true);
    const start = screen.getByRole('button', { name: 'Start' });
    expect(document.activeElement).toBe(start);
  });

  it('describes a saved custom plan and starts it with its settings', async () => {
    const custom = { modality: 'ice' as const, applyMinutes: 15, restMinutes: 45, windowHours: 48 };
    const client = createMockClient({
      settings: { ...DEFAULT_SETTINGS, planId: 'custom', custom },
    });
    await renderApp(client);
    const radio = screen.getByRole('radio', { name: 'Your plan — ice 15 min / rest 45 min' });
    expect(radio).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await flush();
    expect(client.sentOf('start')[0]).toMatchObject({ planId: 'custom', custom });
  });

  it('starts the chosen plan with the onset "3 h ago" as now − 3 h', async () => {
    const client = createMockClient();
    await renderApp(client);
    fireEvent.click(screen.getByRole('radio', { name: /^Heat/ }));
    fireEvent.click(screen.getByRole('radio', { name: '3 h ago' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await flush();
    expect(client.sentOf('start')).toEqual([
      { type: 'start', planId: 'heat', injuryAt: client.clock - 3 * HOUR },
    ]);
    // The engine accepted it: the due screen replaces the form.
    expect(screen.getByRole('heading', { name: /Heat is due/ })).toBeTruthy();
  });

  it('validates an exact onset time: future and older than 72 h are refused, inline', async () => {
    const client = createMockClient();
    await renderApp(client);
    fireEvent.click(screen.getByRole('radio', { name: 'At a time…' }));
    const input = screen.getByLabelText('Date and time it started') as HTMLInputElement;

    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await flush();
    expect(screen.getByText('Enter the date and time it started.')).toBeTruthy();

    fireEvent.input(input, { target: { value: toLocalInputValue(client.clock + 2 * HOUR) } });
    expect(screen.getByText('That time is in the future.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');

    fireEvent.input(input, { target: { value: toLocalInputValue(client.clock - 73 * HOUR) } });
    expect(screen.getByText(/more than 72 h ago/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await flush();
    expect(client.sentOf('start')).toEqual([]);
    expect(document.activeElement).toBe(input);

    const at = client.clock - 30 * HOUR;
    fireEvent.input(input, { target: { value: toLocalInputValue(at) } });
    expect(screen.queryByText(/more than 72 h ago|in the future/)).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await flush();
    expect(client.sentOf('start')).toEqual([{ type: 'start', planId: 'guide', injuryAt: at }]);
  });

  it('shows a refused start as an alert', async () => {
    const client = createMockClient();
    await renderApp(client);
    client.replyWith('start', { ok: false, error: 'errorNoBackground' });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await flush();
    expect(screen.getByRole('alert').textContent).toMatch(/isn't responding/);
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });
});

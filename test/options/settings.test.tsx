// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core';
import { sessionAt } from '../popup/mock-client';
import { createMockOptionsClient } from './mock-options-client';
import { flush, renderOptions, useOptionsTestSetup } from './render-options';

useOptionsTestSetup();

function input(label: string | RegExp): HTMLInputElement {
  return screen.getByLabelText(label) as HTMLInputElement;
}

async function type(label: string | RegExp, value: string): Promise<void> {
  fireEvent.input(input(label), { target: { value } });
  await flush();
}

/** The settings section (the history section has its own alert and status regions). */
function settingsRegion(): ReturnType<typeof within> {
  return within(screen.getByRole('region', { name: 'Settings' }));
}

async function save(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await flush();
}

const customIce: Settings = { ...DEFAULT_SETTINGS, planId: 'custom' };

describe('settings form', () => {
  it('shows the saved settings', async () => {
    const client = createMockOptionsClient({ settings: customIce });
    await renderOptions(client);
    expect((screen.getByRole('radio', { name: /^Custom/ }) as HTMLInputElement).checked).toBe(true);
    expect(input('Each application (minutes)').value).toBe('15');
    expect(input('Rest between applications (minutes)').value).toBe('120');
    expect(input('From').value).toBe('23:00');
    expect(input('Until').value).toBe('07:00');
    expect(input('Volume').value).toBe('60');
  });

  it('custom ice of 25 min shows the inline error next to the field and sends nothing', async () => {
    const client = createMockOptionsClient({ settings: customIce });
    await renderOptions(client);
    await type('Each application (minutes)', '25');
    await save();
    const field = input('Each application (minutes)');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe(
      'Ice: 5–20 minutes. Never more than 20: longer can burn the skin.',
    );
    expect(document.activeElement).toBe(field);
    expect(settingsRegion().getByRole('alert').textContent).toMatch(/Nothing was saved/);
    expect(client.sentOf('saveSettings')).toEqual([]);

    // Fixing it clears the error and saves.
    await type('Each application (minutes)', '20');
    await save();
    expect(field.hasAttribute('aria-invalid')).toBe(false);
    expect(client.sentOf('saveSettings')).toHaveLength(1);
  });

  it('reports every broken field, including a number that is not one', async () => {
    const client = createMockOptionsClient({ settings: customIce });
    await renderOptions(client);
    await type('Rest between applications (minutes)', '');
    await type('Remind me every (minutes)', '61');
    await save();
    expect(
      screen.getByText(
        'Enter a whole number. Rest: 20–240 minutes, so the skin is back to its normal temperature before the next application.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Every 1–60 minutes.')).toBeTruthy();
    expect(client.sentOf('saveSettings')).toEqual([]);
  });

  it('heat has its own bound: 20 min is fine, 21 is not', async () => {
    const client = createMockOptionsClient({ settings: customIce });
    await renderOptions(client);
    fireEvent.click(screen.getByRole('radio', { name: 'Heat' }));
    await type('Each application (minutes)', '21');
    await save();
    expect(screen.getByText(/^Heat: 5–20 minutes\./)).toBeTruthy();
    await type('Each application (minutes)', '20');
    await save();
    expect(client.sentOf('saveSettings')[0]?.settings.custom).toEqual({
      modality: 'heat',
      applyMinutes: 20,
      restMinutes: 120,
      windowHours: 72,
    });
  });

  it('a valid save sends saveSettings with the whole settings object', async () => {
    const client = createMockOptionsClient();
    await renderOptions(client);
    fireEvent.click(screen.getByRole('radio', { name: /^Custom/ }));
    await flush();
    await type('Each application (minutes)', '10');
    await type('Rest between applications (minutes)', '50');
    // Every ice plan ends within 72 h: "until I stop it" is offered for heat only.
    expect(screen.queryByRole('radio', { name: /Until I stop it/ })).toBeNull();
    await type('Hours', '48');
    fireEvent.click(screen.getByRole('radio', { name: '72 hours' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Start each application by itself/ }));
    await type('Remind me every (minutes)', '10');
    await type('At most (times)', '3');
    await type('From', '22:30');
    await type('Until', '06:15');
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Show the minutes left on the toolbar icon' }),
    );
    await type('Volume', '35');
    await save();
    expect(client.sentOf('saveSettings')).toEqual([
      {
        type: 'saveSettings',
        settings: {
          schemaVersion: 2,
          planId: 'custom',
          acuteWindowHours: 72,
          custom: { modality: 'ice', applyMinutes: 10, restMinutes: 50, windowHours: 48 },
          autoStart: true,
          reminderEveryMinutes: 10,
          reminderMaxCount: 3,
          badge: false,
          sound: true,
          soundVolume: 0.35,
          quietHours: { enabled: true, start: 22 * 60 + 30, end: 6 * 60 + 15 },
        },
      },
    ]);
    expect(settingsRegion().getByRole('status').textContent).toBe('Saved.');
  });

  it('an unfinished custom entry does not block saving another plan', async () => {
    const client = createMockOptionsClient({ settings: customIce });
    await renderOptions(client);
    await type('Each application (minutes)', '99');
    fireEvent.click(screen.getByRole('radio', { name: /^Spaced cold/ }));
    await flush();
    await save();
    const sent = client.sentOf('saveSettings')[0]?.settings;
    expect(sent?.planId).toBe('spaced');
    expect(sent?.custom).toEqual(DEFAULT_SETTINGS.custom);
  });

  it('says the running session is not reset when one runs', async () => {
    const client = createMockOptionsClient({ session: sessionAt([{ type: 'confirm' }]) });
    await renderOptions(client);
    await type('Remind me every (minutes)', '7');
    await save();
    expect(settingsRegion().getByRole('status').textContent).toBe(
      'Saved. Changes apply from the next phase — your running session is not reset.',
    );
  });

  it('shows an error from the background in the alert region', async () => {
    const client = createMockOptionsClient();
    await renderOptions(client);
    client.replyWith('saveSettings', { ok: false, error: 'errorSaveFailed' });
    await save();
    expect(client.sentOf('saveSettings')).toHaveLength(1);
    expect(settingsRegion().getByRole('alert').textContent).not.toBe('');
    expect(settingsRegion().getByRole('status').textContent).toBe('');
  });

  it('reset asks for confirmation first, then sends resetSettings and shows the defaults', async () => {
    const client = createMockOptionsClient({
      settings: { ...DEFAULT_SETTINGS, reminderEveryMinutes: 9 },
    });
    await renderOptions(client);
    expect(input('Remind me every (minutes)').value).toBe('9');
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await flush();
    expect(client.sentOf('resetSettings')).toEqual([]);
    const question = screen.getByRole('group', { name: /Reset every setting to its default/ });
    expect(document.activeElement?.textContent).toBe('Cancel');

    fireEvent.keyDown(question, { key: 'Escape' });
    await flush();
    expect(screen.queryByRole('group', { name: /Reset every setting/ })).toBeNull();
    expect(document.activeElement?.textContent).toBe('Reset to defaults');
    expect(client.sentOf('resetSettings')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Reset settings' }));
    await flush();
    expect(client.sentOf('resetSettings')).toHaveLength(1);
    expect(input('Remind me every (minutes)').value).toBe('5');
  });

  it('Preview plays the chime at the chosen volume without saving', async () => {
    const client = createMockOptionsClient();
    await renderOptions(client);
    await type('Volume', '80');
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(client.previews).toEqual([0.8]);
    expect(client.sent).toEqual([]);
  });
});

describe('keyboard shortcuts', () => {
  it('lists them, says "Not set" when empty, and where to change them', async () => {
    const client = createMockOptionsClient();
    client.shortcuts = [
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+I' },
      { name: 'toggle-confirm-pause', description: 'Toggle', shortcut: '' },
    ];
    await renderOptions(client);
    const section = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    expect(section.querySelector('dl')?.textContent).toBe(
      'Open IceCycleAlt+Shift+I“Ice is on” / pauseNot set',
    );
    expect(section.textContent).toMatch(/chrome:\/\/extensions\/shortcuts/);
    expect(section.textContent).toMatch(/Manage Extension Shortcuts/);
  });

  it('says so when the browser does not list them', async () => {
    const client = createMockOptionsClient();
    client.shortcuts = null;
    await renderOptions(client);
    expect(screen.getByText('This browser does not list the shortcuts here.')).toBeTruthy();
  });
});

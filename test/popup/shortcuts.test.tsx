// @vitest-environment happy-dom
import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { shortcutItems } from '../../src/popup/shortcut-line';
import type { Shortcut } from '../../src/shared/client';
import { createMockClient } from './mock-client';
import { mountApp, usePopupTestSetup } from './render-app';

usePopupTestSetup();

const key = (name: string, shortcut = ''): Shortcut => ({ name, description: '', shortcut });

const BOTH = [key('_execute_action', 'Alt+Shift+Y'), key('toggle-confirm-pause', 'Alt+Shift+U')];

describe('shortcutItems', () => {
  it('names each command that has keys set', () => {
    expect(shortcutItems(BOTH)).toEqual(['Alt+Shift+Y open', 'Alt+Shift+U confirm/pause']);
  });

  it('leaves out commands without keys and commands it does not know', () => {
    expect(
      shortcutItems([
        key('_execute_action'),
        key('toggle-confirm-pause', 'Ctrl+Shift+1'),
        key('someone-elses', 'Alt+K'),
        key('', 'Alt+J'),
      ]),
    ).toEqual(['Ctrl+Shift+1 confirm/pause']);
  });

  it('is null when no shortcut is set', () => {
    expect(shortcutItems([])).toBeNull();
    expect(shortcutItems([key('_execute_action'), key('x')])).toBeNull();
  });
});

describe('shortcuts line in the popup', () => {
  it('shows the shortcuts the browser has, in the footer', async () => {
    const client = createMockClient();
    client.keys = BOTH;
    await mountApp(client);
    expect(screen.getByRole('contentinfo').textContent).toContain(
      'Shortcuts: Alt+Shift+Y open · Alt+Shift+U confirm/pause',
    );
    // Each shortcut is one unbreakable item, so the line never wraps inside one.
    const items = [...screen.getByRole('contentinfo').querySelectorAll('.key')];
    expect(items.map((e) => e.textContent)).toEqual([
      'Alt+Shift+Y open',
      'Alt+Shift+U confirm/pause',
    ]);
  });

  it('shows nothing when none is set, or when the client cannot list them', async () => {
    const none = createMockClient();
    none.keys = [key('_execute_action')];
    const { unmount } = await mountApp(none);
    expect(screen.queryByText(/^Shortcuts:/)).toBeNull();
    unmount();

    const noApi = createMockClient();
    noApi.readShortcuts = () => Promise.resolve(null);
    await mountApp(noApi);
    expect(screen.queryByText(/^Shortcuts:/)).toBeNull();
    expect(screen.getByRole('contentinfo').textContent).toContain('Not medical advice');
  });

  it('shows nothing when reading them fails', async () => {
    const client = createMockClient();
    client.readShortcuts = () => Promise.reject(new Error('no commands here'));
    await mountApp(client);
    expect(screen.queryByText(/^Shortcuts:/)).toBeNull();
  });
});

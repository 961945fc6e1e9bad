// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createMockClient } from './mock-client';
import { flush, renderApp, usePopupTestSetup } from './render-app';

usePopupTestSetup();

describe('guide links and footer', () => {
  it('open when to get help, the topic that fits the screen, and the whole guide', async () => {
    const client = createMockClient();
    await renderApp(client);
    const footer = screen.getByRole('contentinfo');
    for (const button of within(footer).getAllByRole('button')) fireEvent.click(button);
    expect(client.opened).toEqual([
      'guide.html#help',
      'guide.html#ice',
      'guide.html',
      'welcome.html',
    ]);
    expect(footer.textContent).toContain('Not medical advice');
    expect(screen.getAllByRole('button', { name: 'When to get help' })).toHaveLength(1);
  });

  it('open the welcome page with its safety checklist from the footer', async () => {
    const client = createMockClient();
    await renderApp(client);
    const footer = screen.getByRole('contentinfo');
    fireEvent.click(within(footer).getByRole('button', { name: 'Safety checklist' }));
    expect(client.opened).toEqual(['welcome.html']);
  });
});

describe('notice banner', () => {
  it('shows a storage reset notice and dismisses it through the background', async () => {
    const client = createMockClient({ notice: 'storageReset' });
    await renderApp(client);
    expect(screen.getByText(/Some saved data was damaged and has been reset/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await flush();
    expect(client.sentOf('dismissNotice')).toHaveLength(1);
    expect(screen.queryByText(/damaged/)).toBeNull();
  });

  it('appears when the background reports a failed save', async () => {
    const client = createMockClient();
    await renderApp(client);
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
    client.push({ notice: 'saveFailed' });
    await flush();
    expect(screen.getByText(/Couldn't save — your browser storage may be full/)).toBeTruthy();
  });

  it('shows an unknown error key as a generic alert', async () => {
    const client = createMockClient();
    await renderApp(client);
    client.replyWith('start', { ok: false, error: 'errorFromTheFuture' });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await flush();
    expect(screen.getByRole('alert').textContent).toBe('Something went wrong. Please try again.');
  });
});

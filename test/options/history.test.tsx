// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../src/core';
import { sessionAt } from '../popup/mock-client';
import { createMockOptionsClient, type SavedFile } from './mock-options-client';
import { entry, flush, renderOptions, useOptionsTestSetup } from './render-options';

useOptionsTestSetup();

function historyRegion(): ReturnType<typeof within> {
  return within(screen.getByRole('region', { name: 'History' }));
}

const threeDays = [
  entry(2, 8, { painScore: 6 }),
  entry(1, 8, { painScore: 5 }),
  entry(1, 10, { outcome: 'skipped', startedAt: entry(1, 10).plannedStartAt }),
  entry(0, 7, { outcome: 'cutShort', endedAt: entry(0, 7).startedAt + 12 * MINUTE }),
  entry(0, 8, { noticedLateMs: 47 * MINUTE, painScore: 3 }),
];

function rowsOf(table: HTMLTableElement): string[][] {
  return [...table.querySelectorAll('tbody tr')].map((r) =>
    [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''),
  );
}

describe('history', () => {
  it('groups entries by day, newest first, with outcomes and pain', async () => {
    const client = createMockOptionsClient({}, threeDays);
    await renderOptions(client);
    const tables = [...document.querySelectorAll<HTMLTableElement>('table.history')];
    expect(tables.map((t) => t.caption?.textContent)).toEqual([
      'Monday, January 5, 2026',
      'Sunday, January 4, 2026',
      'Saturday, January 3, 2026',
    ]);
    expect(rowsOf(tables[0] as HTMLTableElement)).toEqual([
      [
        '8:00 AM',
        'Ice',
        '20',
        '20',
        'Completed — ran while the computer slept (noticed 47 min late)',
        '3',
      ],
      ['7:00 AM', 'Ice', '20', '12', 'Cut short', '—'],
    ]);
    expect(rowsOf(tables[1] as HTMLTableElement)).toEqual([
      ['10:00 AM', 'Ice', '20', '—', 'Skipped', '—'],
      ['8:00 AM', 'Ice', '20', '20', 'Completed', '5'],
    ]);
    expect(historyRegion().getByText(/Only the latest 2,000 applications are kept/)).toBeTruthy();
  });

  it('draws one bar per day and the pain line, with a text equivalent', async () => {
    const client = createMockOptionsClient({}, threeDays);
    await renderOptions(client);
    const svg = document.querySelector('svg[role="img"]') as SVGSVGElement;
    expect(svg.querySelector('title')?.textContent).toBe('Adherence and pain, last 3 days');
    expect(svg.getAttribute('aria-labelledby')).toBe('chart-title chart-desc');
    const bars = [...svg.querySelectorAll('rect.bar')];
    expect(bars).toHaveLength(3);
    // Oldest first: 1/1, 1/2, 1/2 completed.
    const heights = bars.map((b) => Number(b.getAttribute('height')));
    expect(heights[1]).toBeCloseTo((heights[0] as number) / 2);
    expect(bars[1]?.querySelector('title')?.textContent).toBe('Jan 4: 1 of 2 completed (50%)');
    expect(svg.querySelectorAll('circle.pain-dot')).toHaveLength(3);
    expect(svg.textContent).toMatch(/Completed \(%\)/);
    expect(svg.textContent).toMatch(/Average pain \(0–10\)/);

    const data = document.querySelector('figure table.visually-hidden') as HTMLTableElement;
    expect(rowsOf(data)).toEqual([
      ['Jan 3', '1', '1', '6'],
      ['Jan 4', '1', '2', '5'],
      ['Jan 5', '1', '2', '3'],
    ]);
  });

  it('keeps at most 14 days in the chart', async () => {
    const many = Array.from({ length: 20 }, (_, i) => entry(i, 9));
    const client = createMockOptionsClient({}, many);
    await renderOptions(client);
    expect(document.querySelectorAll('svg rect.bar')).toHaveLength(14);
  });

  it('renders the latest 7 days, and 7 older days per press of a real button', async () => {
    const twentyDays = Array.from({ length: 20 }, (_, i) => [entry(i, 8), entry(i, 9)]).flat();
    const client = createMockOptionsClient({}, twentyDays);
    await renderOptions(client);
    const captions = (): string[] =>
      [...document.querySelectorAll('table.history caption')].map((c) => c.textContent ?? '');
    expect(captions()).toHaveLength(7);
    expect(captions()[0]).toBe('Monday, January 5, 2026');
    expect(captions()[6]).toBe('Tuesday, December 30, 2025');
    expect(document.querySelectorAll('table.history tbody tr')).toHaveLength(14);

    const more = historyRegion().getByRole('button', { name: 'Show older days (13 more)' });
    expect(more.tagName).toBe('BUTTON');
    expect(more.getAttribute('type')).toBe('button');
    fireEvent.click(more);
    await flush();
    expect(captions()).toHaveLength(14);
    expect(captions()[7]).toBe('Monday, December 29, 2025');
    // Focus lands on the first newly shown day, not back at the top or on <body>.
    expect(document.activeElement?.textContent).toBe('Monday, December 29, 2025');
    expect(document.activeElement?.tagName).toBe('CAPTION');

    fireEvent.click(historyRegion().getByRole('button', { name: 'Show older days (6 more)' }));
    await flush();
    expect(captions()).toHaveLength(20);
    expect(captions()[19]).toBe('Wednesday, December 17, 2025');
    expect(document.activeElement?.textContent).toBe('Monday, December 22, 2025');
    expect(historyRegion().queryByRole('button', { name: /Show older days/ })).toBeNull();
  });

  it('has no "show older" button with a week or less of history', async () => {
    const week = Array.from({ length: 7 }, (_, i) => entry(i, 9));
    const client = createMockOptionsClient({}, week);
    await renderOptions(client);
    expect(document.querySelectorAll('table.history')).toHaveLength(7);
    expect(historyRegion().queryByRole('button', { name: /Show older days/ })).toBeNull();
  });

  it('exports every entry as CSV, including days the table has not rendered', async () => {
    const twentyDays = Array.from({ length: 20 }, (_, i) => entry(i, 9));
    const client = createMockOptionsClient({}, twentyDays);
    await renderOptions(client);
    expect(document.querySelectorAll('table.history')).toHaveLength(7);
    fireEvent.click(historyRegion().getByRole('button', { name: 'Export history (CSV)' }));
    const lines = (client.files[0] as SavedFile).text.replace(/^\uFEFF/, '').split('\r\n');
    // Header, 20 entries, and the final empty line after the last CRLF.
    expect(lines).toHaveLength(20 + 2);
    expect(lines.some((l) => l.startsWith('2025-12-17T09:00:00'))).toBe(true);
    expect(historyRegion().getByRole('status').textContent).toBe(
      'CSV file with 20 entries created.',
    );
  });

  it('shows an empty state without a chart or table', async () => {
    const client = createMockOptionsClient();
    await renderOptions(client);
    expect(historyRegion().getByText(/No applications yet/)).toBeTruthy();
    expect(document.querySelector('svg')).toBeNull();
    expect(document.querySelector('table.history')).toBeNull();
    expect(historyRegion().queryByRole('button', { name: 'Clear history' })).toBeNull();
  });

  it('clearing needs a confirmation before clearHistory is sent', async () => {
    const client = createMockOptionsClient({}, threeDays);
    await renderOptions(client);
    fireEvent.click(historyRegion().getByRole('button', { name: 'Clear history' }));
    await flush();
    expect(client.sentOf('clearHistory')).toEqual([]);
    historyRegion().getByRole('group', {
      name: 'Delete all 5 history entries? This cannot be undone.',
    });
    fireEvent.click(historyRegion().getByRole('button', { name: 'Cancel' }));
    await flush();
    expect(client.sentOf('clearHistory')).toEqual([]);
    expect(document.querySelectorAll('table.history')).toHaveLength(3);

    fireEvent.click(historyRegion().getByRole('button', { name: 'Clear history' }));
    await flush();
    fireEvent.click(historyRegion().getByRole('button', { name: 'Delete history' }));
    await flush();
    expect(client.sentOf('clearHistory')).toHaveLength(1);
    expect(historyRegion().getByText(/No applications yet/)).toBeTruthy();
    expect(historyRegion().getByRole('status').textContent).toBe('History cleared.');
  });

  it('exports the history as CSV with a localised header', async () => {
    const client = createMockOptionsClient({}, threeDays);
    await renderOptions(client);
    fireEvent.click(historyRegion().getByRole('button', { name: 'Export history (CSV)' }));
    expect(client.files).toHaveLength(1);
    const file = client.files[0] as SavedFile;
    expect(file.name).toBe('icecycle-history-2026-01-05.csv');
    expect(file.type).toBe('text/csv;charset=utf-8');
    const lines = file.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Due,Started,Ended,Treatment,Planned minutes,Actual minutes,Outcome,Noticed late (minutes),Pain (0–10),Session',
    );
    expect(lines).toHaveLength(threeDays.length + 2);
    expect(lines[1]).toBe(
      '2026-01-03T08:00:00+00:00,2026-01-03T08:00:00+00:00,2026-01-03T08:20:00+00:00,Ice,20,20,Completed,0,6,s1',
    );
  });

  it('exports the running schedule as .ics, and says when there is none', async () => {
    const idle = createMockOptionsClient();
    await renderOptions(idle);
    fireEvent.click(
      historyRegion().getByRole('button', { name: 'Export upcoming schedule (.ics)' }),
    );
    await flush();
    expect(idle.files).toEqual([]);
    expect(historyRegion().getByRole('status').textContent).toMatch(/No session is running/);
  });

  it('exports a calendar file for a running session', async () => {
    const client = createMockOptionsClient({ session: sessionAt([{ type: 'confirm' }]) });
    await renderOptions(client);
    fireEvent.click(
      historyRegion().getByRole('button', { name: 'Export upcoming schedule (.ics)' }),
    );
    await flush();
    const file = client.files[0] as SavedFile;
    expect(file.name).toBe('icecycle-schedule-2026-01-05.ics');
    expect(file.type).toBe('text/calendar;charset=utf-8');
    const count = file.text.match(/BEGIN:VEVENT/g)?.length ?? 0;
    expect(count).toBeGreaterThan(0);
    // Each event reminds the phone twice: put it on, and take it off at the end.
    expect(file.text.match(/TRIGGER;RELATED=END:PT0S/g)?.length).toBe(count);
    expect(file.text).toContain('Take the ice off now');
    expect(historyRegion().getByRole('status').textContent).toBe(
      `Calendar file with ${count} applications created.`,
    );
  });
});

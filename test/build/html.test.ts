/**
 * build/html.mjs: every extension page comes from one shell. Each loads exactly its own packaged
 * script (deferred) and, when people see it, its stylesheet; none carries inline code.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Entry {
  out: string;
  source: string;
  page: { title?: string; viewport?: string; hidden?: boolean } | null;
}
const buildDir = join(import.meta.dirname, '..', '..', 'build');
const load = async <T>(file: string): Promise<T> =>
  (await import(pathToFileURL(join(buildDir, file)).href)) as T;
const { ENTRIES } = await load<{ ENTRIES: Entry[] }>('entries.mjs');
const { pageHtml } = await load<{ pageHtml(entry: Entry): string }>('html.mjs');

const pages = ENTRIES.filter((e) => e.page !== null);

describe('page HTML', () => {
  it('has a page for every view and none for the background', () => {
    expect(pages.map((e) => e.out).sort()).toEqual([
      'guide',
      'offscreen',
      'options',
      'popup',
      'welcome',
    ]);
  });

  it.each(pages.map((e) => [e.out, e] as const))('%s loads only its own files', (out, entry) => {
    const html = pageHtml(entry);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual([
      `<script src="${out}.js" defer>`,
    ]);
    expect(html).toMatch(/<script[^>]*><\/script>/);
    const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
    expect(styles).toEqual(entry.page?.hidden ? [] : [`${out}.css`]);
    expect(html.includes('<div id="app"></div>')).toBe(!entry.page?.hidden);
    expect(html).not.toMatch(/\son\w+=|javascript:|<style/i);
  });

  it('gives the popup its own viewport and every visible page a light and dark scheme', () => {
    const html = (out: string): string =>
      pageHtml(pages.find((e) => e.out === out) ?? { out, source: '', page: {} });
    expect(html('popup')).toContain('<meta name="viewport" content="width=device-width" />');
    expect(html('options')).toContain(
      '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    );
    for (const out of ['popup', 'guide', 'options', 'welcome']) {
      expect(html(out), out).toContain('<meta name="color-scheme" content="light dark" />');
    }
    expect(html('offscreen')).not.toContain('color-scheme');
    expect(html('offscreen')).toContain('<title>IceCycle chime</title>');
  });
});

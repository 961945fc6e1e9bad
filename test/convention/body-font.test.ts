/**
 * Chromium's stylesheet for extension pages sets `body { font-size: 75% }`, which made our text
 * 11–13 px. Every page's stylesheet must set the body's font size itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'src');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? stylesheets(join(dir, e.name))
      : e.name.endsWith('.css')
        ? [join(dir, e.name)]
        : [],
  );
}

/** The declarations of every top-level `body { … }` rule, comments removed. */
function bodyRules(css: string): string[] {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...plain.matchAll(/(?:^|\})\s*body\s*\{([^}]*)\}/g)].map((m) => m[1] ?? '');
}

describe('readable text size on extension pages', () => {
  const files = stylesheets(src);
  it('finds the view stylesheets', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });
  it.each(files.map((f) => [f.slice(src.length + 1), f]))('%s sets the body font size', (_n, f) => {
    const rules = bodyRules(readFileSync(f, 'utf8'));
    expect(rules.some((r) => /font-size\s*:|(?:^|[;\s])font\s*:/.test(r))).toBe(true);
  });
});

/**
 * Chromium's stylesheet for extension pages sets `body { font-size: 75% }`, which made our text
 * 11–13 px. Every page must set the body's font size itself, in the stylesheets its entry imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Entry files that import stylesheets, with the stylesheets they import. */
function pagesWithCss(): [string, string[]][] {
  return files(src)
    .filter((f) => /index\.tsx?$/.test(f))
    .map((f): [string, string[]] => {
      const code = readFileSync(f, 'utf8');
      const css = [...code.matchAll(/^import '([^']+\.css)';/gm)].map((m) =>
        resolve(dirname(f), m[1] ?? ''),
      );
      return [f.slice(src.length + 1), css];
    })
    .filter(([, css]) => css.length > 0);
}

/** The declarations of every top-level `body { … }` rule, comments removed. */
function bodyRules(css: string): string[] {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...plain.matchAll(/(?:^|\})\s*body\s*\{([^}]*)\}/g)].map((m) => m[1] ?? '');
}

describe('readable text size on extension pages', () => {
  const pages = pagesWithCss();
  it('finds the view entries and their stylesheets', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });
  it.each(pages)('%s sets the body font size', (_entry, css) => {
    const rules = css.flatMap((f) => bodyRules(readFileSync(f, 'utf8')));
    expect(rules.some((r) => /font-size\s*:|(?:^|[;\s])font\s*:/.test(r))).toBe(true);
  });
});

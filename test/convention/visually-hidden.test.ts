/**
 * One visually-hidden class for every view: defined once in src/shared/visually-hidden.css and
 * imported by each entry whose components use it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const all = files(src);
const rel = (f: string): string => f.slice(src.length + 1);

describe('visually hidden text', () => {
  it('is defined once, in the shared stylesheet', () => {
    const defining = all
      .filter((f) => f.endsWith('.css'))
      .filter((f) => /\.(visually-hidden|sr-only|sr)\s*\{/.test(readFileSync(f, 'utf8')));
    expect(defining.map(rel)).toEqual(['shared/visually-hidden.css']);
  });

  it('is imported by every view entry whose components use the class', () => {
    const views = ['popup', 'options', 'pages/guide', 'pages/welcome'];
    const missing = views.filter((view) => {
      const code = all.filter((f) => rel(f).startsWith(`${view}/`) && f.endsWith('.tsx'));
      const uses = code.some((f) => readFileSync(f, 'utf8').includes('visually-hidden'));
      const entry = readFileSync(join(src, view, 'index.tsx'), 'utf8');
      return uses && !entry.includes("shared/visually-hidden.css'");
    });
    expect(missing).toEqual([]);
    // The check sees real uses (it would pass vacuously otherwise).
    expect(
      views.filter((view) =>
        all.some(
          (f) =>
            rel(f).startsWith(`${view}/`) &&
            f.endsWith('.tsx') &&
            readFileSync(f, 'utf8').includes('"visually-hidden"'),
        ),
      ).length,
    ).toBeGreaterThanOrEqual(3);
  });
});

/** WCAG 2 contrast checks over a stylesheet's `--name: #rrggbb;` palettes (for CSS tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a stylesheet by its path under the project root. */
export function readCss(...path: string[]): string {
  return readFileSync(join(import.meta.dirname, '..', '..', ...path), 'utf8');
}

/** `--name: #rrggbb;` declarations inside the first block after `marker`. */
export function palette(css: string, marker: string): Map<string, string> {
  const start = css.indexOf(marker);
  if (start < 0) throw new Error(`no ${marker}`);
  const block = css.slice(start, css.indexOf('}', start));
  return new Map(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

export type Pair = readonly [foreground: string, background: string];

/**
 * The WCAG contrast failures of a palette block (the first block after `marker`): text pairs
 * below 4.5:1, non-text pairs (focus rings, borders) below 3:1. An empty list means it passes.
 */
export function contrastFailures(
  css: string,
  marker: string,
  text: readonly Pair[],
  ui: readonly Pair[],
): string[] {
  const colours = palette(css, marker);
  const get = (name: string): string => {
    const value = colours.get(name);
    if (!value) throw new Error(`--${name} missing in ${marker}`);
    return value;
  };
  const check = (pairs: readonly Pair[], min: number): string[] =>
    pairs.flatMap(([fg, bg]) => {
      const ratio = contrast(get(fg), get(bg));
      return ratio >= min ? [] : [`${fg} on ${bg}: ${ratio.toFixed(2)} < ${min}`];
    });
  return [...check(text, 4.5), ...check(ui, 3)];
}

/** The light palette (`:root`) and the dark one (`prefers-color-scheme: dark`). */
export const SCHEMES = [
  ['light', ':root {'],
  ['dark', '@media (prefers-color-scheme: dark)'],
] as const;

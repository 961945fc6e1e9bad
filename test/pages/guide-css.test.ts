import { describe, expect, it } from 'vitest';
import { contrast, palette as paletteOf, readCss } from '../helpers/contrast';

const css = readCss('src', 'pages', 'guide', 'guide.css');
const palette = (marker: string): Map<string, string> => paletteOf(css, marker);

// Foreground/background pairs as they are used in guide.css.
const TEXT_PAIRS: [string, string][] = [
  ['text', 'bg'],
  ['muted', 'bg'],
  ['link', 'bg'],
  ['link-visited', 'bg'],
  ['text', 'note-bg'],
  ['text', 'emergency-bg'],
  ['emergency-heading', 'emergency-bg'],
  ['text', 'urgent-bg'],
  ['urgent-heading', 'urgent-bg'],
  ['text', 'routine-bg'],
  ['routine-heading', 'routine-bg'],
];
// Non-text contrast (WCAG 1.4.11): focus ring and box borders against their surroundings.
const UI_PAIRS: [string, string][] = [
  ['focus', 'bg'],
  ['emergency-border', 'bg'],
  ['urgent-border', 'bg'],
];

describe('guide.css', () => {
  it.each([
    ['light', ':root {'],
    ['dark', '@media (prefers-color-scheme: dark)'],
  ])('%s scheme: text ≥ 4.5:1, focus ring and borders ≥ 3:1', (_name, marker) => {
    const colours = palette(marker);
    const get = (name: string): string => {
      const value = colours.get(name);
      if (!value) throw new Error(`--${name} missing in ${marker}`);
      return value;
    };
    for (const [fg, bg] of TEXT_PAIRS) {
      expect(contrast(get(fg), get(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    for (const [fg, bg] of UI_PAIRS) {
      expect(contrast(get(fg), get(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('checks the contrast maths against known values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('keeps focus visible, motion optional, lines readable and links underlined', () => {
    expect(css).toMatch(/:focus-visible\s*\{[^}]*outline:\s*3px solid/);
    // Any outline removal is limited to non-keyboard focus.
    for (const match of css.matchAll(/([^{}]+)\{[^}]*outline:\s*(none|0)/g)) {
      expect(match[1]).toMatch(/:not\(:focus-visible\)/);
    }
    expect(css).toMatch(
      /prefers-reduced-motion: no-preference\)\s*\{\s*html\s*\{\s*scroll-behavior: smooth/,
    );
    expect(css).not.toMatch(/(animation|transition)\s*:/);
    expect(css).toMatch(/max-width:\s*65ch/);
    expect(css).toMatch(/a\s*\{[^}]*text-decoration:\s*underline/);
  });
});

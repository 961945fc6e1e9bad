import { describe, expect, it } from 'vitest';
import { contrast, contrastFailures, type Pair, readCss, SCHEMES } from '../helpers/contrast';

const css = readCss('src', 'pages', 'guide', 'guide.css');

// Foreground/background pairs as they are used in guide.css.
const TEXT_PAIRS: Pair[] = [
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
const UI_PAIRS: Pair[] = [
  ['focus', 'bg'],
  ['emergency-border', 'bg'],
  ['urgent-border', 'bg'],
];

describe('guide.css', () => {
  it.each(SCHEMES)('%s scheme: text ≥ 4.5:1, focus ring and borders ≥ 3:1', (_name, marker) => {
    expect(contrastFailures(css, marker, TEXT_PAIRS, UI_PAIRS)).toEqual([]);
  });

  it('checks the contrast maths against known values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    const low = ':root { --grey: #777777; --white: #ffffff; }';
    expect(contrastFailures(low, ':root {', [['grey', 'white']], [])).toEqual([
      'grey on white: 4.48 < 4.5',
    ]);
    expect(contrastFailures(low, ':root {', [], [['grey', 'white']])).toEqual([]);
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

/** welcome.css: contrast in light and dark schemes, visible focus, motion only when allowed. */
import { describe, expect, it } from 'vitest';
import { contrastFailures, type Pair, readCss, SCHEMES } from '../helpers/contrast';

const css = readCss('src', 'pages', 'welcome', 'welcome.css');

const TEXT_PAIRS: Pair[] = [
  ['text', 'bg'],
  ['muted', 'bg'],
  ['link', 'bg'],
  ['link-visited', 'bg'],
  ['warning', 'bg'],
  ['text', 'panel-bg'],
  ['button-text', 'button-bg'],
];
const UI_PAIRS: Pair[] = [
  ['focus', 'bg'],
  ['focus', 'panel-bg'],
  ['button-bg', 'bg'],
];

describe('welcome.css', () => {
  it.each(SCHEMES)('%s scheme: text ≥ 4.5:1, focus ring and button ≥ 3:1', (_name, marker) => {
    expect(contrastFailures(css, marker, TEXT_PAIRS, UI_PAIRS)).toEqual([]);
  });

  it('never transitions colours, so a colour-scheme switch shows no mixed pair', () => {
    // A background fading from the light scheme under text already dark measured 2.5:1 (axe).
    const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of code.matchAll(/\btransition(-property)?\s*:\s*([^;}]+)/g)) {
      // A transition without a property list transitions `all`.
      expect(m[2], m[0]).toMatch(/^[a-z-]+\s/);
      expect(m[2], m[0]).not.toMatch(/color|background|\ball\b/);
    }
  });

  it('keeps focus visible and animates only without prefers-reduced-motion', () => {
    expect(css).toMatch(/:focus-visible\s*\{[^}]*outline:\s*3px solid/);
    expect(css).not.toMatch(/outline:\s*(none|0)\b/);
    const motion = css.indexOf('@media (prefers-reduced-motion: no-preference)');
    expect(motion).toBeGreaterThan(0);
    // Every transition or animation sits inside the no-preference block (the file's last).
    for (const m of css.matchAll(/\b(transition|animation|scroll-behavior)\s*:/g)) {
      expect(m.index ?? 0).toBeGreaterThan(motion);
    }
  });
});

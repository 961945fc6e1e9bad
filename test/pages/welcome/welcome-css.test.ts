/** welcome.css: contrast in light and dark schemes, visible focus, motion only when allowed. */
import { describe, expect, it } from 'vitest';
import { contrastFailures, type Pair, readCss, SCHEMES } from '../../helpers/contrast';

const css = readCss('src', 'pages', 'welcome', 'welcome.css');
/** Everything the welcome page styles itself with (index.tsx imports both). */
const pageCss = [readCss('src', 'pages', 'page-base.css'), css];

/**
 * The `transition` / `transition-property` declarations of `source` that animate a colour: a
 * property list naming a colour or background, `all`, or no property list at all (which means
 * `all`). Comments are ignored.
 */
function colourTransitions(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...code.matchAll(/\btransition(-property)?\s*:\s*([^;}]+)/g)]
    .filter(([, isPropertyList, value = '']) => {
      const names = isPropertyList
        ? value.split(',').map((v) => v.trim())
        : value.split(',').map((v) => v.trim().split(/\s+/)[0] ?? '');
      return names.some((name) => /^(all|[\d.]+m?s)$|color|background/.test(name));
    })
    .map((m) => m[0].trim());
}

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
    expect(pageCss.flatMap(colourTransitions)).toEqual([]);
  });

  it('finds colour transitions wherever a stylesheet declares them', () => {
    const sample = `
      a { transition: transform 0.2s ease; }
      b { transition: background-color 0.2s, transform 1s; }
      c { transition: 0.3s; }
      d { transition: all 1s linear; }
      e { transition-property: opacity, color; }
      f { transition-property: opacity; }
      /* g { transition: color 1s; } */`;
    expect(colourTransitions(sample)).toEqual([
      'transition: background-color 0.2s, transform 1s',
      'transition: 0.3s',
      'transition: all 1s linear',
      'transition-property: opacity, color',
    ]);
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

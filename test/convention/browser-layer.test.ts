/**
 * One browser layer: src/shared/browser.ts is the only file in src that imports
 * webextension-polyfill or touches the `chrome`/`browser` globals. Every other module gets the
 * browser from it (views, pages, offscreen) or is handed it (the background's modules, from
 * index.ts), so unit tests reach the same module over the in-memory fake (test/fakes/setup.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  findHits,
  formatHits,
  type Hit,
  importsOf,
  type Rule,
  readSource,
  sourceFiles,
  stripComments,
} from './scan';

const BROWSER_MODULE = 'src/shared/browser.ts';

const GLOBAL_RULES: readonly Rule[] = [
  { name: 'chrome global', pattern: /(?<![\w$.])chrome\s*(\?\.|\.|\[)/ },
  { name: 'typeof chrome/browser', pattern: /\btypeof\s+(chrome|browser)\b/ },
  {
    name: 'chrome/browser read off the global object',
    pattern: /\b(globalThis|self|window)\s*(\?\.|\.)\s*(chrome|browser)\b/,
  },
  {
    name: 'chrome/browser read off the global object',
    pattern: /\b(globalThis|self|window)\s*\[\s*['"](chrome|browser)['"]/,
  },
  // `const g = globalThis as { browser?: …; chrome?: … }`: the hand-made lookup.
  { name: 'global object cast', pattern: /\b(globalThis|self)\s+as\b/ },
];

function polyfillImports(file: string, code: string): Hit[] {
  return importsOf(code)
    .filter((ref) => /^webextension-polyfill(\/|$)/.test(ref.specifier))
    .map((ref) => ({ file, line: ref.line, rule: 'imports webextension-polyfill', text: '' }));
}

function violations(file: string, source: string): Hit[] {
  const code = stripComments(source);
  return [...findHits(file, code, GLOBAL_RULES), ...polyfillImports(file, code)];
}

describe('the browser layer rules', () => {
  it('flag every hand-made way to the browser, and not the one door', () => {
    const lookups = [
      "import browser from 'webextension-polyfill';",
      "const api = (await import('webextension-polyfill')).default;",
      'chrome.runtime.sendMessage({});',
      'chrome?.storage.local.get("x");',
      'const g = globalThis as { browser?: Api; chrome?: Api };',
      'const api = globalThis.browser ?? globalThis.chrome;',
      "const api = self['chrome'];",
      "if (typeof browser !== 'undefined') run();",
    ];
    for (const line of lookups) expect(violations('sample.ts', line), line).not.toEqual([]);
    const allowed = [
      "import { browser } from '../shared/browser';",
      'await browser.storage.local.get(KEY);',
      'export function openTimer(browser: BrowserApi): void {}',
      "const url = 'chrome-extension://id/popup.html';",
      'window.close();',
      '// chrome.runtime is the only API in an offscreen document',
    ];
    for (const line of allowed) expect(violations('sample.ts', line), line).toEqual([]);
  });
});

describe('one browser module', () => {
  const files = sourceFiles();

  it('exists and imports the polyfill', () => {
    expect(files).toContain(BROWSER_MODULE);
    expect(polyfillImports(BROWSER_MODULE, readSource(BROWSER_MODULE))).not.toEqual([]);
  });

  it('is the only file in src that imports webextension-polyfill or reads the browser globals', () => {
    const hits = files
      .filter((file) => file !== BROWSER_MODULE)
      .flatMap((file) => violations(file, readSource(file)));
    expect(formatHits(hits)).toEqual([]);
  });

  it('is what every context with its own entry uses', () => {
    // The entries that reach the browser themselves; the background's modules are handed it.
    for (const file of [
      'src/background/index.ts',
      'src/offscreen/offscreen.ts',
      'src/shared/client.ts',
      'src/shared/i18n.ts',
      'src/options/options-client.ts',
    ]) {
      const specifiers = importsOf(stripComments(readSource(file))).map((r) => r.specifier);
      expect(specifiers, file).toContainEqual(
        expect.stringMatching(/(^|\/)shared\/browser$|^\.\/browser$/),
      );
    }
  });
});

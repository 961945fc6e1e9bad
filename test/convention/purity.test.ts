/**
 * Conventions as tests: the engine stays pure (no browser, clock, timers or DOM), nothing in src/
 * builds HTML from strings, evaluates code or talks to the network, and imports point one way
 * (views and background → shared → core; the offscreen document is a leaf: it imports only
 * shared and core, and nothing imports it).
 */
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findHits,
  formatHits,
  type Hit,
  importsOf,
  projectRoot,
  type Rule,
  readSource,
  sourceFiles,
  srcRoot,
  stripComments,
} from './scan';

const CORE_RULES: readonly Rule[] = [
  { name: 'webextension-polyfill', pattern: /['"]webextension-polyfill['"]/ },
  { name: 'chrome.* API', pattern: /(?<![\w$.])chrome\s*\??\.\s*[a-z]/ },
  { name: 'browser.* API', pattern: /(?<![\w$.])browser\s*\??\.\s*[a-z]/ },
  { name: 'Date.now()', pattern: /\bDate\s*\.\s*now\b/ },
  { name: 'new Date() without arguments', pattern: /\bnew\s+Date\s*(\(\s*\)|(?![\s(]))/ },
  { name: 'performance.now()', pattern: /\bperformance\s*\.\s*now\b/ },
  { name: 'timer', pattern: /(?<![\w$])(setTimeout|setInterval|requestAnimationFrame)\b/ },
  {
    name: 'DOM global',
    pattern: /(?<![\w$.])(document|window|navigator|localStorage|sessionStorage)(?![\w$])/,
  },
];

const EVERYWHERE_RULES: readonly Rule[] = [
  { name: 'innerHTML/outerHTML', pattern: /\b(innerHTML|outerHTML)\b/ },
  {
    name: 'insertAdjacentHTML/document.write',
    pattern: /\b(insertAdjacentHTML|document\s*\.\s*write(ln)?)\b/,
  },
  { name: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/ },
  { name: 'eval', pattern: /(?<![\w$.])eval\s*\(/ },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'string timer (eval)', pattern: /\b(setTimeout|setInterval)\s*\(\s*['"`]/ },
  { name: 'fetch', pattern: /(?<![\w$])fetch\s*\(/ },
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/ },
  { name: 'WebSocket/EventSource', pattern: /\b(WebSocket|EventSource)\b/ },
  { name: 'sendBeacon', pattern: /\bsendBeacon\b/ },
];

/** The background's store is the one writer of stored data (session, settings, history, notice). */
const STORE = 'src/background/state-store.ts';
const STORAGE_WRITE: Rule = {
  name: 'storage write outside the store',
  pattern:
    /\b(storage\s*\.\s*(local|sync|session)|local|sync|area)\s*\??\.\s*(set|remove|clear)\s*\(/,
};

/** The top-level folder of src/ a file or folder belongs to ("core", "shared", "popup", ...). */
function areaOf(projectPath: string): string {
  const first = relative(srcRoot, join(projectRoot, projectPath)).split(sep)[0] as string;
  return /\.[a-z]+$/.test(first) ? '(src root)' : first;
}

const VIEWS = new Set(['popup', 'pages', 'options']);

/** Why an import from `from` to `to` is not allowed, or null when it is. */
function importProblem(from: string, to: string): string | null {
  if (to === '(outside src)') return 'src/ must not import from outside src/';
  if (from === 'core' && to !== 'core') return 'core imports only core';
  if (from === 'shared' && to !== 'shared' && to !== 'core')
    return 'shared imports only shared and core';
  if (VIEWS.has(from) && to === 'background') return 'views never import the background';
  if (from === 'background' && VIEWS.has(to)) return 'the background never imports views';
  if (to === 'offscreen' && from !== 'offscreen') return 'nothing imports the offscreen document';
  if (from === 'offscreen' && !['offscreen', 'shared', 'core'].includes(to))
    return 'offscreen imports only shared and core';
  return null;
}

function importHits(file: string, code: string): Hit[] {
  const from = areaOf(file);
  const hits: Hit[] = [];
  for (const ref of importsOf(code)) {
    const isRelative = ref.specifier.startsWith('.');
    if (!isRelative) {
      // Packages: the engine stays dependency-free so it runs anywhere (tests, both browsers).
      if (from === 'core') {
        hits.push({ file, line: ref.line, rule: 'core imports no packages', text: ref.specifier });
      }
      continue;
    }
    const target = relative(projectRoot, join(projectRoot, dirname(file), ref.specifier));
    const to = target.startsWith(`src${sep}`) ? areaOf(target) : '(outside src)';
    const problem = importProblem(from, to);
    if (problem) hits.push({ file, line: ref.line, rule: problem, text: ref.specifier });
  }
  return hits;
}

describe('source scanner', () => {
  // These guard the guards: if a pattern stops matching, the convention tests would pass vacuously.
  it('finds each forbidden construct in a sample, ignoring comments', () => {
    const sample = stripComments(
      [
        'const a = Date.now(); // Date.now() in a comment is fine',
        'const b = new Date();',
        'const c = new Date(0);',
        '/* setTimeout(f) */ setTimeout(f, 1);',
        "chrome.alarms.create('x', {});",
        'browser.storage.local.get();',
        'document.title = "x";',
        'el.innerHTML = html;',
        'fetch(url);',
        "import browser from 'webextension-polyfill';",
        'const r = performance.now();',
      ].join('\n'),
    );
    const rules = [...CORE_RULES, ...EVERYWHERE_RULES];
    const byLine = new Map<number, string[]>();
    for (const hit of findHits('sample.ts', sample, rules)) {
      byLine.set(hit.line, [...(byLine.get(hit.line) ?? []), hit.rule]);
    }
    expect(byLine.get(1)).toEqual(['Date.now()']);
    expect(byLine.get(2)).toEqual(['new Date() without arguments']);
    expect(byLine.get(3)).toBeUndefined();
    expect(byLine.get(4)).toEqual(['timer']);
    expect(byLine.get(5)).toEqual(['chrome.* API']);
    expect(byLine.get(6)).toEqual(['browser.* API']);
    expect(byLine.get(7)).toEqual(['DOM global']);
    expect(byLine.get(8)).toEqual(['innerHTML/outerHTML']);
    expect(byLine.get(9)).toEqual(['fetch']);
    expect(byLine.get(10)).toEqual(['webextension-polyfill']);
    expect(byLine.get(11)).toEqual(['performance.now()']);
  });

  it('reads every import form with its line', () => {
    const code = [
      "import type { A } from '../core/types';",
      'import {',
      '  b,',
      "} from './b';",
      "export * from '../shared/i18n';",
      "import './side-effect.css';",
      "const lazy = import('../background/runner');",
    ].join('\n');
    expect(importsOf(code).sort((x, y) => x.line - y.line)).toEqual([
      { specifier: '../core/types', line: 1 },
      { specifier: './b', line: 2 },
      { specifier: '../shared/i18n', line: 5 },
      { specifier: './side-effect.css', line: 6 },
      { specifier: '../background/runner', line: 7 },
    ]);
  });

  it('flags imports against the direction of the arrows', () => {
    const popup = importHits('src/popup/app.tsx', "import { x } from '../background/runner';");
    expect(popup.map((h) => h.rule)).toEqual(['views never import the background']);
    const core = importHits(
      'src/core/view.ts',
      "import { t } from '../shared/i18n';\nimport x from 'lib';",
    );
    expect(core.map((h) => h.rule)).toEqual(['core imports only core', 'core imports no packages']);
    expect(importHits('src/shared/client.ts', "import type { S } from '../core/types';")).toEqual(
      [],
    );
    expect(importHits('src/shared/client.ts', "import { view } from '../core';")).toEqual([]);
    expect(
      importHits('src/core/a.ts', "import x from '../../test/helpers/x';").map((h) => h.rule),
    ).toEqual(['src/ must not import from outside src/']);
    const sound = "import { chimeMessage } from '../offscreen/chime-message';";
    expect(importHits('src/background/sound.ts', sound).map((h) => h.rule)).toEqual([
      'nothing imports the offscreen document',
    ]);
    const offscreen = [
      "import { createChimeListener } from './chime-listener';",
      "import { playChime } from '../shared/chime';",
      "import { t } from '../background/runner';",
    ].join('\n');
    expect(importHits('src/offscreen/offscreen.ts', offscreen).map((h) => h.rule)).toEqual([
      'offscreen imports only shared and core',
    ]);
  });
});

describe('source conventions', () => {
  const files = sourceFiles();
  const code = new Map(files.map((f) => [f, stripComments(readSource(f))]));

  it('finds the sources', () => {
    expect(files.some((f) => f.startsWith('src/core/'))).toBe(true);
  });

  it('src/core is pure: no browser APIs, clock, timers or DOM', () => {
    const hits = files
      .filter((f) => f.startsWith('src/core/'))
      .flatMap((f) => findHits(f, code.get(f) as string, CORE_RULES));
    expect(formatHits(hits)).toEqual([]);
  });

  it('nothing in src builds HTML from strings, evaluates code or uses the network', () => {
    const hits = files.flatMap((f) => findHits(f, code.get(f) as string, EVERYWHERE_RULES));
    expect(formatHits(hits)).toEqual([]);
  });

  it('only the store writes storage', () => {
    const hits = files
      .filter((f) => f !== STORE)
      .flatMap((f) => findHits(f, code.get(f) as string, [STORAGE_WRITE]));
    expect(formatHits(hits)).toEqual([]);
    // Guards the guard: the store itself is found writing.
    expect(findHits(STORE, code.get(STORE) as string, [STORAGE_WRITE]).length).toBeGreaterThan(0);
  });

  it('imports point one way: views/background/offscreen → shared → core', () => {
    const hits = files.flatMap((f) => importHits(f, code.get(f) as string));
    expect(formatHits(hits)).toEqual([]);
  });
});

/**
 * Small source scanner for the convention tests: lists files, blanks out comments (so a comment
 * that *mentions* `Date.now()` is not a violation), and reports `file:line` for pattern hits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const projectRoot: string = join(import.meta.dirname, '..', '..');
export const srcRoot: string = join(projectRoot, 'src');

const CODE_FILE = /\.(ts|tsx|mts|js|mjs|jsx)$/;
const TEST_FILE = /\.test\.(ts|tsx)$/;

/** Project-relative, forward-slash paths of production source files under `dir`. */
export function sourceFiles(dir: string = srcRoot): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (
      CODE_FILE.test(entry.name) &&
      !TEST_FILE.test(entry.name) &&
      !entry.name.endsWith('.d.ts')
    ) {
      out.push(relative(projectRoot, full).split(sep).join('/'));
    }
  }
  return out.sort();
}

export function readSource(file: string): string {
  return readFileSync(join(projectRoot, file), 'utf8');
}

/**
 * Replaces comments with spaces, keeping newlines (so line numbers hold) and string contents
 * (import specifiers live there). Regex literals are not tracked: a quote or `//` inside one can
 * confuse the rest of that file's scan, so keep such regexes out of src/ or on their own line.
 */
export function stripComments(text: string): string {
  let out = '';
  let i = 0;
  let quote: string | null = null;
  while (i < text.length) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (quote) {
      out += c;
      if (c === '\\') {
        out += next ?? '';
        i += 2;
        continue;
      }
      if (c === quote) quote = null;
      i += 1;
    } else if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') {
        out += ' ';
        i += 1;
      }
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      if (c === '"' || c === "'" || c === '`') quote = c;
      out += c;
      i += 1;
    }
  }
  return out;
}

export interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
}

export interface Hit {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly text: string;
}

/** Every line of `code` (comments already stripped) matching a rule. */
export function findHits(file: string, code: string, rules: readonly Rule[]): Hit[] {
  const hits: Hit[] = [];
  const lines = code.split('\n');
  lines.forEach((text, index) => {
    for (const rule of rules) {
      if (rule.pattern.test(text))
        hits.push({ file, line: index + 1, rule: rule.name, text: text.trim() });
    }
  });
  return hits;
}

export interface ImportRef {
  readonly specifier: string;
  readonly line: number;
}

/** Static imports, re-exports, side-effect imports, dynamic import() and require(). */
export function importsOf(code: string): ImportRef[] {
  const refs: ImportRef[] = [];
  const patterns = [
    /\b(?:import|export)\s[^;'"`]*?\bfrom\s*(['"])([^'"]+)\1/g,
    /\bimport\s*(['"])([^'"]+)\1/g,
    /\b(?:import|require)\s*\(\s*(['"])([^'"]+)\1\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const m of code.matchAll(pattern)) {
      const line = code.slice(0, m.index).split('\n').length;
      refs.push({ specifier: m[2] as string, line });
    }
  }
  return refs;
}

export function formatHits(hits: readonly Hit[]): string[] {
  return hits.map((h) => `${h.file}:${h.line}  ${h.rule}  ${h.text}`);
}

/**
 * One source per fact: each stored item's schema version is written once, in
 * src/core/versions.ts. Everything else (defaults, parsers, guards, types, the options form)
 * uses the constants, so raising a version cannot leave a stale `2` behind.
 */
import { describe, expect, it } from 'vitest';
import { HISTORY_ENTRY_VERSION, SESSION_VERSION, SETTINGS_VERSION } from '../../src/core';
import { findHits, formatHits, type Rule, readSource, sourceFiles, stripComments } from './scan';

const VERSIONS_FILE = 'src/core/versions.ts';

const RULES: readonly Rule[] = [
  { name: 'schemaVersion with a number literal', pattern: /\bschemaVersion\b.*[:=<>]=*\s*\d/ },
  { name: 'version constant defined', pattern: /\b[A-Z_]*_VERSION\s*(?::[^=]*)?=\s*\d/ },
];

describe('schema version scanner', () => {
  // Guards the guard: if a pattern stops matching, the convention test would pass vacuously.
  it('flags a literal version and passes the constants', () => {
    const sample = [
      'schemaVersion: 2,',
      'if (v.schemaVersion !== 2) return false;',
      "const SCHEMA: Session['schemaVersion'] = 2;",
      'readonly schemaVersion: 3;',
      'export const SESSION_VERSION = 2;',
      'schemaVersion: SESSION_VERSION,',
      'readonly schemaVersion: typeof SESSION_VERSION;',
      'const version = raw.schemaVersion === undefined ? 1 : raw.schemaVersion;',
      'value = { ...step(value), schemaVersion: v + 1 };',
    ].join('\n');
    const lines = findHits('sample.ts', sample, RULES).map((h) => h.line);
    expect(lines).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('schema versions', () => {
  it('are numbers written only in src/core/versions.ts', () => {
    const hits = sourceFiles()
      .filter((f) => f !== VERSIONS_FILE)
      .flatMap((f) => findHits(f, stripComments(readSource(f)), RULES));
    expect(formatHits(hits)).toEqual([]);
  });

  it('are defined there, one constant per stored item', () => {
    const defined = findHits(VERSIONS_FILE, stripComments(readSource(VERSIONS_FILE)), RULES);
    expect(defined.map((h) => h.text)).toEqual([
      `export const SESSION_VERSION = ${SESSION_VERSION};`,
      `export const SETTINGS_VERSION = ${SETTINGS_VERSION};`,
      `export const HISTORY_ENTRY_VERSION = ${HISTORY_ENTRY_VERSION};`,
    ]);
  });
});

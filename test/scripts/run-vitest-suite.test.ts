import { describe, expect, it } from 'vitest';
import { suiteSummary, vitestArgs } from '../../scripts/lib/run-vitest-suite.mjs';

const report = (over: Record<string, number> = {}) => ({
  numPassedTests: 41,
  numFailedTests: 0,
  numFailedTestSuites: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  ...over,
});

describe('suiteSummary (the closing line people and the README rely on)', () => {
  it('counts passed and failed, and says nothing else when all ran', () => {
    expect(suiteSummary('e2e', report({ numFailedTests: 2 }), 1)).toEqual({
      note: null,
      closing: 'e2e: 41 passed, 2 failed',
    });
  });

  it('adds skipped and todo scenarios only when there are some', () => {
    const { closing } = suiteSummary('e2e', report({ numPendingTests: 2, numTodoTests: 1 }), 0);
    expect(closing).toBe('e2e: 41 passed, 0 failed, 3 skipped');
  });

  it('notes files that failed to run when no test failed (an import error)', () => {
    const { note, closing } = suiteSummary('e2e', report({ numFailedTestSuites: 1 }), 1);
    expect(note).toBe('e2e: 1 file(s) failed to run');
    expect(closing).toBe('e2e: 41 passed, 0 failed');
  });

  it('says how vitest ended when it wrote no report', () => {
    expect(suiteSummary('e2e', null, 'SIGKILL').closing).toBe(
      'e2e: no results (vitest exited with SIGKILL)',
    );
  });
});

describe('vitestArgs', () => {
  it('adds the JSON reporter beside the default one only when asked, before extra arguments', () => {
    expect(vitestArgs({ config: 'c.ts', args: ['guide'] })).toEqual([
      'run',
      '--config',
      'c.ts',
      'guide',
    ]);
    expect(vitestArgs({ config: 'c.ts', jsonFile: '/r.json', args: ['guide'] })).toEqual([
      'run',
      '--config',
      'c.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=/r.json',
      'guide',
    ]);
  });
});

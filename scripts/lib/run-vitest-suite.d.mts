/** Types for run-vitest-suite.mjs, so its pure parts can be unit-tested. */
export interface VitestReport {
  readonly numPassedTests: number;
  readonly numFailedTests: number;
  readonly numFailedTestSuites: number;
  readonly numPendingTests?: number;
  readonly numTodoTests?: number;
}

export function vitestArgs(options: {
  config: string;
  jsonFile?: string | null;
  args?: readonly string[];
}): string[];

export function suiteSummary(
  label: string,
  report: VitestReport | null,
  exit: number | string | null,
): { note: string | null; closing: string };

export function runVitestSuite(options: {
  label: string;
  config: string;
  dist: string;
  build?: boolean;
  results: string;
  jsonReport?: boolean;
  env?: Record<string, string>;
  args?: readonly string[];
}): {
  exit: number | string | null;
  status: number | null;
  results: unknown;
  seconds: string;
} | null;

/** What every build step shares: the project root, its folders, and how a build fails. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const root = join(import.meta.dirname, '..');
export const LOCALES_DIR = 'src/_locales';
export const ICONS_DIR = 'icons';

/** An expected failure: reported as one line, without a stack trace. */
export class BuildError extends Error {}

export function fail(message) {
  throw new BuildError(message);
}

/** One line for an expected failure, the whole stack for anything else. */
export function describeError(error) {
  return error instanceof BuildError ? error.message : String(error?.stack ?? error);
}

export function readJson(file, what) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read ${what}: ${relative(root, file)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(`invalid JSON in ${relative(root, file)}: ${error.message}`);
  }
}

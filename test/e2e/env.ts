/**
 * Where things are for the end-to-end suite: the built extension and the artefacts. The browser
 * comes from scripts/lib/find-browser.mjs, the one list scripts/e2e.mjs also uses, so running
 * vitest directly behaves the same.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The unpacked extension under test (E2E_DIST lets a run point at another build). */
export const DIST = resolve(process.env.E2E_DIST ?? join(ROOT, 'dist'));
export const ARTIFACTS = join(ROOT, 'artifacts');
export const SCREENSHOTS = join(ARTIFACTS, 'screenshots');

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

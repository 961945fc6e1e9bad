/**
 * Where things are for the end-to-end suite: the built extension, the browser, the artefacts.
 * scripts/e2e.mjs resolves the same Chromium candidates and passes the one it found in
 * CHROMIUM_PATH, so running vitest directly behaves the same.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The unpacked extension under test (E2E_DIST lets a run point at another build). */
export const DIST = resolve(process.env.E2E_DIST ?? join(ROOT, 'dist'));
export const ARTIFACTS = join(ROOT, 'artifacts');
export const SCREENSHOTS = join(ARTIFACTS, 'screenshots');

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
] as const;

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

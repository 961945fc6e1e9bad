/**
 * The probe copy of dist/ the Firefox suite runs (TOOLCHAIN.md "Firefox, as measured later"):
 * a temporary folder with the release files plus test-only probes, so nothing test-only ever
 * ships. What differs from dist/, and only this:
 *   - background.scripts: e2e-page-probe.js and e2e-bg-probe.js run before background.js;
 *   - every page: e2e-page-probe.js is its first script (shifted clock, tagged console.error);
 *   - e2e-throw-probe.html/js: a page that throws, the positive control of error detection.
 * `releaseLeaks(dist)` checks the other side: no probe file, name or marker in dist/.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROBES = join(import.meta.dirname, 'probe');
export const PAGE_PROBE = 'e2e-page-probe.js';
export const BG_PROBE = 'e2e-bg-probe.js';
export const THROW_PAGE = 'e2e-throw-probe.html';
export const THROW_SCRIPT = 'e2e-throw-probe.js';
/** Probe source → its name in the copy. */
const FILES = {
  'page-probe.js': PAGE_PROBE,
  'bg-probe.js': BG_PROBE,
  'throw-probe.html': THROW_PAGE,
  'throw-probe.js': THROW_SCRIPT,
};
/** In every error and console.error the probes cause on purpose (the positive controls). */
export const PROBE_TEXT = 'icecycle e2e probe';
/** Strings only the probes contain: any of them in dist/ is a leak. */
const MARKERS = ['e2e-', '__icecycleE2e', 'icecycle-e2e-offset', 'ICECYCLE_E2E'];

export function makeProbeCopy(dist) {
  const dir = mkdtempSync(join(tmpdir(), 'icecycle-firefox-'));
  const ext = join(dir, 'ext');
  cpSync(dist, ext, { recursive: true });
  for (const [from, to] of Object.entries(FILES)) cpSync(join(PROBES, from), join(ext, to));

  const manifestPath = join(ext, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.background.scripts = [PAGE_PROBE, BG_PROBE, ...manifest.background.scripts];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));

  for (const page of readdirSync(ext).filter((name) => name.endsWith('.html'))) {
    const path = join(ext, page);
    const html = readFileSync(path, 'utf8');
    const probed = html.replace('<head>', `<head>\n    <script src="${PAGE_PROBE}"></script>`);
    if (probed === html) throw new Error(`${page} has no <head> for the probe`);
    writeFileSync(path, probed);
  }
  return { dir, ext, geckoId: manifest.browser_specific_settings?.gecko?.id };
}

/** Test-only things found in a release dist/ (file names, manifest entries, markers in files). */
export function releaseLeaks(dist) {
  const leaks = [];
  const files = readdirSync(dist, { recursive: true }).map(String);
  for (const file of files) {
    if (Object.values(FILES).some((name) => file.endsWith(name))) leaks.push(`file ${file}`);
    if (!/\.(js|html|json|css)$/.test(file)) continue;
    const text = readFileSync(join(dist, file), 'utf8');
    for (const marker of MARKERS) if (text.includes(marker)) leaks.push(`${file}: "${marker}"`);
  }
  const manifestPath = join(dist, 'manifest.json');
  if (!existsSync(manifestPath)) return [...leaks, 'no manifest.json'];
  const scripts = JSON.parse(readFileSync(manifestPath, 'utf8')).background?.scripts;
  if (JSON.stringify(scripts) !== JSON.stringify(['background.js'])) {
    leaks.push(`background.scripts is ${JSON.stringify(scripts)}`);
  }
  return leaks;
}

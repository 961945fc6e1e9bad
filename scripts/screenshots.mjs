/**
 * `npm run screenshots`: runs the popup-state e2e (test/e2e/popup-states.e2e.ts, a fresh
 * release build in real Chromium, English and Spanish) and copies the screenshots it always
 * writes to artifacts/screenshots/ — popup-<lang>-<state>-<light|dark>.png — into
 * docs/screenshots/, replacing the earlier popup set there. Exits with the e2e's status (the
 * pictures are copied either way: a failing check is easier to judge with them).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const from = join(root, 'artifacts', 'screenshots');
const to = join(root, 'docs', 'screenshots');
const SHOT = /^popup-(en|es)-[a-zA-Z]+-(light|dark)\.png$/;

mkdirSync(from, { recursive: true });
for (const file of readdirSync(from, { withFileTypes: true })) {
  if (file.isFile() && SHOT.test(file.name)) rmSync(join(from, file.name));
}
const e2e = spawnSync(process.execPath, [join(root, 'scripts', 'e2e.mjs'), 'popup-states'], {
  cwd: root,
  stdio: 'inherit',
});
const shots = readdirSync(from).filter((f) => SHOT.test(f));
if (shots.length === 0) {
  console.log('screenshots: the e2e wrote none; docs/screenshots/ left as it was');
  process.exit(1);
}
for (const old of readdirSync(to).filter((f) => f.startsWith('popup-'))) rmSync(join(to, old));
for (const file of shots) copyFileSync(join(from, file), join(to, file));
console.log(`screenshots: ${shots.length} popup screenshots copied to docs/screenshots/`);
process.exit(e2e.status ?? 1);

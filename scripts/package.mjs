/**
 * `npm run package`: store-ready packages in web-ext-artifacts/.
 *
 *   icecycle-<version>-chrome.zip    Chrome Web Store (manifest without the Firefox-only keys)
 *   icecycle-<version>-firefox.zip   addons.mozilla.org (dist/ as built: one manifest for both)
 *   icecycle-<version>-source.zip    the source AMO asks for with bundled code (every file git
 *                                    tracks or would track: `git ls-files -co --exclude-standard`)
 *
 * Steps: release build (`node build.mjs --release`), web-ext build per store, the source archive,
 * then `web-ext lint` (through scripts/lint-ext.mjs, with its allowed-warning list) on the
 * *extracted* Firefox zip, so what is linted is exactly what is uploaded. The version comes from
 * package.json (build.mjs writes it into the manifest). Build instructions for AMO reviewers:
 * store/BUILD-FOR-AMO.md.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'web-ext-artifacts');
const webExtBin = join(root, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** Fixed timestamp in archive entries, so the same tree gives the same bytes. */
const ZIP_DATE = new Date('2020-01-01T00:00:00Z');

function run(cmd, args, what) {
  const result = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error(`package: ${what} failed`);
    process.exit(1);
  }
  return result.stdout;
}

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function webExtBuild(sourceDir, filename) {
  run(
    process.execPath,
    [
      webExtBin,
      'build',
      '--source-dir',
      sourceDir,
      '--artifacts-dir',
      outDir,
      '--filename',
      filename,
      '--overwrite-dest',
      '--no-input',
      '--no-config-discovery',
    ],
    `web-ext build ${filename}`,
  );
  return join(outDir, filename);
}

/** Chrome ignores (and warns about) background.scripts and browser_specific_settings. */
function chromeManifest(manifest) {
  const { browser_specific_settings: _firefoxOnly, ...rest } = manifest;
  const { scripts: _eventPage, ...background } = manifest.background;
  return { ...rest, background };
}

async function zipFiles(snapshot, target) {
  const zip = new JSZip();
  for (const [file, data] of snapshot) {
    zip.file(file, data, { date: ZIP_DATE, createFolders: false });
  }
  const data = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'UNIX',
  });
  writeFileSync(target, data);
}

async function extract(zipFile, dir) {
  const zip = await JSZip.loadAsync(readFileSync(zipFile));
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const target = join(dir, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }
}

/** The repository's files (tracked, or untracked but not ignored), as on disk. */
function listSources() {
  return run(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    'git ls-files',
  )
    .split('\0')
    .filter((f) => f !== '' && existsSync(join(root, f)) && statSync(join(root, f)).isFile())
    .sort();
}

// 0. Snapshot the sources first: the source archive must be exactly what the build read.
const listed = listSources();
if (!listed.includes('package-lock.json') || !listed.includes('build.mjs')) {
  console.error('package: the source list lacks package-lock.json or build.mjs');
  process.exit(1);
}
const snapshot = new Map(listed.map((f) => [f, readFileSync(join(root, f))]));

// 1. Release build.
run(process.execPath, ['build.mjs', '--release', '--quiet'], 'the release build');
const dist = join(root, 'dist');
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
if (manifest.version !== version) {
  console.error(
    `package: dist/manifest.json has version ${manifest.version}, package.json ${version}`,
  );
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'icecycle-package-'));

try {
  // 2. Store zips.
  const firefoxZip = webExtBuild(dist, `icecycle-${version}-firefox.zip`);
  const chromeDir = join(work, 'chrome');
  cpSync(dist, chromeDir, { recursive: true });
  writeFileSync(
    join(chromeDir, 'manifest.json'),
    `${JSON.stringify(chromeManifest(manifest), null, 2)}\n`,
  );
  const chromeZip = webExtBuild(chromeDir, `icecycle-${version}-chrome.zip`);

  // 3. Source archive for AMO, from the snapshot; refuse if a file changed during the build.
  const changed = listSources().filter(
    (f) => !snapshot.has(f) || !snapshot.get(f).equals(readFileSync(join(root, f))),
  );
  if (changed.length > 0) {
    const some = changed.slice(0, 5).join(', ');
    console.error(`package: sources changed while packaging (${some}); run it again`);
    process.exit(1);
  }
  const sourceZip = join(outDir, `icecycle-${version}-source.zip`);
  await zipFiles(snapshot, sourceZip);

  // 4. Lint exactly what goes to AMO.
  const extracted = join(work, 'firefox-extracted');
  await extract(firefoxZip, extracted);
  const lint = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'lint-ext.mjs'), '--source-dir', extracted],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (lint.status !== 0) {
    console.error('package: web-ext lint failed on the Firefox zip');
    process.exit(1);
  }

  for (const file of [chromeZip, firefoxZip, sourceZip]) {
    const kb = (statSync(file).size / 1024).toFixed(1);
    console.log(`${file.slice(root.length + 1)}  ${kb} KiB  sha256 ${sha256(file)}`);
  }
  console.log(
    `source archive: ${listed.length} files; build steps for reviewers: store/BUILD-FOR-AMO.md`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

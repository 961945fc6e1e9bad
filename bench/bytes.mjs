/**
 * Section 1: bytes of each release output against the floor — Preact's own runtime (render + h +
 * the hooks the views import), bundled from the installed package with the build's own esbuild
 * options for a view (build/bundle.mjs) and compressed the same way.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { esbuildOptions } from '../build/bundle.mjs';

/** What each page loads: its script and its stylesheet (if the build emitted one). */
const OUTPUTS = [
  ['background', ['background.js'], 16],
  ['popup', ['popup.js', 'popup.css'], 20],
  ['options', ['options.js', 'options.css'], 24],
  ['welcome', ['welcome.js', 'welcome.css'], 24],
  ['guide', ['guide.js', 'guide.css'], 24],
  ['offscreen', ['offscreen.js'], 24],
];

export function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** Named imports from preact/hooks anywhere in src (what the views really pull in). */
export function hooksUsed(srcDir) {
  const names = new Set();
  const walk = (dir) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(d.name)) {
        const text = readFileSync(full, 'utf8');
        for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]preact\/hooks['"]/g)) {
          for (const n of m[1].split(',')) {
            const name = n.replace(/^\s*type\s+/, '').trim();
            if (name && !/^type\s/.test(n.trim())) names.add(name);
          }
        }
      }
    }
  };
  walk(srcDir);
  return [...names].sort();
}

/**
 * The build's own esbuild options (build/bundle.mjs) for a release bundle of `entry`, kept in
 * memory: a view entry (.tsx) gets the views' JSX and Preact settings, any other the ones every
 * bundle shares. Callers set where from and where to (entryPoints, outdir or outfile).
 */
export function releaseOptions(root, entry) {
  const { entryPoints, outdir, entryNames, metafile, ...options } = esbuildOptions(
    entry,
    '',
    false,
  );
  return { ...options, absWorkingDir: root, write: false };
}

/** The floor bundle, also served as floor.html's script in the Chromium run. */
export const FLOOR_JS = 'preact-floor.out.js';

async function floorBytes(root, tmp, hooks) {
  // A .tsx entry: bundled as a view is (Preact's renamed private fields, the JSX shim).
  const file = join(tmp, 'preact-floor.tsx');
  // Every import is used, so nothing is tree-shaken away that the views would keep.
  const hookImport = hooks.length ? `import { ${hooks.join(', ')} } from 'preact/hooks';` : '';
  writeFileSync(
    file,
    `import { h, render } from 'preact';\n${hookImport}\n` +
      `globalThis.__floor = [${hooks.join(', ')}];\n` +
      `render(h('p', { id: 'floor' }, 'IceCycle'), document.body);\n`,
  );
  const result = await esbuild.build({
    ...releaseOptions(root, { out: 'preact-floor', source: 'preact-floor.tsx' }),
    entryPoints: [file],
    nodePaths: [join(root, 'node_modules')],
    outfile: join(tmp, FLOOR_JS),
  });
  const code = result.outputFiles[0].contents;
  writeFileSync(join(tmp, FLOOR_JS), code);
  return code;
}

export async function measureBytes({ root, dist, tmp }) {
  const hooks = hooksUsed(join(root, 'src'));
  const floorCode = await floorBytes(root, tmp, hooks);
  const floor = sizes(floorCode);
  const preactVersion = JSON.parse(
    readFileSync(join(root, 'node_modules/preact/package.json'), 'utf8'),
  ).version;
  const outputs = [];
  for (const [name, files, budgetKiB] of OUTPUTS) {
    const present = files.filter((f) => existsSync(join(dist, f)));
    if (present.length === 0) continue;
    const parts = present.map((f) => ({ file: f, ...sizes(readFileSync(join(dist, f))) }));
    const sum = (k) => parts.reduce((a, p) => a + p[k], 0);
    outputs.push({
      name,
      files: parts,
      raw: sum('raw'),
      gzip: sum('gzip'),
      brotli: sum('brotli'),
      budgetGzip: budgetKiB * 1024,
      gzipVsFloor: sum('gzip') / floor.gzip,
    });
  }
  const locales = sizes(readFileSync(join(dist, '_locales/en/messages.json')));
  return { floor: { ...floor, preact: preactVersion, hooks }, outputs, locales };
}

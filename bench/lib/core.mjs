/** Bundles src/core to a temporary ES module and imports it (Node 20 cannot run TypeScript). */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export async function loadCore(root, tmp) {
  const outfile = join(tmp, 'core.mjs');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [join(root, 'src/core/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  return import(pathToFileURL(outfile).href);
}

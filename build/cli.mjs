/** The command line (`node build.mjs [options]`, see build.mjs) and the build's log. */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fail, root } from './common.mjs';

const USAGE =
  'usage: node build.mjs [--release|--dev] [--watch] [--outdir DIR] [--allow-missing] [--analyze]';

export function parseCli(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        release: { type: 'boolean', default: false },
        dev: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        outdir: { type: 'string' },
        'allow-missing': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        analyze: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    fail(`${error.message}\n${USAGE}`);
  }
  const v = parsed.values;
  if (v.release && v.dev) fail('choose one of --release and --dev');
  // Release is the default; --watch alone means a dev build, since that is what watching is for.
  const dev = v.dev || (v.watch && !v.release && process.env.NODE_ENV !== 'production');
  return {
    dev,
    watch: v.watch,
    outdir: resolve(process.cwd(), v.outdir ?? join(root, 'dist')),
    allowMissing: v['allow-missing'],
    quiet: v.quiet,
    analyze: v.analyze,
  };
}

export function makeLog(quiet) {
  return {
    info: (m) => quiet || console.log(m),
    warn: (m) => console.warn(`warning: ${m}`),
    error: (m) => console.error(`build failed: ${m}`),
    raw: (m) => process.stderr.write(m),
  };
}

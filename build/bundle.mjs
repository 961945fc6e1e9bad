/** One esbuild bundle per entry (entries.mjs), with the options every bundle shares. */
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { builtAt } from './built-at.mjs';
import { fail, readJson, root } from './common.mjs';

/** Supplies the classic JSX factory to every view bundle (see esbuildOptions). */
const JSX_SHIM = 'src/shared/jsx-shim.ts';

/**
 * webextension-polyfill is CommonJS. `import polyfill from 'webextension-polyfill'` (in
 * src/shared/browser.ts) would make esbuild wrap its exports in an ES-module copy (`__toESM`),
 * which visits every namespace of the native `browser` object it passes through: measured ~2 ms
 * of main-thread time per page load in Chromium 156 (bench, "CPU in popup.js"), and each visit
 * makes Chromium set up that API's bindings. Here the import is served by a one-line ES module
 * that `require`s the package, which esbuild bundles as a plain call. Same object, no copy.
 */
const PLAIN_POLYFILL = {
  name: 'plain-polyfill',
  setup(build) {
    build.onResolve({ filter: /^webextension-polyfill$/ }, (args) =>
      args.namespace === 'plain-polyfill'
        ? undefined
        : { path: 'webextension-polyfill', namespace: 'plain-polyfill' },
    );
    build.onLoad({ filter: /.*/, namespace: 'plain-polyfill' }, () => ({
      contents: "export default require('webextension-polyfill');",
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/** tsconfig.json as esbuild should read it for view bundles: everything but JSX as written. */
function classicJsxTsconfig() {
  const tsconfig = readJson(join(root, 'tsconfig.json'), 'tsconfig.json');
  const { jsxImportSource: _unused, ...compilerOptions } = tsconfig.compilerOptions ?? {};
  return {
    ...tsconfig,
    compilerOptions: {
      ...compilerOptions,
      jsx: 'react',
      jsxFactory: '__h',
      jsxFragmentFactory: '__F',
    },
  };
}

export function esbuildOptions(entry, outdir, dev) {
  return {
    absWorkingDir: root,
    entryPoints: { [entry.out]: join(root, entry.source) },
    outdir,
    entryNames: '[name]',
    assetNames: 'assets/[name]-[hash]',
    bundle: true,
    format: 'iife',
    platform: 'browser',
    splitting: false,
    target: ['chrome120', 'firefox128'],
    // Classic JSX: `__h(tag, props, ...children)` straight into Preact's `h`, which is smaller
    // than the automatic runtime's `jsx()` wrapper (~140 B gzip off the popup).
    // Only .tsx entries (views) get the shim. Type checking and vitest keep the automatic runtime
    // (tsconfig.json, vitest.config.ts); both produce the same Preact vnodes.
    ...(entry.source.endsWith('.tsx') && {
      jsx: 'transform',
      jsxFactory: '__h',
      jsxFragment: '__F',
      inject: [join(root, JSX_SHIM)],
      // esbuild lets tsconfig.json's "jsx": "react-jsx" win over the `jsx` option above, so the
      // bundle gets the project's tsconfig with only its JSX mode changed.
      tsconfigRaw: classicJsxTsconfig(),
      // Preact's private fields ship already renamed to `__x` (its mangle.json) so that bundlers
      // can shorten them further; only Preact uses such names here, and esbuild never renames
      // one onto a property name the bundle uses otherwise. ~50 B gzip off the popup.
      mangleProps: /^__[a-zA-Z]$/,
    }),
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    charset: 'utf8',
    legalComments: dev ? 'inline' : 'eof',
    define: {
      'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production'),
      // A clock reading earlier than this is wrong (src/shared/built-at.ts).
      __ICECYCLE_BUILT_AT__: String(builtAt()),
    },
    loader: { '.png': 'file', '.svg': 'file', '.woff2': 'file', '.ogg': 'file', '.mp3': 'file' },
    metafile: true,
    logLevel: 'silent',
    plugins: [PLAIN_POLYFILL],
  };
}

function formatMessages(kind, messages) {
  return esbuild.formatMessagesSync(messages, { kind, color: process.stderr.isTTY }).join('');
}

/** Bundles one entry; esbuild errors become one readable BuildError. */
export async function bundle(entry, outdir, dev, log) {
  try {
    const result = await esbuild.build(esbuildOptions(entry, outdir, dev));
    if (result.warnings.length > 0) log.raw(formatMessages('warning', result.warnings));
    return result;
  } catch (error) {
    if (Array.isArray(error.errors) && error.errors.length > 0) {
      fail(`bundling "${entry.out}" failed:\n${formatMessages('error', error.errors)}`);
    }
    throw error;
  }
}

/** What each bundle is made of, largest inputs first (`--analyze`). */
export function analyze(result) {
  return esbuild.analyzeMetafile(result.metafile, { color: process.stdout.isTTY });
}

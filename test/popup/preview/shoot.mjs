/**
 * Draws every popup state in Chromium at 380 px wide, light and dark, English and Spanish:
 * prints each document's height and saves screenshots. A design tool, not a test (the real
 * extension's popup is measured by the e2e suite).
 *
 *   node test/popup/preview/shoot.mjs [outDir] [stateName…]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const here = import.meta.dirname;
const out = process.argv[2] ?? '/tmp/popup-preview';
const only = process.argv.slice(3);
mkdirSync(out, { recursive: true });
/** The page is not an extension page: the polyfill (which throws there) is an empty object. */
const noPolyfill = {
  name: 'no-polyfill',
  setup(b) {
    b.onResolve({ filter: /^webextension-polyfill$/ }, () => ({ path: 'stub', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default {};' }));
  },
};
await build({
  entryPoints: [join(here, 'entry.tsx')],
  bundle: true,
  outdir: out,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  plugins: [noPolyfill],
  logLevel: 'warning',
});
// The state names, from the same module the page draws.
await build({
  entryPoints: [join(here, 'states.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  plugins: [noPolyfill],
  outfile: join(out, 'states.mjs'),
  logLevel: 'warning',
});
const { popupStates } = await import(join(out, 'states.mjs'));
const names = popupStates().map((state) => state.name);

function locale(lang) {
  const dir = join(here, '..', '..', '..', 'src', '_locales', lang);
  return Object.assign(
    {},
    ...readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8'))),
  );
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const lang of ['en', 'es']) {
  const messages = locale(lang);
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({
      viewport: { width: 380, height: 100 },
      colorScheme: scheme,
    });
    for (const name of names.filter((n) => !only.length || only.includes(n))) {
      const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="stylesheet" href="entry.css"></head><body><div id="app"></div><script>window.messages=${JSON.stringify(messages)};window.stateName=${JSON.stringify(name)}</script><script src="entry.js"></script></body></html>`;
      writeFileSync(join(out, 'index.html'), html);
      await page.goto(`file://${join(out, 'index.html')}`);
      await page.locator('main').waitFor();
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.screenshot({
        path: join(out, `popup-${name}-${scheme}-${lang}.png`),
        fullPage: true,
      });
      if (scheme === 'light') console.log(`${lang} ${name.padEnd(10)} ${height}px`);
    }
    await page.close();
  }
}
await browser.close();

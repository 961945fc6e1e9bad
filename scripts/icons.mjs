/**
 * Draws icons/icon-<size>.png from icons/icon.svg with headless Chromium (`npm run icons`).
 * The PNGs are committed, so the build itself never needs a browser.
 *
 *   node scripts/icons.mjs                      write icons/icon-{16,32,48,96,128}.png
 *   node scripts/icons.mjs --preview out.png    also write a zoomed sheet on light and dark toolbars
 *
 * Small sizes: an SVG attribute `data-max<N>-<attr>` replaces `<attr>` when drawing at N px or less
 * (bolder strokes, no ring track or branch tips at toolbar size, where fine detail only blurs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { locateBrowser } from './lib/find-browser.mjs';

const root = join(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 96, 128];

/** The Chromium to draw with; throws the one-line reason when there is none. */
function chromiumPath() {
  const found = locateBrowser('chromium');
  if ('problem' in found) throw new Error(found.problem);
  return found.path;
}

async function renderPng(page, svg, size) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`,
  );
  await page.evaluate((size) => {
    const el = document.querySelector('svg');
    el.setAttribute('width', String(size));
    el.setAttribute('height', String(size));
    el.style.display = 'block';
    // data-max<N>-<attr> applies when size <= N; the smallest N is applied last, so it wins.
    const rules = [];
    for (const node of document.querySelectorAll('svg *')) {
      for (const { name, value } of [...node.attributes]) {
        const m = /^data-max(\d+)-(.+)$/.exec(name);
        if (m && size <= Number(m[1])) rules.push({ node, max: Number(m[1]), attr: m[2], value });
      }
    }
    rules.sort((a, b) => b.max - a.max);
    for (const r of rules) r.node.setAttribute(r.attr, r.value);
  }, size);
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

async function renderPreview(page, pngs) {
  const cell = (bg, size) =>
    `<div style="background:${bg};padding:8px;display:inline-block;vertical-align:top">` +
    `<img style="width:${size <= 48 ? size * 8 : size * 2}px;image-rendering:pixelated" src="data:image/png;base64,${pngs.get(size).toString('base64')}"></div>`;
  const row = (bg) => `<div>${SIZES.map((s) => cell(bg, s)).join('')}</div>`;
  await page.setViewportSize({ width: 1000, height: 400 });
  await page.setContent(
    `<body style="margin:0">${row('#ffffff')}${row('#3c3c3c')}${row('#202124')}</body>`,
  );
  return page.screenshot({ fullPage: true });
}

async function main() {
  const { values } = parseArgs({ options: { preview: { type: 'string' } } });
  const svg = readFileSync(join(root, 'icons', 'icon.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const pngs = new Map();
    for (const size of SIZES) {
      const png = await renderPng(page, svg, size);
      pngs.set(size, png);
      writeFileSync(join(root, 'icons', `icon-${size}.png`), png);
      console.log(`icons/icon-${size}.png  ${png.length} bytes`);
    }
    if (values.preview) {
      const out = resolve(process.cwd(), values.preview);
      writeFileSync(out, await renderPreview(page, pngs));
      console.log(`preview: ${out}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`icons failed: ${error.message}`);
  process.exitCode = 1;
});

/**
 * Section 7: what webextension-polyfill costs (issue 12). Every entry as shipped, against the same
 * entry bundled with the build's options but the polyfill swapped for a one-line pass-through of the
 * native namespace (how the code reached the browser before) — for bytes; then in Chromium, both
 * variants side by side, the popup's opening and a stopped worker's start (a message from a page
 * wakes it: time to the first reply).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ENTRIES } from '../build.mjs';
import { releaseOptions, sizes } from './bytes.mjs';
import { launch } from './chromium/launch.mjs';
import { openOnce } from './chromium/popup-open.mjs';
import { summary } from './lib/stats.mjs';

/** The polyfill replaced by what it passes through on Firefox and Chromium ≥ 148. */
const PASS_THROUGH = {
  name: 'polyfill-pass-through',
  setup(build) {
    build.onResolve({ filter: /^webextension-polyfill$/ }, () => ({
      path: 'webextension-polyfill',
      namespace: 'pass-through',
    }));
    build.onLoad({ filter: /.*/, namespace: 'pass-through' }, () => ({
      contents: 'export default globalThis.browser ?? globalThis.chrome;',
      loader: 'js',
    }));
  },
};

/** One entry as shipped, but with the polyfill swapped for the pass-through. */
async function bundleWithout(root, entry) {
  const result = await esbuild.build({
    ...releaseOptions(root, entry),
    entryPoints: { [entry.out]: join(root, entry.source) },
    outdir: 'out',
    entryNames: '[name]',
    plugins: [PASS_THROUGH],
  });
  const js = result.outputFiles.find((f) => f.path.endsWith(`${entry.out}.js`));
  if (!js) throw new Error(`no ${entry.out}.js from esbuild`);
  return js.contents;
}

/**
 * Two copies of `extDir` (the release build and the bench's blank page): "with" is the build as
 * shipped, "without" has every entry's script rebuilt with the pass-through. Returns both folders
 * and the gzip bytes of each script.
 */
export async function buildPolyfillVariants({ root, extDir, tmp }) {
  const dirs = { with: join(tmp, 'ext-with-polyfill'), without: join(tmp, 'ext-without-polyfill') };
  for (const dir of Object.values(dirs)) cpSync(extDir, dir, { recursive: true });
  const bytes = [];
  for (const entry of ENTRIES) {
    const file = `${entry.out}.js`;
    const without = await bundleWithout(root, entry);
    writeFileSync(join(dirs.without, file), without);
    bytes.push({
      name: entry.out,
      with: sizes(readFileSync(join(extDir, file))).gzip,
      without: sizes(without).gzip,
    });
  }
  return { dirs, bytes };
}

/** A page of `ext` that can stop its worker and time a message to it. */
async function workerProbe(ext) {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  await page.goto(ext.url('blank.html'));
  await cdp.send('ServiceWorker.enable');
  const ask = () =>
    page.evaluate(async () => {
      const t0 = performance.now();
      const reply = await chrome.runtime.sendMessage({ type: 'getState' });
      if (!reply?.ok) throw new Error(`getState failed: ${JSON.stringify(reply)}`);
      return performance.now() - t0;
    });
  return {
    /** Stops the worker, then times a message until the woken worker replies; then a warm one. */
    async startAndAsk() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      const cold = await ask();
      return { cold, warm: await ask() };
    },
  };
}

/**
 * Both variants in two Chromiums at once, measured in turns (the order swapping each round), so
 * a change in the machine's load hits both alike: popup opening (idle) and worker starts.
 */
export async function measurePolyfillTiming(dirs, { runs, selector, warmup = 2 }) {
  const variants = Object.keys(dirs);
  const exts = {};
  const series = {};
  try {
    for (const v of variants) {
      exts[v] = await launch(dirs[v]);
      series[v] = { probe: await workerProbe(exts[v]), frame: [], fcp: [], cold: [], warm: [] };
    }
    for (let i = 0; i < warmup + runs; i++) {
      const order = i % 2 ? [...variants].reverse() : variants;
      for (const v of order) {
        const s = series[v];
        const open = await openOnce(exts[v], 'popup.html', selector);
        const start = await s.probe.startAndAsk();
        if (i < warmup) continue;
        s.frame.push(open.frame);
        s.fcp.push(open.fcp);
        s.cold.push(start.cold);
        s.warm.push(start.warm);
      }
    }
  } finally {
    for (const ext of Object.values(exts)) await ext.close();
  }
  const out = {};
  for (const v of variants) {
    const s = series[v];
    out[v] = {
      popup: { frame: summary(s.frame), fcp: summary(s.fcp) },
      worker: { cold: summary(s.cold), warm: summary(s.warm) },
    };
  }
  return out;
}

const ms = (v) => (v === null || v === undefined ? '–' : `${v.toFixed(1)} ms`);
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : null);

/** The bench table's rows for section 7. */
export function polyfillRows(p) {
  if (!p) return [];
  const rows = p.bytes.map((b) => [
    '7 polyfill',
    `${b.name} js gzip: with polyfill / without (pass-through)`,
    `+${b.with - b.without} B gz`,
    `${b.with} / ${b.without} B gz`,
    ratio(b.with, b.without),
    '',
  ]);
  const t = p.timing;
  if (!t) return rows;
  const timed = (label, pick) => {
    const a = pick(t.with);
    const b = pick(t.without);
    return [
      '7 polyfill',
      `${label}, median (p95): with / without`,
      `${ms(a.median)} (${ms(a.p95)})`,
      `without ${ms(b.median)} (${ms(b.p95)})`,
      ratio(a.median, b.median),
      '',
    ];
  };
  rows.push(
    timed('popup idle: first frame with real state', (v) => v.popup.frame),
    timed('popup idle: first contentful paint', (v) => v.popup.fcp),
    timed(
      `worker stopped → first reply (start + getState), n=${t.with.worker.cold.n}`,
      (v) => v.worker.cold,
    ),
    timed('worker running → reply (getState)', (v) => v.worker.warm),
  );
  return rows;
}

/**
 * Section 2, the popup's own work: main-thread CPU spent in popup.js (and in what it calls:
 * DOM, style and layout it forces, extension APIs) from navigation until the first frame with
 * the real state (the profiler stops one animation frame and a CDP round trip later, so a little
 * of what follows is counted too), from V8's sampling profiler (CDP `Profiler`, 50 µs). Wall-clock opening time
 * is mostly the browser making an extension page (a blank page pays most of it), so it swings
 * with machine load; this figure counts only what the popup's code costs, and swings less (still with load: the JSON keeps every figure).
 * Profiling slows a page, so these opens are separate from the timed ones.
 */
import { median, medianInterval, summary } from '../lib/stats.mjs';

/** Milliseconds of samples whose stack holds a frame of `script` (inclusive time). */
function inclusiveMs(profile, script) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map();
  const isOurs = (id) => {
    if (ours.has(id)) return ours.get(id);
    const node = byId.get(id);
    const up = parent.get(id);
    const value = node.callFrame.url.endsWith(`/${script}`) || (up !== undefined && isOurs(up));
    ours.set(id, value);
    return value;
  };
  let us = 0;
  profile.samples.forEach((id, k) => {
    // timeDeltas[k + 1] is how long sample k lasted (the first delta precedes it).
    if (isOurs(id)) us += profile.timeDeltas[k + 1] ?? 0;
  });
  return us / 1000;
}

async function profileOnce(target, selector) {
  const page = await target.context.newPage();
  try {
    const cdp = await target.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await page.setViewportSize({ width: 380, height: 640 });
    await cdp.send('Profiler.start');
    await page.goto(target.url('popup.html'));
    await page.waitForSelector(selector, { timeout: 5_000 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
    const { profile } = await cdp.send('Profiler.stop');
    return inclusiveMs(profile, 'popup.js');
  } finally {
    await page.close();
  }
}

/**
 * `runs` profiled opens of today's popup and (with `before`: { ext, selector }) the earlier one,
 * alternating, after `warmup` discarded rounds. Returns summaries and the paired ratio.
 */
export async function measurePopupCpu(ext, { selector, runs = 20, warmup = 3, before = null }) {
  const today = [];
  const earlier = [];
  for (let i = 0; i < warmup + runs; i++) {
    const order = before && i % 2 ? ['before', 'today'] : ['today', 'before'];
    const got = {};
    for (const which of order) {
      if (which === 'today') got.today = await profileOnce(ext, selector);
      else if (before) got.before = await profileOnce(before.ext, before.selector);
    }
    if (i < warmup) continue;
    today.push(got.today);
    if (before) earlier.push(got.before);
  }
  const out = { today: summary(today) };
  if (before) {
    const paired = today.map((v, k) => v / earlier[k]);
    out.before = summary(earlier);
    out.ratio = {
      median: median(paired),
      interval: medianInterval(paired),
    };
  }
  return out;
}

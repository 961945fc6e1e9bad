/**
 * Section 2: opening the popup page from a cold tab (a new page each time), against a blank
 * extension page in the same run. Times are from the page's time origin (navigation start):
 * first contentful paint, and the first animation frame after the element that shows the real
 * state (the Start button, the countdown) entered the DOM.
 */
import { median, medianInterval, summary } from '../lib/stats.mjs';

/** Runs in the page before its own scripts (addInitScript): self-contained, no outer names. */
function observe(selector) {
  const state = { fcp: null, markAt: null, frameAt: null, batchesAfterMark: 0 };
  const w = window;
  w.__icecycleBench = state;
  state.done = new Promise((resolve) => {
    const finish = () => {
      if (state.fcp !== null && state.frameAt !== null) {
        const nav = performance.getEntriesByType('navigation')[0];
        resolve({
          fcp: state.fcp,
          mark: state.markAt,
          frame: state.frameAt,
          domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        });
      }
    };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'first-contentful-paint') {
          state.fcp = e.startTime;
          finish();
        }
      }
    }).observe({ type: 'paint', buffered: true });
    const check = () => {
      if (state.markAt !== null) {
        state.batchesAfterMark += 1;
        return;
      }
      if (!document.querySelector(selector)) return;
      state.markAt = performance.now();
      requestAnimationFrame(() => {
        state.frameAt = performance.now();
        finish();
      });
    };
    new MutationObserver(check).observe(document, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    check();
  });
}

/** Counts DOM mutation batches (≈ renders that changed something) over `ms`. */
function countRenders(ms) {
  return new Promise((resolve) => {
    let batches = 0;
    let records = 0;
    const mo = new MutationObserver((list) => {
      batches += 1;
      records += list.length;
    });
    mo.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    setTimeout(() => {
      mo.disconnect();
      resolve({ batches, records });
    }, ms);
  });
}

export async function openOnce(ext, path, selector) {
  // ext: a launched extension or one of its `others` (context + url).
  const page = await ext.context.newPage();
  try {
    await page.setViewportSize({ width: 380, height: 640 });
    await page.addInitScript(observe, selector);
    await page.goto(ext.url(path));
    const result = await Promise.race([
      page.evaluate(() => window.__icecycleBench.done),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`${path}: no "${selector}" within 5 s`)), 5_000),
      ),
    ]);
    return result;
  } finally {
    await page.close();
  }
}

const series = () => ({ fcp: [], frame: [], dcl: [], dclToMark: [], paintedBeforeState: 0 });

function add(into, r) {
  // A paint before the real state is in the DOM is a loading flash (e.g. an empty shell).
  if (r.fcp < r.mark) into.paintedBeforeState += 1;
  into.fcp.push(r.fcp);
  into.frame.push(r.frame);
  into.dcl.push(r.domContentLoaded);
  // Negative when the marker is in the HTML (blank): it exists before the DOM is complete.
  into.dclToMark.push(r.mark - r.domContentLoaded);
}

function summarise(s, withState) {
  const out = { fcp: summary(s.fcp), frame: summary(s.frame), domContentLoaded: summary(s.dcl) };
  if (!withState) return out;
  return {
    ...out,
    domContentLoadedToState: summary(s.dclToMark),
    paintedBeforeState: s.paintedBeforeState,
  };
}

/** The popup against its own extension's blank page: medians (and the first frame's p95). */
function ratios(popup, blank) {
  return {
    fcpMedian: popup.fcp.median / blank.fcp.median,
    frameMedian: popup.frame.median / blank.frame.median,
    frameP95: popup.frame.p95 / blank.frame.p95,
  };
}

/**
 * Opens popup, blank (and the Preact floor page) in turn, `runs` each after a discarded
 * warm-up, for one state. With `before` (another loaded build: { ext, selector }), its popup and
 * its blank page are opened in the same rounds, so both popups meet the same machine load.
 */
export async function measureOpens(
  ext,
  { popupSelector, runs = 30, warmup = 3, floor = false, before = null },
) {
  const targets = [
    ['popup', ext, 'popup.html', popupSelector],
    ['blank', ext, 'blank.html', '#blank'],
  ];
  if (floor) targets.push(['floor', ext, 'floor.html', '#floor']);
  if (before) {
    targets.push(['beforePopup', before.ext, 'popup.html', before.selector]);
    targets.push(['beforeBlank', before.ext, 'blank.html', '#blank']);
  }
  const got = Object.fromEntries(targets.map(([key]) => [key, series()]));
  for (let i = 0; i < warmup + runs; i++) {
    // Every other round in reverse order, so no page always follows the same one.
    const order = i % 2 ? [...targets].reverse() : targets;
    for (const [key, target, path, selector] of order) {
      const r = await openOnce(target, path, selector);
      if (i >= warmup) add(got[key], r);
    }
  }
  const out = {
    selector: popupSelector,
    popup: summarise(got.popup, true),
    blank: summarise(got.blank, false),
  };
  if (floor) out.floor = summarise(got.floor, false);
  out.ratio = ratios(out.popup, out.blank);
  if (before) {
    const popup = summarise(got.beforePopup, true);
    const blank = summarise(got.beforeBlank, false);
    out.before = { selector: before.selector, popup, blank, ratio: ratios(popup, blank) };
    // Below 1: today's popup opens faster, relative to a blank page, than the earlier one.
    // The two blank pages are the same file in two extensions, so their difference is noise
    // (a build compared with itself gave 0.79-0.90x over each extension's own blank). Against
    // one common blank reference the reference cancels: the figure is popup over popup.
    // Paired: both popups' first frames in the same round.
    const paired = got.popup.frame.map((frame, k) => frame / got.beforePopup.frame[k]);
    const ownBlanks = got.popup.frame.map(
      (frame, k) =>
        frame / got.blank.frame[k] / (got.beforePopup.frame[k] / got.beforeBlank.frame[k]),
    );
    out.afterVsBefore = {
      frameMedian: out.popup.frame.median / popup.frame.median,
      framePairedMedian: median(paired),
      framePairedInterval: medianInterval(paired),
      ownBlanks: {
        fcpMedian: out.ratio.fcpMedian / out.before.ratio.fcpMedian,
        frameMedian: out.ratio.frameMedian / out.before.ratio.frameMedian,
        framePairedMedian: median(ownBlanks),
      },
    };
  }
  return out;
}

/**
 * DOM update batches in the 900 ms after the real state first showed (a second render on open,
 * e.g. from a background reply or a storage write, shows here), then per second while open.
 */
export async function measureRenderRate(ext, selector, ms) {
  const page = await ext.context.newPage();
  try {
    await page.setViewportSize({ width: 380, height: 640 });
    await page.addInitScript(observe, selector);
    await page.goto(ext.url('popup.html'));
    await page.evaluate(() => window.__icecycleBench.done);
    await page.waitForTimeout(900);
    const afterOpen = await page.evaluate(() => window.__icecycleBench.batchesAfterMark);
    const counted = await page.evaluate(countRenders, ms);
    return {
      ...counted,
      updatesInFirst900ms: afterOpen,
      seconds: ms / 1000,
      perSecond: counted.batches / (ms / 1000),
    };
  } finally {
    await page.close();
  }
}

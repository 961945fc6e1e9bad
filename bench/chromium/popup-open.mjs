/**
 * Section 2: opening the popup page from a cold tab (a new page each time), against a blank
 * extension page in the same run. Times are from the page's time origin (navigation start):
 * first contentful paint, and the first animation frame after the element that shows the real
 * state (the Start button, the countdown) entered the DOM.
 */
import { summary } from '../lib/stats.mjs';

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

/**
 * Opens popup, blank (and the Preact floor page) in turn, `runs` each after a discarded
 * warm-up, for one state.
 */
export async function measureOpens(ext, { popupSelector, runs = 30, warmup = 3, floor = false }) {
  const popup = series();
  const blank = series();
  const floorPage = series();
  for (let i = 0; i < warmup + runs; i++) {
    const p = await openOnce(ext, 'popup.html', popupSelector);
    const b = await openOnce(ext, 'blank.html', '#blank');
    const f = floor ? await openOnce(ext, 'floor.html', '#floor') : null;
    if (i < warmup) continue;
    const pairs = [
      [popup, p],
      [blank, b],
    ];
    if (f) pairs.push([floorPage, f]);
    for (const [into, r] of pairs) {
      // A paint before the real state is in the DOM is a loading flash (e.g. an empty shell).
      if (r.fcp < r.mark) into.paintedBeforeState += 1;
      into.fcp.push(r.fcp);
      into.frame.push(r.frame);
      into.dcl.push(r.domContentLoaded);
      // Negative when the marker is in the HTML (blank): it exists before the DOM is complete.
      into.dclToMark.push(r.mark - r.domContentLoaded);
    }
  }
  const out = {
    selector: popupSelector,
    popup: {
      fcp: summary(popup.fcp),
      frame: summary(popup.frame),
      domContentLoaded: summary(popup.dcl),
      domContentLoadedToState: summary(popup.dclToMark),
      paintedBeforeState: popup.paintedBeforeState,
    },
    blank: {
      fcp: summary(blank.fcp),
      frame: summary(blank.frame),
      domContentLoaded: summary(blank.dcl),
    },
  };
  if (floor) {
    out.floor = {
      fcp: summary(floorPage.fcp),
      frame: summary(floorPage.frame),
      domContentLoaded: summary(floorPage.dcl),
    };
  }
  out.ratio = {
    fcpMedian: out.popup.fcp.median / out.blank.fcp.median,
    frameMedian: out.popup.frame.median / out.blank.frame.median,
    frameP95: out.popup.frame.p95 / out.blank.frame.p95,
  };
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

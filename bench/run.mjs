/**
 * `npm run bench`: IceCycle against its floor, in one run (issue 6). Builds a release into a
 * temporary folder (dist/ is left alone), measures bytes, the engine, wakes, and — in Chromium
 * with the extension loaded — popup opening, the background's handler time, memory and alarm
 * lateness. Prints one table and writes bench/results.json. Ratios compare within one run;
 * absolute times depend on the machine.
 *
 *   node bench/run.mjs [--runs 30] [--skip-browser] [--before 909f68c|none] [--popup-only]
 *
 * --popup-only: bytes, popup opening and popup CPU (with before/after) only, e.g. with more
 * --runs (which sets the timed opens; the CPU series are 20 profiled pairs each).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildOnce } from '../build.mjs';
import { BEFORE_COMMIT, buildBefore } from './before.mjs';
import { FLOOR_JS, measureBytes } from './bytes.mjs';
import { measureAlarmLateness } from './chromium/alarm-lateness.mjs';
import { launch } from './chromium/launch.mjs';
import { measureMemory, workerHeap } from './chromium/memory.mjs';
import { measurePopupCpu } from './chromium/popup-cpu.mjs';
import { measureOpens, measureRenderRate } from './chromium/popup-open.mjs';
import { sendFromPage } from './chromium/seed.mjs';
import { measureWorkerWakes } from './chromium/worker-wakes.mjs';
import { measureEngine } from './engine-cost.mjs';
import { loadCore } from './lib/core.mjs';
import { machineInfo } from './lib/machine.mjs';
import { simulate } from './lib/simulate.mjs';
import { formatTable } from './lib/table.mjs';
import { buildPolyfillVariants, measurePolyfillTiming } from './polyfill-cost.mjs';
import { buildRows } from './rows.mjs';
import { measureWakes } from './wake-count.mjs';

// Local-time rules (quiet hours) must not depend on the machine's zone.
process.env.TZ = 'UTC';

const ROOT = resolve(import.meta.dirname, '..');
const HOUR = 3_600_000;
/**
 * The popup's real state: the Start button (idle) or the countdown (running: a role=timer before
 * issue 9's redesign, the big time line after it), in today's popup and the one at --before.
 */
const SELECTORS = {
  idle: 'main form [type="submit"]',
  running: 'main [role="timer"], main .time',
};
/** Preact's runtime alone rendering one paragraph: what any Preact popup pays. */
const FLOOR_HTML =
  '<!doctype html>\n<html lang="en"><head><meta charset="utf-8" /><title>floor</title>' +
  '<script src="floor.js" defer></script></head><body></body></html>\n';
const BLANK_HTML =
  '<!doctype html>\n<html lang="en"><head><meta charset="utf-8" /><title>blank</title></head>' +
  '<body><p id="blank">IceCycle</p></body></html>\n';

const { values: cli } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' },
    before: { type: 'string', default: BEFORE_COMMIT },
    'skip-browser': { type: 'boolean', default: false },
    'popup-only': { type: 'boolean', default: false },
  },
});
const runs = Number(cli.runs);
const popupOnly = cli['popup-only'];

const timings = {};
async function timed(name, fn) {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    timings[name] = Math.round(performance.now() - t0);
    process.stderr.write(`  ${name}: ${timings[name]} ms\n`);
  }
}

/** HISTORY_CAP entries: the simulated session's own, preceded by older copies of them. */
function fullHistory(logs, cap) {
  if (logs.length === 0) throw new Error('the simulated session logged nothing');
  const span = logs[logs.length - 1].endedAt - logs[0].plannedStartAt + HOUR;
  const older = [];
  for (let k = 1; older.length < cap - logs.length; k++) {
    for (const e of logs) {
      if (older.length >= cap - logs.length) break;
      const shift = (v) => v - k * span;
      older.push({
        ...e,
        sessionId: `bench-old-${k}`,
        plannedStartAt: shift(e.plannedStartAt),
        startedAt: shift(e.startedAt),
        plannedEndAt: shift(e.plannedEndAt),
        endedAt: shift(e.endedAt),
      });
    }
  }
  older.sort((a, b) => a.endedAt - b.endedAt);
  return [...older, ...logs];
}

/** Seeds a running session in one extension with the popup's own messages (any local hour). */
async function seedRunning(target, settings) {
  const page = await target.context.newPage();
  await page.goto(target.url('blank.html'));
  const replies = await sendFromPage(page, [
    { type: 'saveSettings', settings },
    { type: 'start', planId: 'guide', injuryAt: Date.now() },
    { type: 'confirm' },
  ]);
  await page.close();
  if (!replies[2]?.ok || replies[2].value.session?.status !== 'running') {
    throw new Error(`could not seed a running session: ${JSON.stringify(replies)}`);
  }
}

async function browserSections(core, extDir, beforeDir, results) {
  const ext = await timed('chromium launch', () =>
    launch(extDir, { also: beforeDir ? [beforeDir] : [] }),
  );
  const earlier = ext.others[0] ?? null;
  const before = (state) => (earlier ? { ext: earlier, selector: SELECTORS[state] } : null);
  try {
    results.chromium = ext.version;
    const quietOff = {
      ...core.DEFAULT_SETTINGS,
      quietHours: { ...core.DEFAULT_SETTINGS.quietHours, enabled: false },
    };
    if (!popupOnly) {
      results.memoryIdleWorker = await workerHeap(ext);
      results.alarmLateness = await timed('alarm lateness', () => measureAlarmLateness(ext));
    }
    results.popupIdle = await timed('popup opens (idle)', () =>
      measureOpens(ext, {
        popupSelector: SELECTORS.idle,
        runs,
        floor: true,
        before: before('idle'),
      }),
    );
    results.popupCpuIdle = await timed('popup CPU (idle)', () =>
      measurePopupCpu(ext, { selector: SELECTORS.idle, runs: 20, before: before('idle') }),
    );
    if (!popupOnly) results.rendersIdle = await measureRenderRate(ext, SELECTORS.idle, 3_000);
    // A running session whatever the local hour: quiet hours off, then Start and "Ice is on".
    await seedRunning(ext, quietOff);
    if (earlier) await seedRunning(earlier, quietOff);
    results.popupRunning = await timed('popup opens (running)', () =>
      measureOpens(ext, { popupSelector: SELECTORS.running, runs, before: before('running') }),
    );
    results.popupCpuRunning = await timed('popup CPU (running)', () =>
      measurePopupCpu(ext, { selector: SELECTORS.running, runs: 20, before: before('running') }),
    );
    if (earlier) {
      // The earlier build's session would wake its worker every minute during what follows.
      const page = await ext.context.newPage();
      await page.goto(earlier.url('blank.html'));
      await sendFromPage(page, [{ type: 'stop' }]);
      await page.close();
    }
    if (popupOnly) return;
    results.rendersRunning = await measureRenderRate(ext, SELECTORS.running, 5_000);
    results.workerWakes = await timed('worker wakes', () => measureWorkerWakes(ext, 50));
    // 72 h into a 72 h guide plan, every application answered 30 s after its alert.
    const now = Date.now();
    const sim = simulate(core, {
      planId: 'guide',
      settings: { ...quietOff, acuteWindowHours: 72 },
      start: now - 71.5 * HOUR,
      until: now,
    });
    results.memory = await timed('memory', () =>
      measureMemory(ext, {
        session: sim.session,
        history: fullHistory(sim.logs, core.HISTORY_CAP),
        // Any screen of a session: the simulated one may be asking for a pain score.
        popupSelector: 'main h2',
      }),
    );
  } finally {
    await ext.close();
  }
}

async function main() {
  const started = performance.now();
  const tmp = mkdtempSync(join(tmpdir(), 'icecycle-bench-'));
  const results = { machine: null };
  try {
    const dist = join(tmp, 'dist');
    const quiet = {
      info: () => undefined,
      warn: (m) => console.warn(m),
      raw: () => undefined,
      error: console.error,
    };
    await timed('release build', () =>
      buildOnce(
        {
          outdir: dist,
          dev: false,
          watch: false,
          allowMissing: false,
          quiet: true,
          analyze: false,
        },
        quiet,
      ),
    );
    results.bytes = await timed('bytes', () => measureBytes({ root: ROOT, dist, tmp }));
    const core = await loadCore(ROOT, tmp);
    const t0 = Date.UTC(2026, 0, 5, 9, 0);
    if (!popupOnly) {
      results.wakes = await timed('wake simulation', () => measureWakes(core, t0));
      results.engine = await timed('engine', () => measureEngine(core, t0));
      delete results.engine.sink;
    }
    // The page under test and a blank page side by side: test-only files never go in dist/.
    const extDir = join(tmp, 'ext');
    cpSync(dist, extDir, { recursive: true });
    writeFileSync(join(extDir, 'blank.html'), BLANK_HTML);
    writeFileSync(join(extDir, 'floor.html'), FLOOR_HTML);
    cpSync(join(tmp, FLOOR_JS), join(extDir, 'floor.js'));
    const variants = popupOnly
      ? null
      : await timed('polyfill variants', () => buildPolyfillVariants({ root: ROOT, extDir, tmp }));
    if (variants) results.polyfill = { bytes: variants.bytes };
    if (!cli['skip-browser']) {
      let beforeDir = null;
      if (cli.before !== 'none') {
        const built = await timed(`build ${cli.before}`, () => buildBefore(ROOT, tmp, cli.before));
        results.popupBefore = { commit: cli.before, skipped: built.reason };
        if (built.dir) {
          beforeDir = join(tmp, 'ext-before');
          cpSync(built.dir, beforeDir, { recursive: true });
          writeFileSync(join(beforeDir, 'blank.html'), BLANK_HTML);
        }
      }
      await browserSections(core, extDir, beforeDir, results);
      if (variants) {
        results.polyfill.timing = await timed('polyfill timing', () =>
          measurePolyfillTiming(variants.dirs, { runs: 20, selector: SELECTORS.idle }),
        );
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  timings.total = Math.round(performance.now() - started);
  results.machine = machineInfo(results.chromium ?? null);
  results.benchTimingsMs = timings;
  const rows = buildRows(results);
  results.table = rows;
  // A partial run does not replace the full figures.
  const file = popupOnly ? 'results-popup.json' : 'results.json';
  writeFileSync(join(import.meta.dirname, file), `${JSON.stringify(results, null, 2)}\n`);
  const m = results.machine;
  console.log(
    `\nIceCycle bench — ${m.cpu} (${m.cores} cores, ${m.ramGiB} GiB), node ${m.node}, Chromium ${m.chromium}, ${m.date}\n`,
  );
  console.log(formatTable(rows));
  console.log(`\nbench/${file} written; bench took ${(timings.total / 1000).toFixed(1)} s`);
}

await main();

/**
 * `npm run bench`: IceCycle against its floor, in one run (issue 6). Builds a release into a
 * temporary folder (dist/ is left alone), measures bytes, the engine, wakes, and — in Chromium
 * with the extension loaded — popup opening, the background's handler time, memory and alarm
 * lateness. Prints one table and writes bench/results.json. Ratios compare within one run;
 * absolute times depend on the machine.
 *
 *   node bench/run.mjs [--runs 30] [--skip-browser]
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildOnce } from '../build.mjs';
import { FLOOR_JS, measureBytes } from './bytes.mjs';
import { measureAlarmLateness } from './chromium/alarm-lateness.mjs';
import { launch } from './chromium/launch.mjs';
import { measureMemory, workerHeap } from './chromium/memory.mjs';
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
/** The popup's real state: the Start button (idle) or the countdown (running). */
const SELECTORS = { idle: 'main form [type="submit"]', running: 'main [role="timer"]' };
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
    'skip-browser': { type: 'boolean', default: false },
  },
});
const runs = Number(cli.runs);

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

async function browserSections(core, extDir, results) {
  const ext = await timed('chromium launch', () => launch(extDir));
  try {
    results.chromium = ext.version;
    const quietOff = {
      ...core.DEFAULT_SETTINGS,
      quietHours: { ...core.DEFAULT_SETTINGS.quietHours, enabled: false },
    };
    results.memoryIdleWorker = await workerHeap(ext);
    results.alarmLateness = await timed('alarm lateness', () => measureAlarmLateness(ext));
    results.popupIdle = await timed('popup opens (idle)', () =>
      measureOpens(ext, { popupSelector: SELECTORS.idle, runs, floor: true }),
    );
    results.rendersIdle = await measureRenderRate(ext, SELECTORS.idle, 3_000);
    // A running session whatever the local hour: quiet hours off, then Start and "Ice is on".
    const seedPage = await ext.context.newPage();
    await seedPage.goto(ext.url('blank.html'));
    const replies = await sendFromPage(seedPage, [
      { type: 'saveSettings', settings: quietOff },
      { type: 'start', planId: 'guide', injuryAt: Date.now() },
      { type: 'confirm' },
    ]);
    await seedPage.close();
    const seeded = replies[2];
    if (!seeded?.ok || seeded.value.session?.status !== 'running') {
      throw new Error(`could not seed a running session: ${JSON.stringify(replies)}`);
    }
    results.popupRunning = await timed('popup opens (running)', () =>
      measureOpens(ext, { popupSelector: SELECTORS.running, runs }),
    );
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
        popupSelector: SELECTORS.running,
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
    results.wakes = await timed('wake simulation', () => measureWakes(core, t0));
    results.engine = await timed('engine', () => measureEngine(core, t0));
    delete results.engine.sink;
    // The page under test and a blank page side by side: test-only files never go in dist/.
    const extDir = join(tmp, 'ext');
    cpSync(dist, extDir, { recursive: true });
    writeFileSync(join(extDir, 'blank.html'), BLANK_HTML);
    writeFileSync(join(extDir, 'floor.html'), FLOOR_HTML);
    cpSync(join(tmp, FLOOR_JS), join(extDir, 'floor.js'));
    const variants = await timed('polyfill variants', () =>
      buildPolyfillVariants({ root: ROOT, extDir, tmp }),
    );
    results.polyfill = { bytes: variants.bytes };
    if (!cli['skip-browser']) {
      await browserSections(core, extDir, results);
      results.polyfill.timing = await timed('polyfill timing', () =>
        measurePolyfillTiming(variants.dirs, { runs: 20, selector: SELECTORS.idle }),
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  timings.total = Math.round(performance.now() - started);
  results.machine = machineInfo(results.chromium ?? null);
  results.benchTimingsMs = timings;
  const rows = buildRows(results);
  results.table = rows;
  writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const m = results.machine;
  console.log(
    `\nIceCycle bench — ${m.cpu} (${m.cores} cores, ${m.ramGiB} GiB), node ${m.node}, Chromium ${m.chromium}, ${m.date}\n`,
  );
  console.log(formatTable(rows));
  console.log(`\nbench/results.json written; bench took ${(timings.total / 1000).toFixed(1)} s`);
}

await main();

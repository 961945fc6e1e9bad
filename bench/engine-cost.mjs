/**
 * Section 3: the cost of view() and of a wake transition 1 h, 72 h and 30 days into a session.
 * "live": a session kept current by a wake at every alarm (what the background holds); the
 * measured wake is the next alarm. "asleep": started, then nothing until the wake (a machine
 * that slept), manual and auto-start. The 30-day/1-hour ratio near 1 shows O(1). The session is
 * a custom heat plan run "until I stop it" (20 min on, 60 off), the only plan still running after
 * 30 days: the heat preset ends 3 days after Start.
 */
import { simulate } from './lib/simulate.mjs';
import { median } from './lib/stats.mjs';

const HOUR = 3_600_000;
export const HORIZONS = [
  ['1h', HOUR],
  ['72h', 72 * HOUR],
  ['30d', 30 * 24 * HOUR],
];

let sink = 0;

/**
 * Median ns/op per case. Each case is warmed up and sized to ~`batchMs` per batch; batches of
 * all cases are interleaved so JIT tiering and machine noise fall on every case alike.
 */
export function timeAll(fns, { batches = 15, batchMs = 15, warmMs = 40 } = {}) {
  const sized = {};
  for (const [name, fn] of Object.entries(fns)) {
    const warmEnd = performance.now() + warmMs;
    let n = 0;
    while (performance.now() < warmEnd) {
      sink ^= fn() ? 1 : 0;
      n += 1;
    }
    sized[name] = { fn, iterations: Math.max(100, Math.ceil(batchMs / (warmMs / n))), samples: [] };
  }
  for (let b = 0; b < batches; b++) {
    for (const c of Object.values(sized)) {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < c.iterations; i++) sink ^= c.fn() ? 1 : 0;
      c.samples.push(Number(process.hrtime.bigint() - t0) / c.iterations);
    }
  }
  const out = {};
  for (const [name, c] of Object.entries(sized)) {
    const ns = median(c.samples);
    out[name] = { nsPerOp: ns, perSecond: 1e9 / ns, iterations: c.iterations, batches };
  }
  return out;
}

/** Custom heat with no end: what a 30-day-old session can be. */
const OPEN_HEAT = { modality: 'heat', applyMinutes: 20, restMinutes: 60, windowHours: null };

export function measureEngine(core, t0) {
  // Quiet hours off so the live session keeps cycling through the night; defaults otherwise.
  const base = {
    ...core.DEFAULT_SETTINGS,
    quietHours: { ...core.DEFAULT_SETTINGS.quietHours, enabled: false },
  };
  const auto = { ...base, autoStart: true };
  const wake = { type: 'wake' };
  const fns = {};
  const steps = {};
  for (const [label, ms] of HORIZONS) {
    const live = simulate(core, {
      planId: 'custom',
      custom: OPEN_HEAT,
      settings: base,
      start: t0,
      until: t0 + ms,
    });
    if (live.session?.status === 'done') throw new Error(`the ${label} session has ended`);
    const s = live.session;
    const nextAlarm = core.nextWakeAt(s, live.end, base) ?? live.end + 60_000;
    const asleep = (settings) => {
      let r = core.transition(
        null,
        { type: 'start', planId: 'custom', custom: OPEN_HEAT, injuryAt: t0, id: 'b' },
        t0,
        settings,
      );
      if (r.session.status === 'due')
        r = core.transition(r.session, { type: 'confirm' }, t0, settings);
      return r.session;
    };
    const manual = asleep(base);
    const autoS = asleep(auto);
    const at = t0 + ms;
    steps[label] = s.stepIndex;
    fns[`${label}.view`] = () => core.view(s, nextAlarm - 1).remainingMs;
    fns[`${label}.wakeLive`] = () => core.transition(s, wake, nextAlarm, base).effects.length;
    fns[`${label}.wakeAsleepManual`] = () => core.transition(manual, wake, at, base).effects.length;
    fns[`${label}.wakeAsleepAuto`] = () => core.transition(autoS, wake, at, auto).effects.length;
  }
  const timed = timeAll(fns);
  const cases = {};
  for (const [label] of HORIZONS) {
    cases[label] = { sessionStep: steps[label] };
    for (const k of ['view', 'wakeLive', 'wakeAsleepManual', 'wakeAsleepAuto']) {
      cases[label][k] = timed[`${label}.${k}`];
    }
  }
  const ratio = (k) => cases['30d'][k].nsPerOp / cases['1h'][k].nsPerOp;
  return {
    cases,
    ratio30dTo1h: {
      view: ratio('view'),
      wakeLive: ratio('wakeLive'),
      wakeAsleepManual: ratio('wakeAsleepManual'),
      wakeAsleepAuto: ratio('wakeAsleepAuto'),
    },
    sink,
  };
}

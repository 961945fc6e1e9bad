/** Turns the measurements into the bench's one table: [section, metric, value, reference, ratio, goal]. */
import { polyfillRows } from './polyfill-cost.mjs';

const ms = (v) => (v === null || v === undefined ? '–' : `${v.toFixed(1)} ms`);
const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
const ns = (v) => `${Math.round(v)} ns`;
const x = (v) => (v === null || v === undefined || !Number.isFinite(v) ? null : `${v.toFixed(2)}×`);
const mib = (b) => `${(b / 2 ** 20).toFixed(2)} MiB`;

function bytesRows(b) {
  const rows = [];
  const floor = b.floor;
  rows.push([
    '1 bytes',
    `floor: preact ${floor.preact} render+h${floor.hooks.length ? `+${floor.hooks.join(',')}` : ''} (raw ${floor.raw}, br ${floor.brotli})`,
    `${floor.gzip} B gz`,
    '',
    '1.00×',
    '',
  ]);
  for (const o of b.outputs) {
    rows.push([
      '1 bytes',
      `${o.name} ${o.files.map((f) => f.file.split('.').pop()).join('+')} gzip (raw ${o.raw}, br ${o.brotli})`,
      `${o.gzip} B gz`,
      `${floor.gzip} B gz`,
      x(o.gzipVsFloor),
      `≤ ${kib(o.budgetGzip)} gz ${o.gzip <= o.budgetGzip ? 'ok' : 'OVER'}`,
    ]);
  }
  rows.push([
    '1 bytes',
    `_locales en messages.json (raw ${b.locales.raw})`,
    `${b.locales.gzip} B gz`,
    '',
    null,
    '',
  ]);
  return rows;
}

function openRows(label, o) {
  if (!o) return [];
  const floor = o.floor
    ? [
        [
          '2 popup',
          'Preact floor page (renders one paragraph): first frame, median (p95)',
          `${ms(o.floor.frame.median)} (${ms(o.floor.frame.p95)})`,
          `blank ${ms(o.blank.frame.median)} (${ms(o.blank.frame.p95)})`,
          x(o.floor.frame.median / o.blank.frame.median),
          '',
        ],
      ]
    : [];
  return [
    ...floor,
    [
      '2 popup',
      `${label}: first contentful paint, median (p95)`,
      `${ms(o.popup.fcp.median)} (${ms(o.popup.fcp.p95)})`,
      `blank ${ms(o.blank.fcp.median)} (${ms(o.blank.fcp.p95)})`,
      x(o.ratio.fcpMedian),
      '≤ 1.30×',
    ],
    [
      '2 popup',
      `${label}: DOMContentLoaded → real state in DOM, median (p95)`,
      `${ms(o.popup.domContentLoadedToState.median)} (${ms(o.popup.domContentLoadedToState.p95)})`,
      `painted before state ${o.popup.paintedBeforeState}/${o.popup.fcp.n}; ` +
        `popup DCL ${ms(o.popup.domContentLoaded.median)}, blank ${ms(o.blank.domContentLoaded.median)}`,
      null,
      '',
    ],
    [
      '2 popup',
      `${label}: first frame with real state, median (p95)`,
      `${ms(o.popup.frame.median)} (${ms(o.popup.frame.p95)})`,
      `blank ${ms(o.blank.frame.median)} (${ms(o.blank.frame.p95)})`,
      x(o.ratio.frameMedian),
      '≤ 1.30×',
    ],
  ];
}

/**
 * Today ÷ earlier, read from the 90 % interval of the paired median: "faster" when it lies wholly
 * below 1.00×, "SLOWER" when wholly above, else "within noise" (no slower shown, no faster).
 */
function verdict(interval) {
  if (!interval) return '';
  if (interval.high <= 1) return 'faster';
  return interval.low > 1 ? 'SLOWER' : 'within noise';
}

const span = (i) => (i ? `90% ${x(i.low)}–${x(i.high)}` : '');

/**
 * The earlier popup (e.g. 909f68c) in the same rounds. Both extensions' blank pages are one
 * file, so against one common blank reference today's ratio over the earlier one's is popup over
 * popup; the ratios over each extension's own blank page stay in the JSON (`ownBlanks`).
 */
function beforeAfterRows(label, o, commit) {
  if (!o?.before) return [];
  const b = o.before;
  const v = o.afterVsBefore;
  return [
    [
      '2 popup',
      `${label}, popup at ${commit}: first frame with real state, median (p95)`,
      `${ms(b.popup.frame.median)} (${ms(b.popup.frame.p95)})`,
      `blank ${ms(b.blank.frame.median)} (${ms(b.blank.frame.p95)})`,
      x(b.ratio.frameMedian),
      '',
    ],
    [
      '2 popup',
      `${label}: first frame, today ÷ ${commit}, same rounds, paired median`,
      `${ms(o.popup.frame.median)} vs ${ms(b.popup.frame.median)}`,
      `medians ${x(v.frameMedian)}; ${span(v.framePairedInterval)}`,
      x(v.framePairedMedian),
      `≤ 1.00× ${verdict(v.framePairedInterval)}`,
    ],
  ];
}

/** Main-thread time in popup.js until the first frame, today's and the earlier popup's. */
function cpuRows(label, c, commit) {
  if (!c) return [];
  const value = `${ms(c.today.median)} (${ms(c.today.p95)})`;
  if (!c.before)
    return [
      [
        '2 popup',
        `${label}: CPU in popup.js to just after first frame, median (p95)`,
        value,
        '',
        null,
        '',
      ],
    ];
  return [
    [
      '2 popup',
      `${label}: CPU in popup.js to just after first frame, median (p95), n=${c.today.n}, paired`,
      value,
      `${commit} ${ms(c.before.median)} (${ms(c.before.p95)}); ${span(c.ratio.interval)}`,
      x(c.ratio.median),
      `≤ 1.00× ${verdict(c.ratio.interval)}`,
    ],
  ];
}

function renderRow(label, r, goal) {
  if (!r) return [];
  return [
    [
      '2 popup',
      `${label}: DOM updates/s while open (${r.seconds} s)`,
      r.perSecond.toFixed(2),
      `${r.updatesInFirst900ms} update(s) in the 0.9 s after first state`,
      null,
      goal,
    ],
  ];
}

function engineRows(e) {
  const rows = [];
  const names = {
    view: 'view()',
    wakeLive: 'wake, live session (next alarm)',
    wakeAsleepManual: 'wake after sleeping since start',
    wakeAsleepAuto: 'wake after sleeping, autoStart',
  };
  for (const [k, name] of Object.entries(names)) {
    const one = e.cases['1h'][k];
    const three = e.cases['72h'][k];
    const thirty = e.cases['30d'][k];
    rows.push([
      '3 engine',
      `${name}: 1h / 72h / 30d (30d ${Math.round(thirty.perSecond).toLocaleString('en')} /s)`,
      `${ns(one.nsPerOp)} / ${ns(three.nsPerOp)} / ${ns(thirty.nsPerOp)}`,
      '30d ÷ 1h',
      x(e.ratio30dTo1h[k]),
      '≤ 1.20×',
    ]);
  }
  return rows;
}

function wakeRows(w, bg) {
  const rows = [
    [
      '4 wakes',
      `48 h guide, quiet hours off: alarms/therapy-hour (${w.quietOff.wakes} in ${w.quietOff.therapyHours.toFixed(1)} h)`,
      w.quietOff.perTherapyHour.toFixed(2),
      `min ${w.quietOff.minimumPerTherapyHour.toFixed(2)} (${w.quietOff.minimum})`,
      x(w.quietOff.ratio),
      '1.00×',
    ],
    [
      '4 wakes',
      `48 h guide, default settings: alarms/therapy-hour (${w.defaults.wakes}, ${w.defaults.visible} visible)`,
      w.defaults.perTherapyHour.toFixed(2),
      'wakes that changed something',
      x(w.defaults.ratioToVisible),
      '1.00×',
    ],
  ];
  if (bg) {
    rows.push([
      '4 wakes',
      `worker handler per wake in Chromium, onAlarm → last effect, median (p95), n=${bg.handler.n}`,
      `${ms(bg.handler.median)} (${ms(bg.handler.p95)})`,
      `→ alarm ${ms(bg.toAlarmReArmed.median)}, write ${ms(bg.toStorageWrite.median)}, badge ${ms(bg.toBadge.median)}`,
      null,
      '',
    ]);
  }
  return rows;
}

function memoryRows(idle, m) {
  if (!m) return [];
  return [
    [
      '5 memory',
      `worker heap after 72 h session + ${m.stored.historyEntries} history entries`,
      mib(m.worker.usedBytes),
      `idle worker ${mib(idle.usedBytes)}`,
      x(m.worker.usedBytes / idle.usedBytes),
      '',
    ],
    [
      '5 memory',
      'popup heap (same state)',
      mib(m.popup.usedBytes),
      `blank page ${mib(m.blank.usedBytes)}`,
      x(m.popupVsBlank),
      '',
    ],
    [
      '5 memory',
      'options heap (same state, full history)',
      mib(m.options.usedBytes),
      `blank page ${mib(m.blank.usedBytes)}`,
      x(m.options.usedBytes / m.blank.usedBytes),
      '',
    ],
  ];
}

export function buildRows(r) {
  const rows = [...bytesRows(r.bytes)];
  rows.push(...openRows('idle', r.popupIdle), ...openRows('running', r.popupRunning));
  const commit = r.popupBefore?.commit ?? 'before';
  rows.push(
    ...beforeAfterRows('idle', r.popupIdle, commit),
    ...beforeAfterRows('running', r.popupRunning, commit),
    ...cpuRows('idle', r.popupCpuIdle, commit),
    ...cpuRows('running', r.popupCpuRunning, commit),
  );
  rows.push(
    ...renderRow('idle', r.rendersIdle, '0'),
    ...renderRow('running', r.rendersRunning, '≤ 1'),
  );
  if (r.engine) rows.push(...engineRows(r.engine));
  if (r.wakes) rows.push(...wakeRows(r.wakes, r.workerWakes));
  rows.push(...memoryRows(r.memoryIdleWorker, r.memory));
  if (r.alarmLateness) {
    const a = r.alarmLateness;
    rows.push([
      '6 alarms',
      `lateness, fired − scheduled, median (p95), ${a.fired}/${a.asked} alarms 150 ms apart`,
      `${ms(a.median)} (${ms(a.p95)})`,
      `max ${ms(a.max)}`,
      null,
      '',
    ]);
  }
  if (r.workerWakes) {
    const l = r.workerWakes.alarmLateMs;
    rows.push([
      '6 alarms',
      `lateness of the extension's alarm (section 4 wakes), median (p95), n=${l.n}`,
      `${ms(l.median)} (${ms(l.p95)})`,
      `max ${ms(l.max)}`,
      null,
      '',
    ]);
  }
  rows.push(...polyfillRows(r.polyfill));
  return rows;
}

/**
 * Section 4a: alarms fired per therapy-hour over a simulated 48 h guide cycle (each due
 * application put on 30 s after its alert) against the minimum computed from the plan.
 */
import { minimumWakes, simulate } from './lib/simulate.mjs';

const HOUR = 3_600_000;
const REPLY_MS = 30_000;

export function measureWakes(core, t0) {
  const quietOff = {
    ...core.DEFAULT_SETTINGS,
    acuteWindowHours: 48,
    quietHours: { ...core.DEFAULT_SETTINGS.quietHours, enabled: false },
  };
  const plan = core.PRESETS.guide(48);
  const run = simulate(core, {
    planId: 'guide',
    settings: quietOff,
    start: t0,
    until: t0 + 60 * HOUR,
    replyMs: REPLY_MS,
  });
  const min = minimumWakes(plan, REPLY_MS);
  // Default settings (quiet hours 23:00–07:00 hold applications overnight): no analytic minimum,
  // but every wake that changed nothing visible is counted.
  const withQuiet = simulate(core, {
    planId: 'guide',
    settings: { ...core.DEFAULT_SETTINGS, acuteWindowHours: 48 },
    start: t0,
    until: t0 + 60 * HOUR,
    replyMs: REPLY_MS,
  });
  const perHour = (r) => r.stats.wakes / r.therapyHours;
  return {
    quietOff: {
      ...run.stats,
      therapyHours: run.therapyHours,
      status: run.session?.status ?? null,
      perTherapyHour: perHour(run),
      minimum: min.wakes,
      minimumPerTherapyHour: min.wakes / (min.therapyMs / HOUR),
      ratio: run.stats.wakes / min.wakes,
    },
    defaults: {
      ...withQuiet.stats,
      therapyHours: withQuiet.therapyHours,
      status: withQuiet.session?.status ?? null,
      perTherapyHour: perHour(withQuiet),
      ratioToVisible: withQuiet.stats.wakes / withQuiet.stats.visible,
    },
  };
}

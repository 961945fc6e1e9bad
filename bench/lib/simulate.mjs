/**
 * Drives the engine with a simulated clock, as the background would: every `alarm` effect's
 * `when` becomes the next wake, and a simulated person answers each alert `replyMs` after it
 * ("Ice is on" for a due application, "It's off" for a take-off alert).
 */

const MINUTE = 60_000;

function lastAlarm(effects) {
  let when;
  for (const e of effects) if (e.type === 'alarm') when = e.when;
  return when;
}

/** What a person would see change on the badge (text, colour and title all derive from it). */
const badgeKey = (effects) => {
  const b = effects.find((e) => e.type === 'badge');
  return b ? JSON.stringify(b.badge) : undefined;
};

export function simulate(core, { planId, settings, start, until, replyMs = 30_000, custom }) {
  const logs = [];
  let alarmAt = null;
  let pending = null; // { at, event }
  let badge;
  const stats = { wakes: 0, visible: 0, commands: 0, writes: 0 };
  const apply = (event, now) => {
    const before = session;
    const r = core.transition(session, event, now, settings);
    if (r.error) return r;
    session = r.session;
    if (JSON.stringify(before) !== JSON.stringify(session)) stats.writes += 1;
    const when = lastAlarm(r.effects);
    if (when !== undefined) alarmAt = when;
    for (const e of r.effects) {
      if (e.type === 'log') logs.push(e.entry);
      if (e.type === 'notify' && pending === null) {
        const kind = e.notify.kind;
        if (kind === 'due') pending = { at: now + replyMs, event: { type: 'confirm' } };
        if (kind === 'takeOff') pending = { at: now + replyMs, event: { type: 'ackTakeOff' } };
      }
    }
    return r;
  };
  let session = null;
  const first = core.transition(
    null,
    { type: 'start', planId, injuryAt: start, id: 'bench', ...(custom ? { custom } : {}) },
    start,
    settings,
  );
  if (first.error) throw new Error(`start refused: ${first.error}`);
  session = first.session;
  alarmAt = lastAlarm(first.effects) ?? null;
  badge = badgeKey(first.effects);
  // The person pressed Start and is looking: the first application is put on promptly.
  if (session.status === 'due') pending = { at: start + replyMs, event: { type: 'confirm' } };
  let now = start;
  for (;;) {
    const next = Math.min(
      alarmAt ?? Number.POSITIVE_INFINITY,
      pending?.at ?? Number.POSITIVE_INFINITY,
    );
    if (!Number.isFinite(next) || next > until) break;
    now = next;
    if (pending && pending.at === next) {
      const { event } = pending;
      pending = null;
      const r = apply(event, now);
      stats.commands += 1;
      if (!r.error) badge = badgeKey(r.effects) ?? badge;
      continue;
    }
    alarmAt = null;
    const r = apply({ type: 'wake' }, now);
    stats.wakes += 1;
    const b = badgeKey(r.effects);
    const shown = r.effects.some((e) => e.type === 'notify' || e.type === 'log');
    if (b !== badge || shown) stats.visible += 1;
    badge = b ?? badge;
    if (session === null || session.status === 'done') break;
  }
  return { session, logs, stats, end: now, therapyHours: (now - start) / (60 * MINUTE) };
}

/**
 * The fewest wakes a plan needs: one per badge minute of each running phase (m − 1 minute
 * changes and its end), none while an application is due (the person answers within
 * `replyMs`, before any reminder), plus the window's end if it falls while one is due.
 * Cycles run until a rest ends at or after the window end (the engine's rule).
 */
export function minimumWakes(plan, replyMs) {
  const windowMs = plan.windowHours * 60 * MINUTE;
  let t = replyMs; // the first application is due at start and put on after replyMs
  let wakes = 0;
  for (let i = 0; ; i++) {
    const step = plan.steps[i % plan.steps.length];
    t += step.minutes * MINUTE;
    wakes += step.minutes;
    if (step.kind === 'rest') {
      if (t >= windowMs) return { wakes, therapyMs: t };
      const dueUntil = t + replyMs;
      if (dueUntil >= windowMs) return { wakes: wakes + 1, therapyMs: windowMs };
      t = dueUntil;
    }
  }
}

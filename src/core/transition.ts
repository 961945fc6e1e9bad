/**
 * The therapy state machine. Pure: `now` and settings are arguments; effects are returned as data
 * for the background to perform.
 *
 *            start                  confirm ("Ice is on")          application ends
 *   (idle) ───────► [due] ─────────────────────► [running: apply] ─────────────────► [running: rest]
 *                    ▲ │ skip (logged "skipped")   │ skip (logged "cutShort")               │
 *                    │ └───────────────────────────┴──────────────────────────────────────► │
 *                    │                              rest ends                               │
 *                    └──────────────────────────────────────────────────────────────────────┘
 *   A rest that ends at or after the window's end, or a window that ends while an
 *   application is due, leads to [done] (which may suggest heat).
 *   pause: running | due → [paused]; resume returns with the remaining time kept.
 *   stop: any → (idle). Any event first catches up through every boundary that has passed.
 *
 * Alerts: each state has at most one alert, identified by a key; an alert is emitted only when
 * its key differs from `lastAlert`, so repeated or split wakes never repeat one, and a wake after
 * a long gap yields one alert for the present state (with how late it is), never a burst.
 * Quiet hours hold a due application (one reminder when they end) and silence alerts — except
 * "take it off", which is never silenced and escalates until acknowledged.
 */
import { inQuietHours, nextQuietStart, quietEndAfter } from './local-time';
import { MAX_INJURY_AGE_MS, planFor } from './plans';
import { canPause, canSkip, takeOffPending } from './rules';
import { currentStep, stepOf, windowEndsAt } from './session';
import type {
  Command,
  Effect,
  EngineEvent,
  HistoryEntry,
  Ms,
  NotifySpec,
  Session,
  Settings,
  TransitionError,
  TransitionResult,
} from './types';
import { MINUTE } from './types';
import { badgeFor, packOnMs } from './view';

/** An alert whose moment passed longer ago than this is reported as late, not as new. */
export const STALE_AFTER_MS: Ms = 2 * MINUTE;

/** An unacknowledged "take it off" alert repeats every 2 min, 3 times at most. */
export const ESCALATE_EVERY_MS: Ms = 2 * MINUTE;
export const ESCALATE_MAX = 3;

export const SNOOZE_CHOICES = [5, 10, 15] as const;
const SNOOZE_MAX_MINUTES = 60;

/**
 * Boundaries one event may cross. Without auto-start a session stops at every `due`, so at most
 * two boundaries (application end, rest end) and a window end can pass in one wake; auto-start
 * only starts an application whose due moment is fresh, so the bound holds for any gap.
 */
const MAX_BOUNDARIES_PER_EVENT = 8;

export function transition(
  stored: Session | null,
  event: EngineEvent,
  now: Ms,
  settings: Settings,
): TransitionResult {
  const session = stored === null ? null : followClockBack(stored, now);
  let result: TransitionResult;
  switch (event.type) {
    case 'wake':
      result = session === null ? idle([]) : settle(session, now, settings, 'notify', []);
      break;
    case 'settings':
      result =
        session === null
          ? idle([])
          : settle(replan(session, settings), now, settings, 'settings', []);
      break;
    case 'start':
      result = start(session, event, now, settings);
      break;
    default:
      result = command(session, event, now, settings);
  }
  if (result.error) return { session: stored, effects: [], error: result.error };
  const s = result.session;
  return s === null ? result : { ...result, session: { ...s, lastSeenAt: now } };
}

/**
 * The wall clock went back (a manual change, a bad sync). Shift every instant by the jump so the
 * present phase keeps the time it had left when last seen: it never runs longer than planned.
 * (A forward jump cannot be told from sleep and is handled as a late wake.)
 */
function followClockBack(s: Session, now: Ms): Session {
  const jump = now - s.lastSeenAt;
  if (jump >= 0) return s;
  const shift = (v: Ms | null): Ms | null => (v === null ? null : v + jump);
  return {
    ...s,
    injuryAt: s.injuryAt + jump,
    startedAt: s.startedAt + jump,
    phaseStartedAt: s.phaseStartedAt + jump,
    phaseEndsAt: shift(s.phaseEndsAt),
    pausedAt: shift(s.pausedAt),
    snoozedUntil: shift(s.snoozedUntil),
    endedAt: shift(s.endedAt),
    quietUntil: shift(s.quietUntil),
    dueAt: shift(s.dueAt),
    painPending: s.painPending && { ...s.painPending, endedAt: s.painPending.endedAt + jump },
    lastSeenAt: now,
  };
}

/**
 * The session's plan after a settings change (a 48 → 72 h window, new custom durations). Steps
 * to come use it; the running phase keeps its instants, except that it is shortened if its
 * step's new length is shorter (a shorter application is the safe direction). A plan that
 * changes shape (e.g. ice becomes heat), or is not valid any more, is left as it was.
 */
function replan(s: Session, settings: Settings): Session {
  const next = planFor(s.plan.id, settings);
  if (!next.ok) return s;
  const plan = next.plan;
  const sameShape =
    plan.steps.length === s.plan.steps.length &&
    plan.steps.every((step, i) => {
      const was = s.plan.steps[i];
      return (
        step.kind === was?.kind &&
        (step.kind === 'rest' || (was.kind === 'apply' && step.modality === was.modality))
      );
    });
  if (!sameShape) return s;
  const step = plan.steps[s.stepIndex % plan.steps.length];
  let phaseEndsAt = s.phaseEndsAt;
  if (step !== undefined && phaseEndsAt !== null) {
    phaseEndsAt = Math.min(phaseEndsAt, s.phaseStartedAt + step.minutes * MINUTE);
  }
  return { ...s, plan, phaseEndsAt };
}

function idle(logs: readonly HistoryEntry[]): TransitionResult {
  return {
    session: null,
    effects: [
      ...logs.map(logEffect),
      { type: 'clearNotification' },
      { type: 'badge', badge: null },
      { type: 'alarm', when: null },
    ],
  };
}

function refuse(session: Session | null, error: TransitionError): TransitionResult {
  return { session, effects: [], error };
}

function start(
  session: Session | null,
  event: Extract<Command, { type: 'start' }>,
  now: Ms,
  settings: Settings,
): TransitionResult {
  if (session !== null && session.status !== 'done') return refuse(session, 'alreadyRunning');
  const { injuryAt } = event;
  const planned = planFor(event.planId, settings, event.custom);
  if (!planned.ok) return refuse(session, 'invalidPlan');
  // One minute of slack for a view's clock being a little ahead of the background's. A plan
  // without a window (heat after the acute days) may follow a spasm of any age.
  const oldest =
    planned.plan.windowHours === null ? now - 365 * 24 * 60 * MINUTE : now - MAX_INJURY_AGE_MS;
  if (!Number.isFinite(injuryAt) || injuryAt > now + MINUTE || injuryAt < oldest - MINUTE) {
    return refuse(session, 'invalidInjuryTime');
  }
  const base: Session = {
    schemaVersion: 2,
    id: event.id,
    plan: planned.plan,
    injuryAt: Math.min(injuryAt, now),
    startedAt: now,
    stepIndex: 0,
    status: 'due',
    phaseStartedAt: now,
    phaseEndsAt: null,
    pausedAt: null,
    pausedStatus: null,
    snoozedUntil: null,
    endedAt: null,
    applicationsDone: 0,
    lastAlert: null,
    lastSeenAt: now,
    quietUntil: null,
    offAcked: true,
    painPending: null,
    dueAt: null,
  };
  return settle(enterStep(base, 0, now, now, settings), now, settings, 'command', []);
}

function command(
  stored: Session | null,
  event: Exclude<Command, { type: 'start' }>,
  now: Ms,
  settings: Settings,
): TransitionResult {
  if (stored === null) return refuse(null, 'noSession');
  const logs: HistoryEntry[] = [];
  const s = advance(stored, now, settings, logs);
  const step = currentStep(s);
  const effects: Effect[] = [];
  const done = (next: Session): TransitionResult =>
    settle(next, now, settings, 'command', logs, effects);
  switch (event.type) {
    case 'stop': {
      if (step.kind === 'apply' && s.status === 'running') {
        logs.push(entry(s, now, 'cutShort', now));
      }
      // An application still waiting to be put on was not done: the history says so.
      if (s.status === 'due') logs.push(entry(s, now, 'skipped', now));
      if (step.kind === 'apply' && s.status === 'paused' && s.pausedStatus === 'running') {
        logs.push(entry(s, s.pausedAt ?? now, 'cutShort', now));
      }
      return idle(logs);
    }
    case 'confirm': {
      if (s.status !== 'due' || step.kind !== 'apply') return refuse(stored, 'notAllowed');
      return done({
        ...s,
        status: 'running',
        phaseStartedAt: now,
        phaseEndsAt: now + step.minutes * MINUTE,
        snoozedUntil: null,
        quietUntil: null,
        painPending: null,
      });
    }
    case 'pause': {
      // An application is never paused: a pack left on with no timer running is how skin gets
      // hurt. Interrupting one means ending it (skip), which starts the rest.
      if (!canPause(s)) return refuse(stored, 'notAllowed');
      const pausedStatus = s.status === 'due' ? 'due' : 'running';
      return done({ ...s, status: 'paused', pausedAt: now, pausedStatus });
    }
    case 'resume': {
      if (s.status !== 'paused' || s.pausedAt === null) return refuse(stored, 'notAllowed');
      const shift = Math.max(0, now - s.pausedAt);
      const resumed = { ...s, pausedAt: null, pausedStatus: null } as const;
      return done(
        s.pausedStatus === 'running' && s.phaseEndsAt !== null
          ? {
              ...resumed,
              status: 'running',
              phaseStartedAt: s.phaseStartedAt + shift,
              phaseEndsAt: s.phaseEndsAt + shift,
            }
          : {
              ...resumed,
              status: 'due',
              phaseStartedAt: now,
              phaseEndsAt: null,
              snoozedUntil: null,
              quietUntil: null,
            },
      );
    }
    case 'skip': {
      if (s.status === 'running' && step.kind === 'apply') {
        logs.push(entry(s, now, 'cutShort', now));
        const next = enterStep(s, s.stepIndex + 1, now, now, settings);
        // The person ended it themselves: nothing to escalate; ask for a pain score once.
        return done({
          ...next,
          offAcked: true,
          painPending: { stepIndex: s.stepIndex, endedAt: now },
        });
      }
      if (!canSkip(s, now)) return refuse(stored, 'notAllowed');
      if (s.status === 'due') logs.push(entry(s, now, 'skipped', now));
      return done({ ...enterStep(s, s.stepIndex + 1, now, now, settings), offAcked: true });
    }
    case 'snooze': {
      if (s.status !== 'due' || !Number.isFinite(event.minutes))
        return refuse(stored, 'notAllowed');
      const minutes = Math.min(Math.max(Math.round(event.minutes), 1), SNOOZE_MAX_MINUTES);
      return done({ ...s, snoozedUntil: now + minutes * MINUTE });
    }
    case 'ackTakeOff': {
      if (!takeOffPending(s)) return refuse(stored, 'notAllowed');
      return done({ ...s, offAcked: true });
    }
    case 'logPain': {
      const score = event.score;
      if (s.painPending === null || !Number.isInteger(score) || score < 0 || score > 10) {
        return refuse(stored, 'notAllowed');
      }
      effects.push({ type: 'pain', sessionId: s.id, stepIndex: s.painPending.stepIndex, score });
      return done({ ...s, painPending: null });
    }
    case 'dismissPain': {
      if (s.painPending === null) return refuse(stored, 'notAllowed');
      return done({ ...s, painPending: null });
    }
  }
}

/** Enters step `index` at instant `at` (a boundary, or now for a command). */
function enterStep(s: Session, index: number, at: Ms, now: Ms, settings: Settings): Session {
  const step = stepOf(s.plan, index);
  const common = { stepIndex: index, phaseStartedAt: at, snoozedUntil: null, quietUntil: null };
  if (step.kind === 'rest') {
    const afterApply = stepOf(s.plan, index - 1).kind === 'apply';
    return {
      ...s,
      ...common,
      status: 'running',
      phaseEndsAt: at + step.minutes * MINUTE,
      offAcked: !afterApply,
      dueAt: null,
    };
  }
  const windowEnd = windowEndsAt(s);
  if (windowEnd !== null && at >= windowEnd) {
    return { ...s, ...common, status: 'done', phaseEndsAt: null, endedAt: at, dueAt: at };
  }
  const quietEnd = quietEndAfter(at, settings.quietHours);
  if (quietEnd !== null) {
    return { ...s, ...common, status: 'due', phaseEndsAt: null, quietUntil: quietEnd, dueAt: at };
  }
  // Auto-start only when the person can have seen the alert: after a sleep the application waits.
  if (settings.autoStart && now - at <= STALE_AFTER_MS) {
    return {
      ...s,
      ...common,
      status: 'running',
      phaseEndsAt: at + step.minutes * MINUTE,
      dueAt: at,
      painPending: null,
    };
  }
  return { ...s, ...common, status: 'due', phaseEndsAt: null, dueAt: at };
}

/** Catches up through every boundary at or before `now`, appending history entries to `logs`. */
function advance(session: Session, now: Ms, settings: Settings, logs: HistoryEntry[]): Session {
  let s = session;
  for (let i = 0; i < MAX_BOUNDARIES_PER_EVENT; i++) {
    if (s.status === 'running' && s.phaseEndsAt !== null && s.phaseEndsAt <= now) {
      const boundary = s.phaseEndsAt;
      let restFrom = boundary;
      if (currentStep(s).kind === 'apply') {
        logs.push(entry(s, boundary, 'completed', now));
        s = {
          ...s,
          applicationsDone: s.applicationsDone + 1,
          painPending: { stepIndex: s.stepIndex, endedAt: boundary },
        };
        // Nobody was told to take it off (the machine slept): the pack may still be on. The
        // rest — the skin's time to rewarm — starts when the late "take it off" alert is shown.
        if (now - boundary > STALE_AFTER_MS) restFrom = now;
      }
      s = enterStep(s, s.stepIndex + 1, restFrom, now, settings);
      continue;
    }
    break;
  }
  if (s.status === 'due') {
    const windowEnd = windowEndsAt(s);
    if (windowEnd !== null && now >= windowEnd) {
      // The application that was waiting when the window ended was not done.
      const endedAt = Math.max(s.phaseStartedAt, windowEnd);
      logs.push(entry(s, endedAt, 'skipped', now));
      return {
        ...s,
        status: 'done',
        endedAt,
        snoozedUntil: null,
        quietUntil: null,
      };
    }
    // Quiet hours began while the application waited: hold its reminders until they end.
    // Derived from the due moment, not from when a wake happened to notice, so any split of
    // time into wakes reaches the same state.
    if (s.quietUntil === null) {
      const from = s.snoozedUntil ?? s.phaseStartedAt;
      const quietStart = nextQuietStart(from, settings.quietHours);
      if (quietStart !== null && quietStart <= now) {
        return { ...s, quietUntil: quietEndAfter(quietStart, settings.quietHours) };
      }
    }
  }
  return s;
}

function entry(s: Session, endedAt: Ms, outcome: HistoryEntry['outcome'], now: Ms): HistoryEntry {
  const step = currentStep(s);
  const modality = step.kind === 'apply' ? step.modality : 'ice';
  const minutes = step.kind === 'apply' ? step.minutes : 0;
  const skipped = outcome === 'skipped';
  const startedAt = skipped ? endedAt : s.phaseStartedAt;
  return {
    schemaVersion: 2,
    sessionId: s.id,
    modality,
    stepIndex: s.stepIndex,
    plannedMinutes: minutes,
    plannedStartAt: Math.min(s.dueAt ?? startedAt, startedAt),
    startedAt,
    plannedEndAt: skipped ? endedAt : (s.phaseEndsAt ?? endedAt),
    endedAt,
    outcome,
    noticedLateMs: Math.max(0, now - endedAt),
    painScore: null,
  };
}

function logEffect(e: HistoryEntry): Effect {
  return { type: 'log', entry: e };
}

interface Alert {
  readonly key: string;
  readonly notify: Omit<NotifySpec, 'silent' | 'requireInteraction'>;
}

/** The one alert that belongs to the session's present state, if any. */
function presentAlert(s: Session, now: Ms, settings: Settings): Alert | null {
  const step = currentStep(s);
  const base = { windowHours: s.plan.windowHours, afterWindow: s.plan.afterWindow } as const;
  switch (s.status) {
    case 'running': {
      if (step.kind === 'apply') {
        // Only reached without a command when the application started by itself (auto-start).
        const lateMs = Math.max(0, now - s.phaseStartedAt);
        return {
          key: `on:${s.stepIndex}`,
          notify: { ...base, kind: 'started', modality: step.modality, reminder: 0, lateMs },
        };
      }
      if (!takeOffPending(s)) return null;
      const previous = stepOf(s.plan, s.stepIndex - 1);
      const since = Math.max(0, now - s.phaseStartedAt);
      const k = Math.min(Math.floor(since / ESCALATE_EVERY_MS), ESCALATE_MAX);
      // The first take-off alert the person gets is late if its moment passed unseen (sleep);
      // the application's real end is kept with the pending pain prompt.
      const first = !s.lastAlert?.startsWith(`off:${s.stepIndex - 1}:`);
      const endedAt =
        s.painPending?.stepIndex === s.stepIndex - 1 ? s.painPending.endedAt : s.phaseStartedAt;
      const late = first
        ? now - endedAt > STALE_AFTER_MS
        : since - k * ESCALATE_EVERY_MS > STALE_AFTER_MS;
      return {
        key: `off:${s.stepIndex - 1}:${k}`,
        notify: {
          ...base,
          kind: 'takeOff',
          modality: previous.kind === 'apply' ? previous.modality : 'ice',
          reminder: k,
          lateMs: late ? Math.max(since, now - endedAt) : 0,
          packOnMs: packOnMs(s, now) ?? 0,
        },
      };
    }
    case 'due': {
      if (step.kind !== 'apply') return null;
      const prefix = `due:${s.stepIndex}:`;
      if (s.quietUntil !== null) {
        if (now < s.quietUntil) return null;
        // Quiet hours are over: remind once, then only the badge shows it.
        return {
          key: `${prefix}q${s.quietUntil}`,
          notify: { ...base, kind: 'due', modality: step.modality, reminder: 0, lateMs: 0 },
        };
      }
      const from = s.snoozedUntil ?? s.phaseStartedAt;
      if (now < from) return null;
      const every = Math.max(1, settings.reminderEveryMinutes) * MINUTE;
      const k = Math.floor((now - from) / every);
      if (k > settings.reminderMaxCount) {
        // Reminders are over. A person who never got any alert for this application (the machine
        // slept through it) still gets one, marked late; otherwise only the badge shows it.
        if (s.lastAlert?.startsWith(prefix)) return null;
        return {
          key: `${prefix}late`,
          notify: {
            ...base,
            kind: 'due',
            modality: step.modality,
            reminder: 0,
            lateMs: now - from,
          },
        };
      }
      const lateMs = now - (from + k * every);
      return {
        key: `${prefix}${from}:${k}`,
        notify: { ...base, kind: 'due', modality: step.modality, reminder: k, lateMs },
      };
    }
    case 'done': {
      const modality = step.kind === 'apply' ? step.modality : 'ice';
      const lateMs = Math.max(0, now - (s.endedAt ?? now));
      return {
        key: 'done',
        notify: { ...base, kind: 'windowEnded', modality, reminder: 0, lateMs },
      };
    }
    case 'paused':
      return null;
  }
}

/**
 * How an event treats the present alert: `notify` shows it if new; `command` records it as seen
 * (the person is looking at the popup) and clears the one on screen; `settings` (the person is
 * on the options page) records a reminder as seen — a changed cadence renumbers reminders and
 * must not fire one at once — but still shows anything else, "take it off" above all.
 */
type AlertMode = 'notify' | 'command' | 'settings';

/**
 * Finishes an event: catches up, decides the present alert (emitted only if new, and never for
 * a command), and emits badge and alarm for the resulting state.
 */
function settle(
  session: Session,
  now: Ms,
  settings: Settings,
  mode: AlertMode,
  logsBefore: readonly HistoryEntry[],
  extra: readonly Effect[] = [],
): TransitionResult {
  const logs = [...logsBefore];
  let s = advance(session, now, settings, logs);
  const effects: Effect[] = [...logs.map(logEffect), ...extra];
  const alert = presentAlert(s, now, settings);
  const acknowledge = mode === 'command';
  if (alert !== null && alert.key !== s.lastAlert) {
    s = { ...s, lastAlert: alert.key };
    const seen = acknowledge || (mode === 'settings' && alert.notify.kind === 'due');
    if (!seen) {
      const takeOff = alert.notify.kind === 'takeOff';
      const silent = !takeOff && inQuietHours(now, settings.quietHours);
      effects.push({
        type: 'notify',
        notify: { ...alert.notify, silent, requireInteraction: takeOff },
      });
      if (settings.sound && !silent) effects.push({ type: 'sound', volume: settings.soundVolume });
    }
  }
  if (acknowledge) effects.push({ type: 'clearNotification' });
  effects.push({ type: 'badge', badge: badgeFor(s, now) });
  effects.push({ type: 'alarm', when: nextWakeAt(s, now, settings) });
  return { session: s, effects };
}

/**
 * The next instant anything visible changes: a phase boundary, the badge's next minute, a
 * reminder or escalation, the end of a snooze, of quiet hours or of the window. Always after
 * `now`; null when nothing will.
 */
export function nextWakeAt(session: Session | null, now: Ms, settings: Settings): Ms | null {
  if (session === null) return null;
  const s = session;
  const candidates: Ms[] = [];
  switch (s.status) {
    case 'running': {
      const end = s.phaseEndsAt;
      if (end === null) return null;
      if (end <= now) return now + 1;
      const minutesLeft = Math.ceil((end - now) / MINUTE);
      candidates.push(end - (minutesLeft - 1) * MINUTE);
      if (takeOffPending(s)) {
        const k = Math.floor(Math.max(0, now - s.phaseStartedAt) / ESCALATE_EVERY_MS) + 1;
        if (k <= ESCALATE_MAX) candidates.push(s.phaseStartedAt + k * ESCALATE_EVERY_MS);
      }
      break;
    }
    case 'due': {
      const windowEnd = windowEndsAt(s);
      if (windowEnd !== null) candidates.push(windowEnd);
      if (s.quietUntil !== null) {
        candidates.push(s.quietUntil);
        break;
      }
      const from = s.snoozedUntil ?? s.phaseStartedAt;
      const quietStart = nextQuietStart(from, settings.quietHours);
      if (quietStart !== null) candidates.push(quietStart);
      if (from > now) candidates.push(from);
      else {
        const every = Math.max(1, settings.reminderEveryMinutes) * MINUTE;
        const k = Math.floor((now - from) / every) + 1;
        if (k <= settings.reminderMaxCount) candidates.push(from + k * every);
      }
      break;
    }
    case 'paused':
    case 'done':
      return null;
  }
  const future = candidates.filter((c) => c > now);
  return future.length === 0 ? null : Math.min(...future);
}

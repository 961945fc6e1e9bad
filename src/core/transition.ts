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
 */
import { MAX_INJURY_AGE_MS, planFor } from './plans';
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
import { badgeFor } from './view';

/** An alert whose moment passed longer ago than this is reported as late, not as new. */
export const STALE_AFTER_MS: Ms = 2 * MINUTE;

/**
 * Boundaries one event may cross. Without auto-start a session stops at every `due`, so at most
 * two boundaries (application end, rest end) and a window end can pass in one wake; auto-start
 * only starts an application whose due moment is fresh, so the bound holds for any gap.
 */
const MAX_BOUNDARIES_PER_EVENT = 8;

const SNOOZE_MAX_MINUTES = 60;

export function transition(
  session: Session | null,
  event: EngineEvent,
  now: Ms,
  settings: Settings,
): TransitionResult {
  switch (event.type) {
    case 'wake':
      return session === null ? idle([]) : settle(session, now, settings, false, []);
    case 'start':
      return start(session, event, now, settings);
    default:
      return command(session, event, now, settings);
  }
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
  // One minute of slack for a view's clock being a little ahead of the background's.
  if (
    !Number.isFinite(injuryAt) ||
    injuryAt > now + MINUTE ||
    injuryAt < now - MAX_INJURY_AGE_MS - MINUTE
  ) {
    return refuse(session, 'invalidInjuryTime');
  }
  const planned = planFor(event.planId, settings, event.custom);
  if (!planned.ok) return refuse(session, 'invalidPlan');
  const base: Session = {
    schemaVersion: 1,
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
  };
  return settle(enterStep(base, 0, now, now, settings), now, settings, true, []);
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
  switch (event.type) {
    case 'stop': {
      if (s.status === 'running' && step.kind === 'apply') logs.push(entry(s, now, 'cutShort'));
      return idle(logs);
    }
    case 'confirm': {
      if (s.status !== 'due' || step.kind !== 'apply') return refuse(stored, 'notAllowed');
      const next: Session = {
        ...s,
        status: 'running',
        phaseStartedAt: now,
        phaseEndsAt: now + step.minutes * MINUTE,
        snoozedUntil: null,
      };
      return settle(next, now, settings, true, logs);
    }
    case 'pause': {
      if (s.status !== 'running' && s.status !== 'due') return refuse(stored, 'notAllowed');
      const next: Session = { ...s, status: 'paused', pausedAt: now, pausedStatus: s.status };
      return settle(next, now, settings, true, logs);
    }
    case 'resume': {
      if (s.status !== 'paused' || s.pausedAt === null) return refuse(stored, 'notAllowed');
      const shift = Math.max(0, now - s.pausedAt);
      const next: Session =
        s.pausedStatus === 'running' && s.phaseEndsAt !== null
          ? {
              ...s,
              status: 'running',
              phaseStartedAt: s.phaseStartedAt + shift,
              phaseEndsAt: s.phaseEndsAt + shift,
              pausedAt: null,
              pausedStatus: null,
            }
          : {
              ...s,
              status: 'due',
              phaseStartedAt: now,
              phaseEndsAt: null,
              snoozedUntil: null,
              pausedAt: null,
              pausedStatus: null,
            };
      return settle(next, now, settings, true, logs);
    }
    case 'skip': {
      if (s.status === 'running' && step.kind === 'apply') logs.push(entry(s, now, 'cutShort'));
      else if (s.status === 'due') logs.push(entry(s, now, 'skipped'));
      else if (s.status !== 'running') return refuse(stored, 'notAllowed');
      return settle(enterStep(s, s.stepIndex + 1, now, now, settings), now, settings, true, logs);
    }
    case 'snooze': {
      if (s.status !== 'due' || !Number.isFinite(event.minutes))
        return refuse(stored, 'notAllowed');
      const minutes = Math.min(Math.max(Math.round(event.minutes), 1), SNOOZE_MAX_MINUTES);
      return settle({ ...s, snoozedUntil: now + minutes * MINUTE }, now, settings, true, logs);
    }
  }
}

/** Enters step `index` at instant `at` (a boundary, or now for a command). */
function enterStep(s: Session, index: number, at: Ms, now: Ms, settings: Settings): Session {
  const step = stepOf(s.plan, index);
  const common = { stepIndex: index, phaseStartedAt: at, snoozedUntil: null } as const;
  if (step.kind === 'rest') {
    return { ...s, ...common, status: 'running', phaseEndsAt: at + step.minutes * MINUTE };
  }
  const windowEnd = windowEndsAt(s);
  if (windowEnd !== null && at >= windowEnd) {
    return { ...s, ...common, status: 'done', phaseEndsAt: null, endedAt: at };
  }
  // Auto-start only when the person can have seen the alert: after a sleep the application waits.
  if (settings.autoStart && now - at <= STALE_AFTER_MS) {
    return { ...s, ...common, status: 'running', phaseEndsAt: at + step.minutes * MINUTE };
  }
  return { ...s, ...common, status: 'due', phaseEndsAt: null };
}

/** Catches up through every boundary at or before `now`, appending history entries to `logs`. */
function advance(session: Session, now: Ms, settings: Settings, logs: HistoryEntry[]): Session {
  let s = session;
  for (let i = 0; i < MAX_BOUNDARIES_PER_EVENT; i++) {
    if (s.status === 'running' && s.phaseEndsAt !== null && s.phaseEndsAt <= now) {
      const boundary = s.phaseEndsAt;
      if (currentStep(s).kind === 'apply') {
        logs.push(entry(s, boundary, 'completed'));
        s = { ...s, applicationsDone: s.applicationsDone + 1 };
      }
      s = enterStep(s, s.stepIndex + 1, boundary, now, settings);
      continue;
    }
    const windowEnd = windowEndsAt(s);
    if (s.status === 'due' && windowEnd !== null && now >= windowEnd) {
      s = {
        ...s,
        status: 'done',
        endedAt: Math.max(s.phaseStartedAt, windowEnd),
        snoozedUntil: null,
      };
    }
    break;
  }
  return s;
}

function entry(s: Session, endedAt: Ms, outcome: HistoryEntry['outcome']): HistoryEntry {
  const step = currentStep(s);
  const modality = step.kind === 'apply' ? step.modality : 'ice';
  const minutes = step.kind === 'apply' ? step.minutes : 0;
  return {
    sessionId: s.id,
    modality,
    stepIndex: s.stepIndex,
    plannedMinutes: minutes,
    startedAt: outcome === 'skipped' ? endedAt : s.phaseStartedAt,
    endedAt,
    outcome,
  };
}

function logEffect(e: HistoryEntry): Effect {
  return { type: 'log', entry: e };
}

interface Alert {
  readonly key: string;
  readonly notify: NotifySpec;
}

/** The one alert that belongs to the session's present state, if any. */
function presentAlert(s: Session, now: Ms, settings: Settings): Alert | null {
  const step = currentStep(s);
  const base = { windowHours: s.plan.windowHours, afterWindow: s.plan.afterWindow } as const;
  switch (s.status) {
    case 'running': {
      if (step.kind === 'apply') {
        // Only reached without a command when the application started by itself (auto-start).
        return {
          key: `on:${s.stepIndex}`,
          notify: {
            ...base,
            kind: 'due',
            modality: step.modality,
            reminder: 0,
            lateMs: Math.max(0, now - s.phaseStartedAt),
          },
        };
      }
      const previous = stepOf(s.plan, s.stepIndex - 1);
      if (s.stepIndex === 0 || previous.kind !== 'apply') return null;
      return {
        key: `off:${s.stepIndex - 1}`,
        notify: {
          ...base,
          kind: 'takeOff',
          modality: previous.modality,
          reminder: 0,
          lateMs: Math.max(0, now - s.phaseStartedAt),
        },
      };
    }
    case 'due': {
      if (step.kind !== 'apply') return null;
      const from = s.snoozedUntil ?? s.phaseStartedAt;
      if (now < from) return null;
      const every = Math.max(1, settings.reminderEveryMinutes) * MINUTE;
      const k = Math.floor((now - from) / every);
      const prefix = `due:${s.stepIndex}:`;
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
      return {
        key: `${prefix}${from}:${k}`,
        notify: {
          ...base,
          kind: 'due',
          modality: step.modality,
          reminder: k,
          lateMs: now - (from + k * every),
        },
      };
    }
    case 'done': {
      const modality = step.kind === 'apply' ? step.modality : 'ice';
      return {
        key: 'done',
        notify: {
          ...base,
          kind: 'windowEnded',
          modality,
          reminder: 0,
          lateMs: Math.max(0, now - (s.endedAt ?? now)),
        },
      };
    }
    case 'paused':
      return null;
  }
}

/**
 * Finishes an event: catches up, decides the present alert (emitted only if new, and never for
 * a command — the person is looking), and emits badge and alarm for the resulting state.
 */
function settle(
  session: Session,
  now: Ms,
  settings: Settings,
  acknowledge: boolean,
  logsBefore: readonly HistoryEntry[],
): TransitionResult {
  const logs = [...logsBefore];
  let s = advance(session, now, settings, logs);
  const effects: Effect[] = logs.map(logEffect);
  const alert = presentAlert(s, now, settings);
  if (alert !== null && alert.key !== s.lastAlert) {
    s = { ...s, lastAlert: alert.key };
    if (!acknowledge) effects.push({ type: 'notify', notify: alert.notify });
  }
  if (acknowledge) effects.push({ type: 'clearNotification' });
  effects.push({ type: 'badge', badge: badgeFor(s, now) });
  effects.push({ type: 'alarm', when: nextWakeAt(s, now, settings) });
  return { session: s, effects };
}

/**
 * The next instant anything visible changes: a phase boundary, the badge's next minute, a
 * reminder, the end of a snooze or of the window. Always after `now`; null when nothing will.
 */
export function nextWakeAt(session: Session | null, now: Ms, settings: Settings): Ms | null {
  if (session === null) return null;
  switch (session.status) {
    case 'running': {
      const end = session.phaseEndsAt;
      if (end === null) return null;
      if (end <= now) return now + 1;
      const minutesLeft = Math.ceil((end - now) / MINUTE);
      return end - (minutesLeft - 1) * MINUTE;
    }
    case 'due': {
      const candidates: Ms[] = [];
      const windowEnd = windowEndsAt(session);
      if (windowEnd !== null) candidates.push(windowEnd);
      const from = session.snoozedUntil ?? session.phaseStartedAt;
      if (from > now) candidates.push(from);
      else {
        const every = Math.max(1, settings.reminderEveryMinutes) * MINUTE;
        const k = Math.floor((now - from) / every) + 1;
        if (k <= settings.reminderMaxCount) candidates.push(from + k * every);
      }
      const future = candidates.filter((c) => c > now);
      return future.length === 0 ? null : Math.min(...future);
    }
    case 'paused':
    case 'done':
      return null;
  }
}

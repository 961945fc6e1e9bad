/**
 * The outbox (effects a dead worker saved but may not have performed) is our own write, but
 * stored data all the same: each effect is parsed like any other stored value before it is
 * replayed. One that does not check out is dropped alone, never thrown or shown.
 */
import { isObj, parseHistory } from './parse';
import type { BadgePhase, BadgeSpec, Effect, Modality, NotifyKind, NotifySpec } from './types';

type Obj = Record<string, unknown>;

const NOTIFY_KINDS: readonly NotifyKind[] = ['due', 'started', 'takeOff', 'windowEnded'];
/** Every phase, as a record so that a phase added to the type must be added here too. */
const BADGE_PHASE_SET: Record<BadgePhase, true> = {
  ice: true,
  heat: true,
  rest: true,
  due: true,
  snoozed: true,
  quiet: true,
  takeOff: true,
  paused: true,
  done: true,
};
const BADGE_PHASES = Object.keys(BADGE_PHASE_SET) as BadgePhase[];
/** Far above anything real (minutes, cycles, hours), small enough to show. */
const COUNT_MAX = 1_000_000;

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= COUNT_MAX;
}
function isOptCount(v: unknown): v is number | null {
  return v === null || isCount(v);
}
/** A length of time in ms: finite, not negative. */
function isDuration(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}
function isModality(v: unknown): v is Modality {
  return v === 'ice' || v === 'heat';
}
function isOneOf<T extends string>(list: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (list as readonly string[]).includes(v);
}

function parseNotify(v: unknown): NotifySpec | null {
  if (!isObj(v) || !isOneOf(NOTIFY_KINDS, v.kind) || !isModality(v.modality)) return null;
  if (!isCount(v.reminder) || !isOptCount(v.windowHours)) return null;
  if (!isDuration(v.lateMs)) return null;
  if (v.afterWindow !== 'suggestHeat' && v.afterWindow !== 'none') return null;
  if (typeof v.silent !== 'boolean' || typeof v.requireInteraction !== 'boolean') return null;
  if (v.packOnMs !== undefined && !isDuration(v.packOnMs)) return null;
  // "Take it off" is never silent and stays on screen until answered, however it was stored.
  const takeOff = v.kind === 'takeOff';
  return {
    kind: v.kind,
    modality: v.modality,
    reminder: v.reminder,
    lateMs: v.lateMs,
    windowHours: v.windowHours,
    afterWindow: v.afterWindow,
    silent: takeOff ? false : v.silent,
    requireInteraction: takeOff || v.requireInteraction,
    // A repeat says how long the pack has been on.
    ...(v.packOnMs === undefined ? {} : { packOnMs: v.packOnMs }),
  };
}

/** A badge spec, null for "clear the badge", undefined when it does not check out. */
function parseBadge(v: unknown): BadgeSpec | null | undefined {
  if (v === null) return null;
  if (!isObj(v) || !isOneOf(BADGE_PHASES, v.phase) || !isCount(v.cycle)) return undefined;
  if (!isOptCount(v.minutesLeft) || !isOptCount(v.hour) || !isOptCount(v.windowHours)) {
    return undefined;
  }
  if (v.modality !== null && !isModality(v.modality)) return undefined;
  return {
    phase: v.phase,
    minutesLeft: v.minutesLeft,
    cycle: v.cycle,
    hour: v.hour,
    windowHours: v.windowHours,
    modality: v.modality,
  };
}

function parsePain(x: Obj): Effect | null {
  const { sessionId, stepIndex, score } = x;
  if (typeof sessionId !== 'string' || sessionId.length > 100 || !isCount(stepIndex)) return null;
  if (!isCount(score) || score > 10) return null;
  return { type: 'pain', sessionId, stepIndex, score };
}

/** One replayable effect (log, pain, notify, badge, clearNotification), or null. */
export function parseEffect(raw: unknown): Effect | null {
  if (!isObj(raw)) return null;
  switch (raw.type) {
    case 'log': {
      const parsed = parseHistory([raw.entry]);
      const entry = parsed.value[0];
      return parsed.reset || entry === undefined ? null : { type: 'log', entry };
    }
    case 'pain':
      return parsePain(raw);
    case 'notify': {
      const notify = parseNotify(raw.notify);
      return notify && { type: 'notify', notify };
    }
    case 'badge': {
      const badge = parseBadge(raw.badge);
      return badge === undefined ? null : { type: 'badge', badge };
    }
    case 'clearNotification':
      return { type: 'clearNotification' };
    default:
      // Alarm and sound are never stored in an outbox; anything else is not ours.
      return null;
  }
}

/** The stored outbox's effects that check out; null when there is no outbox. */
export function parseOutbox(raw: unknown): Effect[] | null {
  if (raw === undefined) return null;
  const effects = isObj(raw) ? raw.effects : undefined;
  if (!Array.isArray(effects)) return [];
  return effects.map(parseEffect).filter((e): e is Effect => e !== null);
}

/**
 * Ordered, pure migrations for each stored item. `from` version N → N+1. A stored value is
 * brought up to the current version before it is validated; fixtures of every earlier version
 * live in test/fixtures/.
 */
type Obj = Record<string, unknown>;
/** Brings a value of version N to N + 1; `migrate` stamps the new version on the result. */
type Migration = (old: Obj) => Obj;

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export const SESSION_MIGRATIONS: readonly Migration[] = [
  // v1 → v2: clock-jump guard, quiet hours, take-off acknowledgement, pain prompt, due moment.
  (s) => {
    const instants = [s.startedAt, s.phaseStartedAt, s.pausedAt].map((v) => num(v, 0));
    return {
      ...s,
      lastSeenAt: Math.max(...instants),
      quietUntil: null,
      offAcked: true,
      painPending: null,
      dueAt: s.status === 'due' ? s.phaseStartedAt : null,
    };
  },
];

export const SETTINGS_MIGRATIONS: readonly Migration[] = [
  // v1 → v2: sound volume and quiet hours (default on, 23:00–07:00).
  (s) => ({
    quietHours: { enabled: true, start: 23 * 60, end: 7 * 60 },
    soundVolume: 0.6,
    ...s,
  }),
];

export const HISTORY_ENTRY_MIGRATIONS: readonly Migration[] = [
  // v1 → v2: planned vs actual instants, late notice, pain score.
  (e) => {
    const startedAt = num(e.startedAt, 0);
    const skipped = e.outcome === 'skipped';
    return {
      ...e,
      plannedStartAt: startedAt,
      plannedEndAt: skipped ? e.endedAt : startedAt + num(e.plannedMinutes, 0) * 60_000,
      noticedLateMs: 0,
      painScore: null,
    };
  },
];

/**
 * Applies the migrations from the value's version (missing = 1) up to `current`. Returns null
 * for a value from the future or of no known version.
 */
export function migrate(raw: Obj, current: number, migrations: readonly Migration[]): Obj | null {
  const version = raw.schemaVersion === undefined ? 1 : raw.schemaVersion;
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < 1 ||
    version > current
  ) {
    return null;
  }
  let value = raw;
  for (let v = version; v < current; v++) {
    const step = migrations[v - 1];
    if (step === undefined) return null;
    value = { ...step(value), schemaVersion: v + 1 };
  }
  return value;
}

import { DONE_AFTER_MINUTES } from './plans';
import { currentStep } from './session';
import type { Effect, HistoryEntry, Ms, Session } from './types';
import { MINUTE } from './types';
import { HISTORY_ENTRY_VERSION } from './versions';

/** The history entry for the session's present step, ended at `endedAt` and noticed at `now`. */
export function entry(
  s: Session,
  endedAt: Ms,
  outcome: HistoryEntry['outcome'],
  now: Ms,
): HistoryEntry {
  const step = currentStep(s);
  const modality = step.kind === 'apply' ? step.modality : 'ice';
  const minutes = step.kind === 'apply' ? step.minutes : 0;
  const skipped = outcome === 'skipped';
  const startedAt = skipped ? endedAt : s.phaseStartedAt;
  return {
    schemaVersion: HISTORY_ENTRY_VERSION,
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

/**
 * How an application the person ended early is logged: from `DONE_AFTER_MINUTES` on it counts as
 * done (the ice page: 10–15 min is typical), with its real minutes; before that, cut short.
 */
export function endedEarly(s: Session, endedAt: Ms): HistoryEntry['outcome'] {
  return endedAt - s.phaseStartedAt >= DONE_AFTER_MINUTES * MINUTE ? 'completed' : 'cutShort';
}

export function logEffect(e: HistoryEntry): Effect {
  return { type: 'log', entry: e };
}

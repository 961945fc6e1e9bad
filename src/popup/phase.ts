import type { ViewState, ViewStatus } from '../core/types';
import { t } from '../shared/i18n';

/** A screen's colour (the `t-…` class) and icon: the running phase, or the status. */
export type Tone = Exclude<ViewStatus, 'running'> | 'ice' | 'heat' | 'rest';

export function toneOf(view: ViewState): Tone {
  return view.status === 'running' ? (view.phase ?? 'rest') : view.status;
}

export const ICONS: Record<Tone, string> = {
  idle: '',
  ice: '🧊',
  heat: '🔥',
  rest: '🌿',
  due: '⏰',
  paused: '⏸️',
  done: '✅',
};

// Idle has no heading; its name is what the live region says when a session stops.
const NAMES: Record<Tone, string> = {
  idle: 'popupAnnounceStopped',
  ice: 'popupPhaseIce',
  heat: 'popupPhaseHeat',
  rest: 'popupPhaseRest',
  due: 'popupPhaseDueIce',
  paused: 'popupPhasePaused',
  done: 'popupPhaseDone',
};

/** The heading of the session screen ("Ice on", "Heat is due", …). */
export function phaseName(view: ViewState): string {
  return t(
    view.status === 'due' && view.modality === 'heat' ? 'popupPhaseDueHeat' : NAMES[toneOf(view)],
  );
}

/** One safety or comfort tip for the present phase. */
export const TIPS: Partial<Record<Tone, string>> = {
  ice: 'popupTipIce',
  heat: 'popupTipHeat',
  rest: 'popupTipRest',
  due: 'popupTipDue',
};

const STARTED = { ice: 'popupAnnounceIce', heat: 'popupAnnounceHeat', rest: 'popupAnnounceRest' };

/**
 * What the live region says when the phase changes: a countdown that starts says which one (or
 * "Resumed"); anything else says the heading it shows ("Ice is due", "Paused", …).
 */
export function announcementFor(view: ViewState, previous: ViewStatus): string {
  return view.status !== 'running'
    ? phaseName(view)
    : t(previous === 'paused' ? 'popupAnnounceResumed' : STARTED[view.phase ?? 'rest']);
}

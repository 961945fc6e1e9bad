import { stepOf } from '../core/session';
import type { Session, ViewState, ViewStatus } from '../core/types';
import { t } from '../shared/i18n';

/** A screen's colour (the `t-…` class) and icon: the running phase, or the status. */
export type Tone = Exclude<ViewStatus, 'running'> | 'ice' | 'heat' | 'rest';

export function toneOf(view: ViewState): Tone {
  return view.status === 'running' ? (view.phase ?? 'rest') : view.status;
}

/**
 * Per tone: its icon, its name (the heading), a safety or comfort tip, and what the live region
 * says when its countdown starts. Idle has no heading: its name is what the live region says
 * when a session stops.
 */
export const TONES: Record<
  Tone,
  readonly [icon: string, name: string, tip?: string, started?: string]
> = {
  idle: ['', 'popupAnnounceStopped'],
  ice: ['🧊', 'popupPhaseIce', 'popupTipIce', 'popupAnnounceIce'],
  heat: ['🔥', 'popupPhaseHeat', 'popupTipHeat', 'popupAnnounceHeat'],
  rest: ['🌿', 'popupPhaseRest', 'popupTipRest', 'popupAnnounceRest'],
  due: ['⏰', 'popupPhaseDueIce', 'popupTipDue'],
  paused: ['⏸️', 'popupPhasePaused'],
  done: ['✅', 'popupPhaseDone'],
};

/** The heading of the session screen ("Ice on", "Heat is due", …). */
export function phaseName(view: ViewState): string {
  return t(
    view.status === 'due' && view.modality === 'heat'
      ? 'popupPhaseDueHeat'
      : TONES[toneOf(view)][1],
  );
}

/** "Take the ice off now." or the heat one: the step before the current rest was applied. */
export function takeOffText(session: Session): string {
  const previous = stepOf(session.plan, session.stepIndex - 1);
  return t(
    previous.kind === 'apply' && previous.modality === 'heat'
      ? 'popupTakeOffHeat'
      : 'popupTakeOffIce',
  );
}

/** Changes whenever the phase changes, and never on a clock tick. */
const phaseKey = (v: ViewState): string => `${v.status}|${v.phase}|${v.cycle}`;

/**
 * What the live region says after a change, or null for none (a tick): a take-off that became
 * due says so first; a countdown that starts says which one (or "Resumed"); anything else says
 * the heading it shows ("Ice is due", "Paused", …).
 */
export function announcementFor(
  view: ViewState,
  before: ViewState,
  session: Session | null,
): string | null {
  if (session && view.takeOffPending && !before.takeOffPending) return takeOffText(session);
  if (phaseKey(before) === phaseKey(view)) return null;
  const started = TONES[toneOf(view)][3];
  return view.status === 'running' && started
    ? t(before.status === 'paused' ? 'popupAnnounceResumed' : started)
    : phaseName(view);
}

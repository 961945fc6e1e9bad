import type { ViewState } from '../core/types';
import { t } from '../shared/i18n';
import type { Screen, ScreenKind } from './screen';

/** The moments of one rest: the take-off, the pain question, the rest itself. */
const REST_KINDS: readonly (ScreenKind | undefined)[] = ['takeOff', 'pain', 'rest'];

/** Changes whenever the screen changes, and never on a clock tick. */
const keyOf = (view: ViewState, screen: Screen | null): string =>
  `${screen?.kind ?? 'idle'}|${view.phase}|${view.cycle}`;

/**
 * What the live region says after a change, or null for none (a tick): a take-off says what to
 * do; a countdown that starts says which one (or "Resumed"); a stop says so; anything else says
 * the status it shows ("Time for ice", "Paused", …). Never on the first frame (the screen says
 * it all).
 */
export function announcementFor(
  view: ViewState,
  screen: Screen | null,
  before: { readonly view: ViewState; readonly screen: Screen | null },
): string | null {
  if (keyOf(before.view, before.screen) === keyOf(view, screen)) return null;
  if (screen === null) return t('popupAnnounceStopped');
  if (screen.kind === 'takeOff') return screen.lines[0] ?? screen.status;
  if (screen.kind === 'apply') {
    if (before.screen?.kind === 'paused') return t('popupAnnounceResumed');
    return t(view.modality === 'heat' ? 'popupAnnounceHeat' : 'popupAnnounceIce');
  }
  if (screen.kind === 'rest' || screen.kind === 'pain') {
    // Within one rest ("It's off", a saved score) the phase did not change: nothing to say.
    if (REST_KINDS.includes(before.screen?.kind) && before.view.cycle === view.cycle) return null;
    return t(before.screen?.kind === 'paused' ? 'popupAnnounceResumed' : 'popupAnnounceRest');
  }
  return screen.status;
}

/** The guide topic that fits a screen. */
export function topicOf(screen: Screen | null, view: ViewState): 'ice' | 'heat' | 'movement' {
  if (screen?.kind === 'rest' || screen?.kind === 'pain') return 'movement';
  if (screen?.kind === 'done' && view.afterWindow === 'suggestHeat') return 'heat';
  return view.modality === 'heat' || screen?.tone === 'heat' ? 'heat' : 'ice';
}

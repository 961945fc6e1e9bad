import type { JSX } from 'preact';
import type { ViewState } from '../../core/types';
import { t } from '../../shared/i18n';

export type Tone = 'ice' | 'heat' | 'rest' | 'due' | 'paused' | 'done';

export function toneOf(view: ViewState): Tone {
  if (view.status === 'running') return view.phase ?? 'rest';
  if (view.status === 'due' || view.status === 'paused' || view.status === 'done') {
    return view.status;
  }
  return 'rest';
}

const ICONS: Record<Tone, string> = {
  ice: '🧊',
  heat: '🔥',
  rest: '🌿',
  due: '⏰',
  paused: '⏸️',
  done: '✅',
};

function phaseName(view: ViewState): string {
  switch (view.status) {
    case 'due':
      return t(view.modality === 'heat' ? 'popupPhaseDueHeat' : 'popupPhaseDueIce');
    case 'paused':
      return t('popupPhasePaused');
    case 'done':
      return t('popupPhaseDone');
    default:
      return t(
        view.phase === 'ice'
          ? 'popupPhaseIce'
          : view.phase === 'heat'
            ? 'popupPhaseHeat'
            : 'popupPhaseRest',
      );
  }
}

export function PhaseHeader({ view }: { readonly view: ViewState }): JSX.Element {
  const tone = toneOf(view);
  return (
    <div class="phase-header">
      <h2 class="phase-name" id="phase-heading">
        <span class="phase-icon" aria-hidden="true">
          {ICONS[tone]}
        </span>
        {phaseName(view)}
      </h2>
      {view.status !== 'done' && view.cycle > 0 ? (
        <span class="cycle">{t('popupCycle', view.cycle)}</span>
      ) : null}
    </div>
  );
}

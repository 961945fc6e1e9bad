import type { JSX } from 'preact';
import { MAX_INJURY_AGE_MS } from '../../core';
import type { Session, ViewState } from '../../core/types';
import { MINUTE } from '../../core/types';
import { t } from '../../shared/i18n';
import type { Command } from '../command';
import { PhaseHeader } from './phase-header';

interface DoneScreenProps {
  readonly session: Session;
  readonly view: ViewState;
  readonly onCommand: (command: Command) => void;
  readonly clock: () => number;
}

/**
 * The heat plan keeps the spasm's start time; the engine refuses a start more than 72 h after
 * it, and the heat plan has no window, so an older onset is moved to the oldest one accepted
 * (with a margin for the popup's clock lagging the background's).
 */
export function heatInjuryAt(injuryAt: number, now: number): number {
  return Math.max(injuryAt, now - MAX_INJURY_AGE_MS + 5 * MINUTE);
}

/** The window has ended: offer the heat plan when the plan says so, or finish. */
export function DoneScreen({ session, view, onCommand, clock }: DoneScreenProps): JSX.Element {
  const suggestHeat = view.afterWindow === 'suggestHeat' && view.windowHours !== null;
  return (
    <section class="screen" aria-labelledby="phase-heading">
      <PhaseHeader view={view} />
      <p class="lead">
        {suggestHeat ? t('popupDoneHeat', view.windowHours ?? 0) : t('popupDonePlain')}
      </p>
      <div class="actions">
        {suggestHeat ? (
          <button
            type="button"
            class="btn btn-primary"
            data-primary=""
            onClick={() =>
              onCommand({
                type: 'start',
                planId: 'heat',
                injuryAt: heatInjuryAt(session.injuryAt, clock()),
              })
            }
          >
            {t('popupStartHeat')}
          </button>
        ) : null}
        <button
          type="button"
          class={suggestHeat ? 'btn' : 'btn btn-primary'}
          data-primary={suggestHeat ? undefined : ''}
          onClick={() => onCommand({ type: 'stop' })}
        >
          {t('popupFinish')}
        </button>
      </div>
    </section>
  );
}

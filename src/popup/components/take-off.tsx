import type { JSX } from 'preact';
import type { Modality, Session } from '../../core/types';
import { t } from '../../shared/i18n';
import type { Command } from '../command';

/** The modality of the application that just ended (the step before the current rest). */
export function endedModality(session: Session): Modality {
  const steps = session.plan.steps;
  const previous = steps[(session.stepIndex - 1 + steps.length) % steps.length];
  return previous?.kind === 'apply' ? previous.modality : 'ice';
}

/** "Take the ice off now" until the person says it is off (stops the reminders). */
export function TakeOff({
  session,
  onCommand,
}: {
  readonly session: Session;
  readonly onCommand: (command: Command) => void;
}): JSX.Element {
  const heat = endedModality(session) === 'heat';
  return (
    <div class="take-off">
      <p class="lead">{t(heat ? 'popupTakeOffHeat' : 'popupTakeOffIce')}</p>
      <button
        key="ackTakeOff"
        type="button"
        class="btn btn-primary"
        data-primary=""
        onClick={() => onCommand({ type: 'ackTakeOff' })}
      >
        {t('popupAckTakeOff')}
      </button>
    </div>
  );
}

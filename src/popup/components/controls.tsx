import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ViewState } from '../../core/types';
import { t } from '../../shared/i18n';
import type { Command } from '../command';
import { StopConfirm } from './stop-confirm';

interface ControlsProps {
  readonly view: ViewState;
  readonly onCommand: (command: Command) => void;
}

export const SNOOZE_MINUTES = 5;

/** Only the buttons `view.can` allows, primary first; Stop asks for confirmation. */
export function Controls({ view, onCommand }: ControlsProps): JSX.Element {
  const [confirming, setConfirming] = useState(false);
  const stopRef = useRef<HTMLButtonElement>(null);
  const can = view.can;
  const returnFocus = useRef(false);
  useEffect(() => {
    // After "Keep going" the Stop button is back; focus returns to it, not to the page.
    if (!confirming && returnFocus.current) {
      returnFocus.current = false;
      stopRef.current?.focus();
    }
  }, [confirming]);
  const cancel = (): void => {
    returnFocus.current = true;
    setConfirming(false);
  };
  // While "It's off" is asked for, that is the one primary action.
  const primary = view.takeOffPending
    ? null
    : can.confirm
      ? 'confirm'
      : can.resume
        ? 'resume'
        : 'pause';
  const button = (key: string, label: string, command: Command, extraClass = ''): JSX.Element => (
    <button
      key={key}
      type="button"
      class={`btn ${key === primary ? 'btn-primary' : ''} ${extraClass}`.trim()}
      data-primary={key === primary ? '' : undefined}
      onClick={() => onCommand(command)}
    >
      {label}
    </button>
  );
  return (
    <div class="controls">
      <div class="actions">
        {can.confirm
          ? button(
              'confirm',
              t(view.modality === 'heat' ? 'popupConfirmHeat' : 'popupConfirmIce'),
              { type: 'confirm' },
            )
          : null}
        {can.resume ? button('resume', t('popupResume'), { type: 'resume' }) : null}
        {can.pause ? button('pause', t('popupPause'), { type: 'pause' }) : null}
        {can.snooze
          ? button('snooze', t('popupSnooze'), { type: 'snooze', minutes: SNOOZE_MINUTES })
          : null}
        {can.skip ? button('skip', t('popupSkip'), { type: 'skip' }) : null}
      </div>
      {can.stop && confirming ? (
        <StopConfirm onStop={() => onCommand({ type: 'stop' })} onCancel={cancel} />
      ) : null}
      {can.stop && !confirming ? (
        <div class="actions">
          <button
            type="button"
            class="btn btn-quiet"
            ref={stopRef}
            onClick={() => setConfirming(true)}
          >
            {t('popupStop')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../shared/i18n';

interface StopConfirmProps {
  readonly onStop: () => void;
  readonly onCancel: () => void;
}

/**
 * Inline confirmation (not a modal): focus moves to the safe choice, Escape cancels. The caller
 * returns focus to its Stop button on cancel.
 */
export function StopConfirm({ onStop, onCancel }: StopConfirmProps): JSX.Element {
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    keepRef.current?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      // Escape would otherwise close the whole popup.
      event.stopPropagation();
      onCancel();
    }
  };
  return (
    <fieldset class="confirm" onKeyDown={onKeyDown}>
      <legend class="confirm-text">{t('popupStopQuestion')}</legend>
      <div class="actions">
        <button type="button" class="btn btn-danger" onClick={onStop}>
          {t('popupStop')}
        </button>
        <button type="button" class="btn" ref={keepRef} onClick={onCancel}>
          {t('popupKeepGoing')}
        </button>
      </div>
    </fieldset>
  );
}

import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';

interface ConfirmActionProps {
  /** The first button, e.g. "Clear history". */
  readonly label: string;
  /** The question asked before anything happens. */
  readonly question: string;
  /** The button that does it, e.g. "Delete history". */
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
}

/**
 * A destructive action in two steps: the button reveals the question with "Cancel" focused
 * (the safe choice), Escape cancels, and focus returns to the first button.
 */
export function ConfirmAction(props: ConfirmActionProps): JSX.Element {
  const { label, question, confirmLabel, onConfirm } = props;
  const [asking, setAsking] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      trigger.current?.focus();
    }
  }, [asking]);
  const cancel = (): void => {
    returnFocus.current = true;
    setAsking(false);
  };
  if (!asking) {
    return (
      <button type="button" class="btn" ref={trigger} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  };
  return (
    <fieldset class="confirm" onKeyDown={onKeyDown}>
      <legend>{question}</legend>
      <div class="actions">
        <button
          type="button"
          class="btn btn-danger"
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" class="btn" ref={cancelRef} onClick={cancel}>
          {t('optionsCancel')}
        </button>
      </div>
    </fieldset>
  );
}

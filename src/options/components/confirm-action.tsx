import type { JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
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
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  onConfirm,
}: ConfirmActionProps): JSX.Element {
  const [asking, setAsking] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  /** Set when the question opens or closes: focus moves once that is on screen. */
  const moveFocus = useRef(false);

  useLayoutEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (asking ? cancel : trigger).current?.focus();
  }, [asking]);

  /** Shows or hides the question, then focuses its safe button or the first one again. */
  const ask = (next: boolean): void => {
    moveFocus.current = true;
    setAsking(next);
  };

  if (!asking) {
    return (
      <button type="button" class="btn" ref={trigger} onClick={() => ask(true)}>
        {label}
      </button>
    );
  }
  return (
    <fieldset
      class="confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          ask(false);
        }
      }}
    >
      <legend>{question}</legend>
      <div class="actions">
        <button
          type="button"
          class="btn btn-danger"
          onClick={() => {
            ask(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" class="btn" ref={cancel} onClick={() => ask(false)}>
          {t('optionsCancel')}
        </button>
      </div>
    </fieldset>
  );
}

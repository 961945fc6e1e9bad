import { Component, createRef, type JSX } from 'preact';
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
 * A class, not hooks: preact/hooks is ~1 KB gzip of the page's budget.
 */
export class ConfirmAction extends Component<ConfirmActionProps, { asking?: boolean }> {
  #trigger = createRef<HTMLButtonElement>();
  #cancel = createRef<HTMLButtonElement>();

  /** Shows or hides the question, then focuses its safe button or the first one again. */
  #ask(asking: boolean): void {
    this.setState({ asking }, () => (asking ? this.#cancel : this.#trigger).current?.focus());
  }

  override render(): JSX.Element {
    const { label, question, confirmLabel, onConfirm } = this.props;
    if (!this.state.asking) {
      return (
        <button type="button" class="btn" ref={this.#trigger} onClick={() => this.#ask(true)}>
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
            this.#ask(false);
          }
        }}
      >
        <legend>{question}</legend>
        <div class="actions">
          <button
            type="button"
            class="btn btn-danger"
            onClick={() => {
              this.#ask(false);
              onConfirm();
            }}
          >
            {confirmLabel}
          </button>
          <button type="button" class="btn" ref={this.#cancel} onClick={() => this.#ask(false)}>
            {t('optionsCancel')}
          </button>
        </div>
      </fieldset>
    );
  }
}

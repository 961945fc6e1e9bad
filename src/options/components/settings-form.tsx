import { Component, type JSX } from 'preact';
import type { Settings } from '../../core/types';
import { t } from '../../shared/i18n';
import { type Draft, fromDraft, toDraft } from '../draft';
import { fieldErrorText } from '../error-text';
import { ConfirmAction } from './confirm-action';
import type { Form, Update } from './fields';
import { PlanFields } from './plan-fields';
import { SoundFields } from './sound-fields';
import { TimingFields } from './timing-fields';

interface SettingsFormProps {
  readonly settings: Settings;
  /** A session is running: saved changes apply from its next phase. */
  readonly sessionRunning: boolean;
  /** Sends the settings; resolves to what the background stored, or an error text. */
  readonly onSave: (settings: Settings) => Promise<SaveResult>;
  readonly onReset: () => Promise<SaveResult>;
  readonly onPreview: (volume: number) => void;
}

export type SaveResult =
  | { readonly ok: true; readonly settings: Settings }
  | { readonly ok: false; readonly error: string };

interface FormState {
  readonly draft: Draft;
  readonly errors: Form['errors'];
  readonly status: string;
  readonly alert: string;
}

/** The settings, saved only on an explicit Save (Enter in a field also submits). */
export class SettingsForm extends Component<SettingsFormProps, FormState> {
  override state: FormState = {
    draft: toDraft(this.props.settings),
    errors: {},
    status: '',
    alert: '',
  };
  /** Edited since the last save or reset. */
  #dirty = false;
  /** A save is on its way. */
  #busy = false;

  // Settings changed elsewhere (another window, a reset): follow them unless mid-edit.
  override componentDidUpdate(previous: SettingsFormProps): void {
    const { settings } = this.props;
    if (settings !== previous.settings && !this.#dirty) this.setState({ draft: toDraft(settings) });
  }

  #update: Update = (key, value) => {
    this.#dirty = true;
    this.setState((s) => ({ status: '', draft: { ...s.draft, [key]: value } }));
  };

  /** What the background stored becomes the draft; an error leaves the form as typed. */
  #stored(r: SaveResult, done: string): void {
    if (!r.ok) {
      this.setState({ alert: r.error });
      return;
    }
    this.#dirty = false;
    this.setState({ draft: toDraft(r.settings), errors: {}, alert: '', status: done });
  }

  #submit = (e: Event): void => {
    e.preventDefault();
    if (this.#busy) return;
    const { settings, sessionRunning, onSave } = this.props;
    const result = fromDraft(this.state.draft, settings);
    if (!result.ok) {
      const errors: Record<string, string> = {};
      for (const err of result.errors) errors[err.field] ??= fieldErrorText(err);
      this.setState({ errors, status: '', alert: t('optionsErrorSummary') });
      // Field ids are the draft's field names.
      document.getElementById(result.errors[0]?.field ?? '')?.focus();
      return;
    }
    this.setState({ errors: {}, alert: '' });
    this.#busy = true;
    onSave(result.settings)
      .then((r) => this.#stored(r, t(sessionRunning ? 'optionsSavedRunning' : 'optionsSaved')))
      .finally(() => {
        this.#busy = false;
      });
  };

  override render(): JSX.Element {
    const { draft, errors, status, alert } = this.state;
    const form: Form = { draft, errors, update: this.#update };
    return (
      <form noValidate onSubmit={this.#submit}>
        <PlanFields form={form} />
        <TimingFields form={form} />
        <SoundFields form={form} onPreview={this.props.onPreview} />
        <div class="alert" role="alert">
          {alert}
        </div>
        <div class="actions">
          <button type="submit" class="btn btn-primary">
            {t('optionsSave')}
          </button>
          <ConfirmAction
            label={t('optionsReset')}
            question={t('optionsResetConfirm')}
            confirmLabel={t('optionsResetYes')}
            onConfirm={() =>
              this.props.onReset().then((r) => this.#stored(r, t('optionsResetDone')))
            }
          />
        </div>
        <p class="status" role="status">
          {status}
        </p>
      </form>
    );
  }
}

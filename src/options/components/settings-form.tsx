import type { JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../core/types';
import { t } from '../../shared/i18n';
import { fromDraft, toDraft } from '../draft';
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

/** The settings, saved only on an explicit Save (Enter in a field also submits). */
export function SettingsForm({
  settings,
  sessionRunning,
  onSave,
  onReset,
  onPreview,
}: SettingsFormProps): JSX.Element {
  const [draft, setDraft] = useState(() => toDraft(settings));
  const [errors, setErrors] = useState<Form['errors']>({});
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  /** Edited since the last save or reset. */
  const dirty = useRef(false);
  /** A save is on its way. */
  const busy = useRef(false);

  // Settings changed elsewhere (another window, a reset): follow them unless mid-edit.
  const shownSettings = useRef(settings);
  useLayoutEffect(() => {
    if (settings === shownSettings.current) return;
    shownSettings.current = settings;
    if (!dirty.current) setDraft(toDraft(settings));
  }, [settings]);

  const update: Update = (key, value) => {
    dirty.current = true;
    setStatus('');
    setDraft((previous) => ({ ...previous, [key]: value }));
  };

  /** What the background stored becomes the draft; an error leaves the form as typed. */
  const stored = (result: SaveResult, done: string): void => {
    if (!result.ok) {
      setAlert(result.error);
      return;
    }
    dirty.current = false;
    setDraft(toDraft(result.settings));
    setErrors({});
    setAlert('');
    setStatus(done);
  };

  const submit = (event: Event): void => {
    event.preventDefault();
    if (busy.current) return;
    const result = fromDraft(draft, settings);
    if (!result.ok) {
      const found: Record<string, string> = {};
      for (const error of result.errors) found[error.field] ??= fieldErrorText(error);
      setErrors(found);
      setStatus('');
      setAlert(t('optionsErrorSummary'));
      // Field ids are the draft's field names.
      document.getElementById(result.errors[0]?.field ?? '')?.focus();
      return;
    }
    setErrors({});
    setAlert('');
    busy.current = true;
    onSave(result.settings)
      .then((r) => stored(r, t(sessionRunning ? 'optionsSavedRunning' : 'optionsSaved')))
      .finally(() => {
        busy.current = false;
      });
  };

  const form: Form = { draft, errors, update };
  return (
    <form noValidate onSubmit={submit}>
      <PlanFields form={form} />
      <TimingFields form={form} />
      <SoundFields form={form} onPreview={onPreview} />
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
          onConfirm={() => onReset().then((r) => stored(r, t('optionsResetDone')))}
        />
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </form>
  );
}

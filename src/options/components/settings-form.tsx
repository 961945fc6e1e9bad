import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../core/types';
import { t } from '../../shared/i18n';
import { type Draft, type DraftField, fromDraft, toDraft } from '../draft';
import { fieldErrorText } from '../error-text';
import { ConfirmAction } from './confirm-action';
import { PlanFields, type Update } from './plan-fields';
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

type Errors = Partial<Record<DraftField, string>>;

const FIELD_IDS: Readonly<Record<DraftField, string>> = {
  applyMinutes: 'apply-minutes',
  restMinutes: 'rest-minutes',
  windowHours: 'window-hours',
  reminderEvery: 'reminder-every',
  reminderMax: 'reminder-max',
  quietStart: 'quiet-start',
  quietEnd: 'quiet-end',
};

/** The settings, saved only on an explicit Save (Enter in a field also submits). */
export function SettingsForm(props: SettingsFormProps): JSX.Element {
  const { settings, sessionRunning, onSave, onReset, onPreview } = props;
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  const dirty = useRef(false);
  const busy = useRef(false);

  // Settings changed elsewhere (another window, a reset): follow them unless mid-edit.
  useEffect(() => {
    if (!dirty.current) setDraft(toDraft(settings));
  }, [settings]);

  const update: Update = (key, value) => {
    dirty.current = true;
    setStatus('');
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const submit = (e: Event): void => {
    e.preventDefault();
    if (busy.current) return;
    const result = fromDraft(draft, settings);
    if (!result.ok) {
      const next: Errors = {};
      for (const err of result.errors) next[err.field] ??= fieldErrorText(err);
      setErrors(next);
      setStatus('');
      setAlert(t('optionsErrorSummary'));
      const first = result.errors[0];
      if (first) document.getElementById(FIELD_IDS[first.field])?.focus();
      return;
    }
    setErrors({});
    setAlert('');
    busy.current = true;
    onSave(result.settings)
      .then((r) => {
        if (!r.ok) {
          setAlert(r.error);
          return;
        }
        dirty.current = false;
        setDraft(toDraft(r.settings));
        setStatus(t(sessionRunning ? 'optionsSavedRunning' : 'optionsSaved'));
      })
      .finally(() => {
        busy.current = false;
      });
  };

  const reset = (): void => {
    onReset().then((r) => {
      if (!r.ok) {
        setAlert(r.error);
        return;
      }
      dirty.current = false;
      setDraft(toDraft(r.settings));
      setErrors({});
      setAlert('');
      setStatus(t('optionsResetDone'));
    });
  };

  return (
    <form class="settings" noValidate onSubmit={submit}>
      <PlanFields draft={draft} errors={errors} update={update} />
      <TimingFields draft={draft} errors={errors} update={update} />
      <SoundFields draft={draft} update={update} onPreview={onPreview} />
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
          onConfirm={reset}
        />
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </form>
  );
}

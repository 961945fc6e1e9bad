import type { JSX } from 'preact';
import { REMINDER_BOUNDS } from '../../core';
import { t } from '../../shared/i18n';
import type { Draft, DraftField } from '../draft';
import { NumberField } from './number-field';
import type { Update } from './plan-fields';

interface TimingFieldsProps {
  readonly draft: Draft;
  readonly errors: Readonly<Partial<Record<DraftField, string>>>;
  readonly update: Update;
}

interface TimeFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly error: string | null;
  readonly disabled: boolean;
  readonly onInput: (value: string) => void;
}

function TimeField({ id, label, value, error, disabled, onInput }: TimeFieldProps): JSX.Element {
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="time"
        value={value}
        disabled={disabled}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error ? (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Acute window, auto-start, reminder cadence and quiet hours. */
export function TimingFields({ draft, errors, update }: TimingFieldsProps): JSX.Element {
  return (
    <>
      <fieldset class="group">
        <legend>{t('optionsAcuteLegend')}</legend>
        <p class="hint">{t('optionsAcuteHint')}</p>
        {([48, 72] as const).map((h) => (
          <label key={h} class="choice">
            <input
              type="radio"
              name="acute"
              value={h}
              checked={draft.acuteWindowHours === h}
              onChange={() => update('acuteWindowHours', h)}
            />
            <span>{t('optionsAcuteHours', h)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="group">
        <legend>{t('optionsApplicationsLegend')}</legend>
        <label class="choice">
          <input
            type="checkbox"
            checked={draft.autoStart}
            onChange={(e) => update('autoStart', e.currentTarget.checked)}
          />
          <span>{t('optionsAutoStart')}</span>
        </label>
        <fieldset class="inline">
          <legend>{t('optionsRemindersLegend')}</legend>
          <NumberField
            id="reminder-every"
            label={t('optionsReminderEvery')}
            value={draft.reminderEvery}
            min={REMINDER_BOUNDS.every.min}
            max={REMINDER_BOUNDS.every.max}
            error={errors.reminderEvery ?? null}
            onInput={(v) => update('reminderEvery', v)}
          />
          <NumberField
            id="reminder-max"
            label={t('optionsReminderMax')}
            value={draft.reminderMax}
            min={REMINDER_BOUNDS.count.min}
            max={REMINDER_BOUNDS.count.max}
            error={errors.reminderMax ?? null}
            onInput={(v) => update('reminderMax', v)}
          />
          <p class="hint">{t('optionsReminderHint')}</p>
        </fieldset>
      </fieldset>
      <fieldset class="group">
        <legend>{t('optionsQuietLegend')}</legend>
        <label class="choice">
          <input
            type="checkbox"
            checked={draft.quietEnabled}
            onChange={(e) => update('quietEnabled', e.currentTarget.checked)}
          />
          <span>{t('optionsQuietEnabled')}</span>
        </label>
        <div class="row">
          <TimeField
            id="quiet-start"
            label={t('optionsQuietStart')}
            value={draft.quietStart}
            error={errors.quietStart ?? null}
            disabled={!draft.quietEnabled}
            onInput={(v) => update('quietStart', v)}
          />
          <TimeField
            id="quiet-end"
            label={t('optionsQuietEnd')}
            value={draft.quietEnd}
            error={errors.quietEnd ?? null}
            disabled={!draft.quietEnabled}
            onInput={(v) => update('quietEnd', v)}
          />
        </div>
        <p class="hint">{t('optionsQuietHint')}</p>
      </fieldset>
    </>
  );
}

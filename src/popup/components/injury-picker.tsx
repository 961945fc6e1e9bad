import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { MAX_INJURY_AGE_MS } from '../../core';
import { t } from '../../shared/i18n';
import { toLocalInputValue } from '../format';
import { ONSET_HOURS, type Onset } from '../injury-time';

interface InjuryPickerProps {
  readonly onset: Onset;
  readonly atValue: string;
  readonly error: string | null;
  readonly now: number;
  readonly inputRef: { current: HTMLInputElement | null };
  readonly onOnset: (onset: Onset) => void;
  readonly onAtValue: (value: string) => void;
}

function chipLabel(hours: number): string {
  return hours === 0 ? t('popupInjuryNow') : t('popupInjuryHoursAgo', hours);
}

/** "When did the spasm start?": chips for common answers, or an exact time within 72 h. */
export function InjuryPicker(props: InjuryPickerProps): JSX.Element {
  const { onset, atValue, error, now, inputRef, onOnset, onAtValue } = props;
  const name = useId();
  const inputId = `${name}-at`;
  const errorId = `${name}-error`;
  const chip = (value: Onset, label: string): JSX.Element => (
    <label key={String(value)} class="chip">
      <input
        type="radio"
        class="chip-input"
        name={name}
        value={String(value)}
        checked={onset === value}
        onChange={() => onOnset(value)}
      />
      <span class="chip-face">{label}</span>
    </label>
  );
  return (
    <fieldset class="field">
      <legend>{t('popupInjuryLegend')}</legend>
      <div class="chips">
        {ONSET_HOURS.map((hours) => chip(hours, chipLabel(hours)))}
        {chip('at', t('popupInjuryAt'))}
      </div>
      {onset === 'at' ? (
        <div class="at">
          <label for={inputId}>{t('popupInjuryAtLabel')}</label>
          <input
            id={inputId}
            ref={inputRef}
            type="datetime-local"
            value={atValue}
            min={toLocalInputValue(now - MAX_INJURY_AGE_MS + 60_000)}
            max={toLocalInputValue(now)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onInput={(event) => onAtValue(event.currentTarget.value)}
          />
          {error ? (
            <p class="field-error" id={errorId}>
              {t(error)}
            </p>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}

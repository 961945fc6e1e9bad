import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { Button } from './button';

const SCORES = [...Array(11).keys()];

interface PainStepProps {
  readonly onSave: (score: number) => void;
  readonly onDismiss: () => void;
}

/**
 * The pain question after a take-off, on its own: eleven large targets in one radio group (one
 * Tab stop; arrow keys move), Save, and "Not now". Picking a number saves nothing by itself, so
 * arrowing through the scale never records a score.
 */
export function PainStep({ onSave, onDismiss }: PainStepProps): JSX.Element {
  const [score, setScore] = useState<number | null>(null);
  const [missing, setMissing] = useState(false);
  return (
    <form
      class="pain"
      onSubmit={(event) => {
        event.preventDefault();
        if (score === null) setMissing(true);
        else onSave(score);
      }}
    >
      <fieldset aria-describedby="pain-scale">
        <legend class="visually-hidden">{t('popupPainQuestion')}</legend>
        <div class="scores">
          {SCORES.map((value) => (
            <label key={value} class="score">
              <input
                type="radio"
                name="pain"
                checked={score === value}
                aria-label={t('popupPainScore', value)}
                onChange={() => {
                  setScore(value);
                  setMissing(false);
                }}
              />
              <span aria-hidden="true">{value}</span>
            </label>
          ))}
        </div>
        <p class="muted small" id="pain-scale">
          {t('popupPainScale')}
        </p>
      </fieldset>
      {missing ? (
        <p class="error" role="alert">
          {t('popupPainPick')}
        </p>
      ) : null}
      <div class="row">
        <button type="submit" class="button primary">
          {t('popupPainSave')}
        </button>
        <Button label={t('popupPainNotNow')} onClick={onDismiss} variant="link" />
      </div>
    </form>
  );
}

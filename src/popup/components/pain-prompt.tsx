import type { JSX } from 'preact';
import { t } from '../../shared/i18n';
import type { Command } from '../command';

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** Asks once, after an application, how bad the pain is (0–10), kept in the local history. */
export function PainPrompt({
  onCommand,
}: {
  readonly onCommand: (command: Command) => void;
}): JSX.Element {
  return (
    <fieldset class="pain">
      <legend class="pain-question">{t('popupPainQuestion')}</legend>
      <div class="pain-scores">
        {SCORES.map((score) => (
          <button
            key={score}
            type="button"
            class="btn btn-small pain-score"
            aria-label={t('popupPainScore', score)}
            onClick={() => onCommand({ type: 'logPain', score })}
          >
            {score}
          </button>
        ))}
      </div>
      <p class="muted pain-scale" aria-hidden="true">
        {t('popupPainScale')}
      </p>
      <button type="button" class="link" onClick={() => onCommand({ type: 'dismissPain' })}>
        {t('popupPainNotNow')}
      </button>
    </fieldset>
  );
}

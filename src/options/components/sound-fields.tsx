import type { JSX } from 'preact';
import { t } from '../../shared/i18n';
import type { Draft } from '../draft';
import type { Update } from './plan-fields';

interface SoundFieldsProps {
  readonly draft: Draft;
  readonly update: Update;
  readonly onPreview: (volume: number) => void;
}

/** Sound on/off, volume with a preview in the page itself, and the toolbar badge. */
export function SoundFields({ draft, update, onPreview }: SoundFieldsProps): JSX.Element {
  const percent = t('optionsVolumeValue', draft.volume);
  return (
    <fieldset class="group">
      <legend>{t('optionsSoundLegend')}</legend>
      <label class="choice">
        <input
          type="checkbox"
          checked={draft.sound}
          onChange={(e) => update('sound', e.currentTarget.checked)}
        />
        <span>{t('optionsSound')}</span>
      </label>
      <div class="row">
        <div class="field">
          <label for="volume">{t('optionsVolume')}</label>
          <input
            id="volume"
            type="range"
            min={0}
            max={100}
            step={5}
            value={draft.volume}
            aria-valuetext={percent}
            onInput={(e) => update('volume', Number(e.currentTarget.value))}
          />
        </div>
        {/* Not an <output>: that is a live region and would talk over every slider step. */}
        <span class="volume-value" aria-hidden="true">
          {percent}
        </span>
        <button type="button" class="btn" onClick={() => onPreview(draft.volume / 100)}>
          {t('optionsPreview')}
        </button>
      </div>
      <label class="choice">
        <input
          type="checkbox"
          checked={draft.badge}
          onChange={(e) => update('badge', e.currentTarget.checked)}
        />
        <span>{t('optionsBadge')}</span>
      </label>
    </fieldset>
  );
}

import type { JSX } from 'preact';
import { t } from '../../shared/i18n';
import { Check, type Form } from './fields';

/** Sound on/off, volume with a preview in the page itself, and the toolbar badge. */
export function SoundFields(props: {
  form: Form;
  onPreview: (volume: number) => void;
}): JSX.Element {
  const { form, onPreview } = props;
  const volume = form.draft.volume;
  const percent = t('optionsVolumeValue', volume);
  return (
    <fieldset class="group">
      <legend>{t('optionsSoundLegend')}</legend>
      <Check form={form} name="sound" label={t('optionsSound')} />
      <div class="row">
        <div class="field">
          <label for="volume">{t('optionsVolume')}</label>
          <input
            id="volume"
            type="range"
            step={5}
            value={volume}
            aria-valuetext={percent}
            onInput={(e) => form.update('volume', Number(e.currentTarget.value))}
          />
        </div>
        {/* Not an <output>: that is a live region and would talk over every slider step. */}
        <span class="volume-value" aria-hidden="true">
          {percent}
        </span>
        <button type="button" class="btn" onClick={() => onPreview(volume / 100)}>
          {t('optionsPreview')}
        </button>
      </div>
      <Check form={form} name="badge" label={t('optionsBadge')} />
    </fieldset>
  );
}

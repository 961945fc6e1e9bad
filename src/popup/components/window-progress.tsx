import type { JSX } from 'preact';
import type { ViewState } from '../../core/types';
import { t } from '../../shared/i18n';
import { ProgressBar } from './progress-bar';

/** "Hour 5 of 48" with a thin bar, or a note that the plan runs until stopped. */
export function WindowProgress({ view }: { readonly view: ViewState }): JSX.Element {
  if (view.hour === null || view.windowHours === null) {
    return <p class="window muted">{t('popupNoWindow')}</p>;
  }
  const text = t('popupHourOf', [view.hour, view.windowHours]);
  return (
    <div class="window">
      <p class="muted">{text}</p>
      <ProgressBar
        thin
        value={view.hour}
        max={view.windowHours}
        label={t('popupWindowProgress')}
        valueText={text}
      />
    </div>
  );
}

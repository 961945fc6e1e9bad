import type { JSX } from 'preact';
import type { ViewState } from '../../core/types';
import { t } from '../../shared/i18n';

export function nextText(next: NonNullable<ViewState['next']>): string {
  switch (next.phase) {
    case 'end':
      return t('popupNextEnd');
    case 'ice':
      return t('popupNextIce', next.minutes);
    case 'heat':
      return t('popupNextHeat', next.minutes);
    default:
      return t('popupNextRest', next.minutes);
  }
}

export function NextStep({ view }: { readonly view: ViewState }): JSX.Element | null {
  return view.next ? <p class="next">{nextText(view.next)}</p> : null;
}

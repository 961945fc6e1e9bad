import type { JSX } from 'preact';
import type { ViewState } from '../../core/types';
import { t } from '../../shared/i18n';

function tipKey(view: ViewState): string | null {
  if (view.status === 'due') return 'popupTipDue';
  if (view.status !== 'running') return null;
  if (view.phase === 'ice') return 'popupTipIce';
  if (view.phase === 'heat') return 'popupTipHeat';
  return 'popupTipRest';
}

/** One safety or comfort tip for the present phase. */
export function Tip({ view }: { readonly view: ViewState }): JSX.Element | null {
  const key = tipKey(view);
  return key ? <p class="tip">{t(key)}</p> : null;
}

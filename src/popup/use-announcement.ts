import { useEffect, useRef, useState } from 'preact/hooks';
import type { ViewState, ViewStatus } from '../core/types';
import { t } from '../shared/i18n';

/** Changes whenever the phase changes, and never on a clock tick. */
export function phaseKey(view: ViewState): string {
  return `${view.status}|${view.phase ?? ''}|${view.cycle}`;
}

function announcementFor(view: ViewState, previous: ViewStatus): string {
  switch (view.status) {
    case 'idle':
      return t('popupAnnounceStopped');
    case 'done':
      return t('popupAnnounceDone');
    case 'paused':
      return t('popupAnnouncePaused');
    case 'due':
      return t(view.modality === 'heat' ? 'popupAnnounceDueHeat' : 'popupAnnounceDueIce');
    default:
      if (previous === 'paused') return t('popupAnnounceResumed');
      if (view.phase === 'ice') return t('popupAnnounceIce');
      if (view.phase === 'heat') return t('popupAnnounceHeat');
      return t('popupAnnounceRest');
  }
}

/**
 * The text of the polite live region: set on phase changes only (not on the first frame, where
 * the screen itself says it all, and not every second).
 */
export function useAnnouncement(view: ViewState): string {
  const [text, setText] = useState('');
  const last = useRef<{ key: string; status: ViewStatus } | null>(null);
  const key = phaseKey(view);
  useEffect(() => {
    const previous = last.current;
    if (previous !== null && previous.key !== key) setText(announcementFor(view, previous.status));
    last.current = { key, status: view.status };
    // Only the phase key matters: `view` changes every tick.
  }, [key]);
  return text;
}

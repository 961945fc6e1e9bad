import type { JSX } from 'preact';
import { t } from '../../shared/i18n';
import { formatCountdown, minutesLeft } from '../format';

function spokenLabel(ms: number): string {
  const minutes = minutesLeft(ms);
  if (ms <= 0) return t('popupTimerLabelNone');
  if (minutes === 1) return t('popupTimerLabelOne');
  return t('popupTimerLabel', minutes);
}

/**
 * The big countdown. role=timer is not a live region by default, so screen readers read it on
 * demand instead of every second; phase changes are announced by the app's live region.
 */
export function Countdown({ remainingMs }: { readonly remainingMs: number }): JSX.Element {
  return (
    <p class="countdown" role="timer" aria-label={spokenLabel(remainingMs)}>
      {formatCountdown(remainingMs)}
    </p>
  );
}

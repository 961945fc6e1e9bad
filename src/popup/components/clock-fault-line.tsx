import type { JSX } from 'preact';
import { clockFault } from '../../core/clock-fault';
import type { Session } from '../../core/types';
import { BUILT_AT } from '../../shared/built-at';
import { t } from '../../shared/i18n';

/**
 * The one line the popup shows while the computer's clock cannot be right (core/clock-fault.ts,
 * the same rule the background follows): the timer is kept and carries on once it is.
 */
export function ClockFaultLine(props: {
  session: Session | null;
  now: number;
}): JSX.Element | null {
  const { session, now } = props;
  if (clockFault(now, session?.lastSeenAt ?? null, BUILT_AT) === null) return null;
  const date = new Date(now).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return (
    <p class="notice" role="status">
      {t('popupClockFault', date)}
    </p>
  );
}

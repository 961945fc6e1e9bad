/** How to keep the icon (and its countdown badge) in sight, per browser family. */
import type { JSX } from 'preact';
import { t } from '../../../shared/i18n';

export function PinHint(): JSX.Element {
  return (
    <section aria-labelledby="pin-heading">
      <h2 id="pin-heading">{t('welcomePinHeading')}</h2>
      <p>{t('welcomePinWhy')}</p>
      <ul>
        <li>{t('welcomePinChromium')}</li>
        <li>{t('welcomePinFirefox')}</li>
      </ul>
    </section>
  );
}

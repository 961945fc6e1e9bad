/** The emergency red flags, on the welcome page itself (not only behind a link). */
import type { JSX } from 'preact';
import { t } from '../../../shared/i18n';
import { EMERGENCY_FLAG_KEYS, EMERGENCY_TITLE_KEY } from '../../red-flags';

/** The guide topic on when to get help (src/pages/guide/topics.ts). */
export const HELP_LINK = 'guide.html#help';

export function RedFlags(): JSX.Element {
  return (
    <section class="red-flags" aria-labelledby="red-flags-heading">
      <h2 id="red-flags-heading">{t(EMERGENCY_TITLE_KEY)}</h2>
      <p>{t('welcomeRedFlagsIntro')}</p>
      <ul>
        {EMERGENCY_FLAG_KEYS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p>
        <a href={HELP_LINK}>{t('welcomeHelpLink')}</a>
      </p>
    </section>
  );
}

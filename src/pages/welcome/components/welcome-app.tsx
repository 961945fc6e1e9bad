/** The welcome page: what IceCycle does, who should ask first, a test alert, pinning the icon. */
import type { JSX } from 'preact';
import type { Client } from '../../../shared/client';
import { t } from '../../../shared/i18n';
import { PinHint } from './pin-hint';
import { SafetyChecklist } from './safety-checklist';
import { TestAlert } from './test-alert';

/** The guide topic on when to get help (src/pages/guide/topics.ts). */
export const HELP_LINK = 'guide.html#help';

export interface WelcomeAppProps {
  readonly client: Pick<Client, 'send'>;
}

export function WelcomeApp({ client }: WelcomeAppProps): JSX.Element {
  return (
    <>
      <header class="welcome-header">
        <h1>{t('welcomeTitle')}</h1>
        <p class="lead">{t('welcomeIntroWhat')}</p>
        <p>{t('welcomeIntroHow')}</p>
      </header>
      <main>
        <SafetyChecklist />
        <TestAlert client={client} />
        <PinHint />
      </main>
      <footer class="welcome-footer">
        <p>
          <strong>{t('welcomeNotAdvice')}</strong> <a href={HELP_LINK}>{t('welcomeHelpLink')}</a>
        </p>
      </footer>
    </>
  );
}

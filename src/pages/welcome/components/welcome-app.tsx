/**
 * The welcome page: what IceCycle does, who should ask first, the emergency red flags, a test
 * alert, pinning the icon, and the first step.
 */
import type { JSX } from 'preact';
import type { Client } from '../../../shared/client';
import { t } from '../../../shared/i18n';
import { PinHint } from './pin-hint';
import { HELP_LINK, RedFlags } from './red-flags';
import { SafetyChecklist } from './safety-checklist';
import { TestAlert } from './test-alert';

export { HELP_LINK };

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
        <RedFlags />
        <TestAlert client={client} />
        <PinHint />
        <section class="first-step" aria-labelledby="first-step-heading">
          <h2 id="first-step-heading">{t('welcomeFirstStepHeading')}</h2>
          <p class="lead">{t('welcomeFirstStep')}</p>
        </section>
      </main>
      <footer class="welcome-footer">
        <p>
          <strong>{t('welcomeNotAdvice')}</strong>
        </p>
      </footer>
    </>
  );
}

/**
 * "Send a test alert": asks the background for a harmless notification, then says what the
 * browser reports about permission and what to check when nothing appears (the OS and its
 * do-not-disturb mode can hide alerts without either browser knowing; PLATFORM.md §4).
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Client } from '../../../shared/client';
import { t } from '../../../shared/i18n';

export type Permission = 'granted' | 'denied' | 'unknown';

export type TestAlertState =
  | { readonly kind: 'ready' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'sent'; readonly permission: Permission }
  | { readonly kind: 'failed'; readonly error: string };

const PERMISSION_KEYS: Readonly<Record<Permission, string>> = {
  granted: 'welcomePermissionGranted',
  denied: 'welcomePermissionDenied',
  unknown: 'welcomePermissionUnknown',
};

export const CHECK_KEYS: readonly string[] = [
  'welcomeCheckSystem',
  'welcomeCheckFocus',
  'welcomeCheckBrowser',
];

function Result({ state }: { readonly state: TestAlertState }): JSX.Element | null {
  switch (state.kind) {
    case 'ready':
    case 'sending':
      return null;
    case 'sent':
      return (
        <>
          <p>{t('welcomeTestSent')}</p>
          <p class={state.permission === 'denied' ? 'warning' : undefined}>
            {t(PERMISSION_KEYS[state.permission])}
          </p>
        </>
      );
    case 'failed':
      return <p class="warning">{t(state.error)}</p>;
  }
}

export function TestAlert({ client }: { readonly client: Pick<Client, 'send'> }): JSX.Element {
  const [state, setState] = useState<TestAlertState>({ kind: 'ready' });

  const send = async (): Promise<void> => {
    setState({ kind: 'sending' });
    const reply = await client.send({ type: 'testAlert' });
    setState(
      reply.ok
        ? { kind: 'sent', permission: reply.value.permission }
        : { kind: 'failed', error: reply.error },
    );
  };

  const sending = state.kind === 'sending';
  return (
    <section aria-labelledby="alerts-heading">
      <h2 id="alerts-heading">{t('welcomeAlertsHeading')}</h2>
      <p>{t('welcomeAlertsIntro')}</p>
      <button type="button" class="primary" onClick={send} disabled={sending} aria-busy={sending}>
        {t(sending ? 'welcomeTestSending' : 'welcomeTestButton')}
      </button>
      {/* Polite: the result follows the person's own click. */}
      <div class="result" role="status" aria-live="polite">
        <Result state={state} />
      </div>
      <h3>{t('welcomeCheckHeading')}</h3>
      <ul>
        {CHECK_KEYS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </section>
  );
}

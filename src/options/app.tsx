import type { JSX } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { HistoryEntry } from '../core/types';
import type { Shortcut } from '../shared/client';
import { t } from '../shared/i18n';
import type { Reply, StateSnapshot } from '../shared/messages';
import { HistorySection } from './components/history-section';
import { type SaveResult, SettingsForm } from './components/settings-form';
import { Shortcuts } from './components/shortcuts';
import { replyErrorText } from './error-text';
import type { OptionsClient } from './options-client';

interface AppProps {
  readonly client: OptionsClient;
  readonly initial: StateSnapshot;
  readonly initialHistory: readonly HistoryEntry[];
}

/** The options page: settings, keyboard shortcuts, history. Writes nothing itself. */
export function App({ client, initial, initialHistory }: AppProps): JSX.Element {
  const [snapshot, setSnapshot] = useState(initial);
  const [history, setHistory] = useState(initialHistory);
  /** undefined while loading; null when the browser does not list them here. */
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null | undefined>(undefined);

  useLayoutEffect(() => {
    const stops = [client.subscribe(setSnapshot), client.subscribeHistory(setHistory)];
    client.readShortcuts().then(setShortcuts, () => setShortcuts(null));
    return () => {
      for (const stop of stops) stop();
    };
  }, [client]);

  const settingsReply = (reply: Reply<'saveSettings'>): SaveResult => {
    if (!reply.ok) return { ok: false, error: replyErrorText(reply.error) };
    setSnapshot(reply.value);
    return { ok: true, settings: reply.value.settings };
  };

  const clear = async (): Promise<string | null> => {
    const reply = await client.send({ type: 'clearHistory' });
    if (!reply.ok) return replyErrorText(reply.error);
    const cleared = await client.readHistory().catch(() => []);
    setSnapshot(reply.value);
    setHistory(cleared);
    return null;
  };

  const { session, settings } = snapshot;
  return (
    <div class="page">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="hint">{t('optionsIntro')}</p>
      </header>
      <main>
        <section class="card" aria-labelledby="settings-heading">
          <h2 id="settings-heading">{t('optionsSettingsHeading')}</h2>
          <SettingsForm
            settings={settings}
            sessionRunning={session !== null && session.status !== 'done'}
            onSave={(s) => client.send({ type: 'saveSettings', settings: s }).then(settingsReply)}
            onReset={() => client.send({ type: 'resetSettings' }).then(settingsReply)}
            onPreview={(volume) => client.previewChime(volume)}
          />
        </section>
        <Shortcuts list={shortcuts} />
        <HistorySection
          client={client}
          entries={history}
          session={session}
          settings={settings}
          onClear={clear}
        />
      </main>
    </div>
  );
}

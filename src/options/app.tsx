import type { JSX } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HistoryEntry, Settings } from '../core/types';
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
  const [history, setHistory] = useState<readonly HistoryEntry[]>(initialHistory);

  useEffect(() => client.subscribe(setSnapshot), [client]);
  useEffect(() => client.subscribeHistory(setHistory), [client]);

  const settingsReply = useCallback(
    (reply: Reply<'saveSettings'> | Reply<'resetSettings'>): SaveResult => {
      if (!reply.ok) return { ok: false, error: replyErrorText(reply.error) };
      setSnapshot(reply.value);
      return { ok: true, settings: reply.value.settings };
    },
    [],
  );

  const save = (settings: Settings): Promise<SaveResult> =>
    client.send({ type: 'saveSettings', settings }).then(settingsReply);
  const reset = (): Promise<SaveResult> =>
    client.send({ type: 'resetSettings' }).then(settingsReply);
  const clear = async (): Promise<string | null> => {
    const reply = await client.send({ type: 'clearHistory' });
    if (!reply.ok) return replyErrorText(reply.error);
    setSnapshot(reply.value);
    setHistory(await client.readHistory().catch(() => []));
    return null;
  };
  const loadShortcuts = useCallback(() => client.getShortcuts(), [client]);
  const session = snapshot.session;
  const running = session !== null && session.status !== 'done';

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
            settings={snapshot.settings}
            sessionRunning={running}
            onSave={save}
            onReset={reset}
            onPreview={(volume) => client.previewChime(volume)}
          />
        </section>
        <Shortcuts load={loadShortcuts} />
        <HistorySection
          entries={history}
          session={session}
          settings={snapshot.settings}
          now={client.now}
          saveFile={(name, type, text) => client.saveFile(name, type, text)}
          onClear={clear}
        />
      </main>
    </div>
  );
}

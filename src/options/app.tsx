import { Component, type JSX } from 'preact';
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

interface AppState {
  readonly snapshot: StateSnapshot;
  readonly history: readonly HistoryEntry[];
  /** undefined while loading; null when the browser does not list them here. */
  readonly shortcuts?: Shortcut[] | null;
}

/**
 * The options page: settings, keyboard shortcuts, history. Writes nothing itself.
 * Classes, not hooks: preact/hooks alone would be ~1 KB gzip of the page's 16 KB budget.
 */
export class App extends Component<AppProps, AppState> {
  override state: AppState = { snapshot: this.props.initial, history: this.props.initialHistory };
  #unsubscribe: (() => void)[] = [];

  override componentDidMount(): void {
    const { client } = this.props;
    this.#unsubscribe = [
      client.subscribe((snapshot) => this.setState({ snapshot })),
      client.subscribeHistory((history) => this.setState({ history })),
    ];
    const shortcuts = (list: Shortcut[] | null): void => this.setState({ shortcuts: list });
    client.readShortcuts().then(shortcuts, () => shortcuts(null));
  }

  override componentWillUnmount(): void {
    for (const stop of this.#unsubscribe) stop();
  }

  #settingsReply = (reply: Reply<'saveSettings'>): SaveResult => {
    if (!reply.ok) return { ok: false, error: replyErrorText(reply.error) };
    this.setState({ snapshot: reply.value });
    return { ok: true, settings: reply.value.settings };
  };

  #clear = async (): Promise<string | null> => {
    const { client } = this.props;
    const reply = await client.send({ type: 'clearHistory' });
    if (!reply.ok) return replyErrorText(reply.error);
    const history = await client.readHistory().catch(() => []);
    this.setState({ snapshot: reply.value, history });
    return null;
  };

  override render(): JSX.Element {
    const { client } = this.props;
    const { snapshot, history, shortcuts } = this.state;
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
              onSave={(s) =>
                client.send({ type: 'saveSettings', settings: s }).then(this.#settingsReply)
              }
              onReset={() => client.send({ type: 'resetSettings' }).then(this.#settingsReply)}
              onPreview={(volume) => client.previewChime(volume)}
            />
          </section>
          <Shortcuts list={shortcuts} />
          <HistorySection
            client={client}
            entries={history}
            session={session}
            settings={settings}
            onClear={this.#clear}
          />
        </main>
      </div>
    );
  }
}

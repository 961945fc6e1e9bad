import { Component, createRef, type JSX } from 'preact';
import { view as viewOf } from '../core';
import type { ViewState } from '../core/types';
import type { Client } from '../shared/client';
import { t } from '../shared/i18n';
import type { Reply, StateSnapshot } from '../shared/messages';
import type { Command } from './command';
import { button } from './components/button';
import { ClockFaultLine } from './components/clock-fault-line';
import { GuideLinks } from './components/guide-links';
import { IdleScreen } from './components/idle-screen';
import { SessionScreen } from './components/session-screen';
import { announcementFor, toneOf } from './phase';

interface AppProps {
  readonly client: Client;
  readonly initial: StateSnapshot;
  /** The keyboard shortcuts line, read with the state before the first frame (null: none set). */
  readonly shortcuts?: string | null;
  /** A message key to show from the first frame (e.g. state could not be read). */
  readonly initialError?: string | null;
}

interface AppState {
  readonly snapshot: StateSnapshot;
  readonly now: number;
  readonly error: string | null;
  /** The polite live region's text, set on phase changes only. */
  readonly announcement: string;
}

/** An error key from the background, or a generic line if this build does not know the key. */
function errorText(key: string): string {
  const text = t(key);
  return text === key ? t('popupErrorGeneric') : text;
}

/** The instant a countdown on screen reached zero, else null. */
const endedAt = (v: ViewState | null): number | null =>
  v?.status === 'running' && v.remainingMs === 0 ? v.phaseEndsAt : null;

/**
 * The popup. A class, not hooks: preact/hooks would be a twelfth of the popup's size budget.
 * `follow` does what effects would: after every render it compares the view with the one before.
 */
export class App extends Component<AppProps, AppState> {
  override state: AppState = {
    snapshot: this.props.initial,
    now: this.props.client.now(),
    error: this.props.initialError ? errorText(this.props.initialError) : null,
    announcement: '',
  };
  #root = createRef<HTMLDivElement>();
  /** One command at a time; buttons stay enabled so focus is never lost to a disabled button. */
  #pending = false;
  #ticker: ReturnType<typeof setInterval> | undefined;
  #unsubscribe = (): void => undefined;

  #view(state: AppState = this.state): ViewState {
    return viewOf(state.snapshot.session, state.now);
  }

  #clock = (): number => this.props.client.now();

  /**
   * The background records `lastSeenAt` on every wake (its clock-jump guard), so most stored
   * changes and replies differ only there; those change nothing on screen and are not rendered.
   */
  #show(snapshot: StateSnapshot, error: string | null = null): void {
    const key = (s: StateSnapshot): string =>
      JSON.stringify([s.settings, s.notice, s.session && { ...s.session, lastSeenAt: 0 }]);
    if (error === this.state.error && key(snapshot) === key(this.state.snapshot)) return;
    this.setState({ snapshot, error, now: this.#clock() });
  }

  #apply = (reply: Reply<'getState'>): void => {
    if (reply.ok) this.#show(reply.value);
    else this.setState({ error: errorText(reply.error), now: this.#clock() });
  };

  /** getState: the background catches up (a wake) and replies with the state. */
  #catchUp(): void {
    this.props.client.send({ type: 'getState' }).then(this.#apply);
  }

  #run = (command: Command): void => {
    if (this.#pending) return;
    this.#pending = true;
    this.props.client
      .send(command)
      .then(this.#apply)
      .finally(() => {
        this.#pending = false;
      });
  };

  override componentDidMount(): void {
    // Follow the background: it catches up on getState (a wake) and writes storage on changes.
    this.#unsubscribe = this.props.client.subscribe((snapshot) =>
      this.#show(snapshot, this.state.error),
    );
    this.#catchUp();
    this.#follow(null);
  }

  override componentDidUpdate(_props: AppProps, previous: AppState): void {
    this.#follow(this.#view(previous));
  }

  override componentWillUnmount(): void {
    this.#unsubscribe();
    clearInterval(this.#ticker);
  }

  #follow(before: ViewState | null): void {
    const view = this.#view();
    // Tick once a second only while a countdown is on screen.
    const ticking = view.status === 'running';
    if (ticking !== (this.#ticker !== undefined)) {
      clearInterval(this.#ticker);
      this.#ticker = ticking
        ? setInterval(() => this.setState({ now: this.#clock() }), 1000)
        : undefined;
    }
    // When the countdown reaches zero, ask the background to catch up (its alarm may be late).
    const ended = endedAt(view);
    if (ended !== null && ended !== endedAt(before)) this.#catchUp();
    // First focus on the primary action; again whenever a state change removed the focused button.
    // (Focus on nothing is focus on the body, which is outside the root.)
    const root = this.#root.current;
    if (
      `${before?.status}${before?.phase}${before?.takeOffPending}` !==
        `${view.status}${view.phase}${view.takeOffPending}` &&
      !root?.contains(document.activeElement)
    ) {
      root?.querySelector<HTMLElement>('.pri')?.focus();
    }
    // Announce changes: not the first frame (the screen says it all), not ticks.
    const announcement = before && announcementFor(view, before, this.state.snapshot.session);
    if (announcement) this.setState({ announcement });
  }

  render(
    { client, shortcuts = null }: AppProps,
    { snapshot, error, announcement }: AppState,
  ): JSX.Element {
    const { session, notice } = snapshot;
    const view = this.#view();
    return (
      <div class={`app t-${toneOf(view)}`} ref={this.#root}>
        <header>
          <h1>{t('popupTitle')}</h1>
        </header>
        {notice ? (
          <div class="box note t-due" role="status">
            <p>
              {t(notice === 'saveFailed' ? 'popupNoticeSaveFailed' : 'popupNoticeStorageReset')}
            </p>
            {button(t('popupDismiss'), () => this.#run({ type: 'dismissNotice' }), 'sm')}
          </div>
        ) : null}
        <ClockFaultLine session={session} now={this.state.now} />
        <div class="err" role="alert">
          {error}
        </div>
        <main>
          {session ? (
            <SessionScreen session={session} view={view} onCommand={this.#run} />
          ) : (
            <IdleScreen settings={snapshot.settings} now={this.#clock} onCommand={this.#run} />
          )}
        </main>
        <div class="sr" aria-live="polite" aria-atomic="true">
          {announcement}
        </div>
        <GuideLinks openPage={(path) => client.openPage(path)} shortcuts={shortcuts} />
      </div>
    );
  }
}

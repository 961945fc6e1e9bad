import { Component, createRef, type JSX } from 'preact';
import { view as viewOf } from '../core';
import type { ViewState } from '../core/types';
import type { Client } from '../shared/client';
import { t } from '../shared/i18n';
import type { Reply, StateSnapshot } from '../shared/messages';
import type { Command } from './command';
import { Button } from './components/button';
import { ClockFaultLine } from './components/clock-fault-line';
import { GuideLinks } from './components/guide-links';
import { IdleScreen } from './components/idle-screen';
import { SessionScreen } from './components/session-screen';
import { announcementFor, topicOf } from './phase';
import { type PrimaryAction, type Screen, screenFor } from './screen';

interface AppProps {
  readonly client: Client;
  readonly initial: StateSnapshot;
  /** The keyboard shortcuts, read with the state before the first frame (null: none set). */
  readonly shortcuts?: readonly string[] | null;
  /** A message key to show from the first frame (e.g. state could not be read). */
  readonly initialError?: string | null;
}

interface AppState {
  readonly snapshot: StateSnapshot;
  readonly now: number;
  readonly error: string | null;
  /** The polite live region's text, set on phase changes only. */
  readonly announcement: string;
  /** Quiet hours hold the application and the person chose to put it on anyway. */
  readonly quietNow: boolean;
  /** "Pain 4/10 saved.", shown for the rest of the cycle it was given in. */
  readonly saved: { readonly text: string; readonly cycle: number } | null;
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
 * The popup. `follow` does what effects would: after every render it compares the screen with
 * the one before (ticking, catching up, focus, announcements).
 */
export class App extends Component<AppProps, AppState> {
  override state: AppState = {
    snapshot: this.props.initial,
    now: this.props.client.now(),
    error: this.props.initialError ? errorText(this.props.initialError) : null,
    announcement: '',
    quietNow: false,
    saved: null,
  };
  #root = createRef<HTMLDivElement>();
  /** One command at a time; buttons stay enabled so focus is never lost to a disabled button. */
  #pending = false;
  #ticker: ReturnType<typeof setInterval> | undefined;
  #unsubscribe = (): void => undefined;

  #view(state: AppState = this.state): ViewState {
    return viewOf(state.snapshot.session, state.now);
  }

  #screen(state: AppState = this.state): Screen | null {
    const session = state.snapshot.session;
    if (session === null) return null;
    const view = this.#view(state);
    return screenFor({ view, session, now: state.now, quietNow: state.quietNow });
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
      .then((reply) => {
        this.#apply(reply);
        if (reply.ok && command.type === 'logPain') {
          const text = t('popupPainSaved', command.score);
          this.setState({ saved: { text, cycle: this.#view().cycle } });
        }
      })
      .finally(() => {
        this.#pending = false;
      });
  };

  /** A screen's primary (or secondary) action: a command, or a step in the popup itself. */
  #act = (action: PrimaryAction): void => {
    const session = this.state.snapshot.session;
    switch (action) {
      case 'close':
        window.close();
        return;
      case 'quietNow':
        this.setState({ quietNow: true });
        return;
      case 'startHeat':
        if (session) this.#run({ type: 'start', planId: 'heat', injuryAt: session.injuryAt });
        return;
      case 'closePlan':
        this.#run({ type: 'stop' });
        return;
      default:
        this.#run({ type: action });
    }
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
    this.#follow(previous);
  }

  override componentWillUnmount(): void {
    this.#unsubscribe();
    clearInterval(this.#ticker);
  }

  #follow(previous: AppState | null): void {
    const view = this.#view();
    const screen = this.#screen();
    const before = previous && { view: this.#view(previous), screen: this.#screen(previous) };
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
    if (ended !== null && ended !== endedAt(before?.view ?? null)) this.#catchUp();
    const kind = screen?.kind ?? 'idle';
    const changed = before === null || (before.screen?.kind ?? 'idle') !== kind;
    if (changed) this.#focus(before === null);
    if (before && changed && (this.state.quietNow || this.state.saved)) {
      // "Start now anyway" lasts while quiet hours hold that application; a saved score's line
      // lasts while its rest runs.
      const keepQuiet = kind === 'due' && this.state.quietNow;
      const keepSaved = kind === 'rest' && this.state.saved?.cycle === view.cycle;
      this.setState({
        quietNow: keepQuiet,
        saved: keepSaved ? this.state.saved : null,
      });
    }
    // Announce changes: not the first frame (the screen says it all), not ticks.
    const announcement = before && announcementFor(view, screen, before);
    if (announcement) this.setState({ announcement });
  }

  /**
   * On opening, focus goes to the primary action. After any change of screen it goes to the new
   * status, never to a button: a run of Enter presses can then never chain into another action.
   */
  #focus(opening: boolean): void {
    const root = this.#root.current;
    const target = opening
      ? (root?.querySelector<HTMLElement>('.primary') ?? null)
      : root?.querySelector<HTMLElement>('#status');
    target?.focus();
  }

  render(
    { client, shortcuts = null }: AppProps,
    { snapshot, error, announcement, saved }: AppState,
  ): JSX.Element {
    const { session, notice } = snapshot;
    const view = this.#view();
    const screen = this.#screen();
    const meta =
      screen && screen.kind !== 'done'
        ? [
            t('popupCycle', view.cycle),
            // "3 h of 48 h": whole hours since the spasm, from the first whole hour on ("0 h of
            // 48 h" right after Start would only puzzle).
            view.hour && view.windowHours !== null
              ? t('popupHourOf', [view.hour, view.windowHours])
              : null,
          ]
            .filter(Boolean)
            .join(' · ')
        : null;
    return (
      <div class="app" ref={this.#root}>
        <header>
          <h1>{t('popupTitle')}</h1>
          {meta ? <p class="muted small">{meta}</p> : null}
        </header>
        {notice ? (
          <div class="notice" role="status">
            <p>
              {t(notice === 'saveFailed' ? 'popupNoticeSaveFailed' : 'popupNoticeStorageReset')}
            </p>
            <Button
              label={t('popupDismiss')}
              onClick={() => this.#run({ type: 'dismissNotice' })}
              variant="choice"
            />
          </div>
        ) : null}
        <ClockFaultLine session={session} now={this.state.now} />
        <div class="error" role="alert">
          {error}
        </div>
        <main>
          {session && screen ? (
            <SessionScreen
              screen={screen}
              onCommand={this.#run}
              onAction={this.#act}
              saved={screen.kind === 'rest' && saved?.cycle === view.cycle ? saved.text : null}
            />
          ) : (
            <IdleScreen settings={snapshot.settings} now={this.#clock} onCommand={this.#run} />
          )}
        </main>
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">
          {announcement}
        </div>
        <GuideLinks
          openPage={(path) => client.openPage(path)}
          topic={topicOf(screen, view)}
          shortcuts={shortcuts}
        />
      </div>
    );
  }
}

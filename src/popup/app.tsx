import type { JSX } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { view as viewOf } from '../core';
import type { Client } from '../shared/client';
import { t } from '../shared/i18n';
import type { Reply, StateSnapshot } from '../shared/messages';
import type { Command } from './command';
import { DoneScreen } from './components/done-screen';
import { Footer, GuideLinks } from './components/guide-links';
import { IdleScreen } from './components/idle-screen';
import { NoticeBanner } from './components/notice-banner';
import { toneOf } from './components/phase-header';
import { SessionScreen } from './components/session-screen';
import { useAnnouncement } from './use-announcement';

interface AppProps {
  readonly client: Client;
  readonly initial: StateSnapshot;
  /** A message key to show from the first frame (e.g. state could not be read). */
  readonly initialError?: string | null;
}

/** An error key from the background, or a generic line if this build does not know the key. */
function errorText(key: string): string {
  const text = t(key);
  return text === key ? t('popupErrorGeneric') : text;
}

export function App({ client, initial, initialError = null }: AppProps): JSX.Element {
  const [snapshot, setSnapshot] = useState(initial);
  const [now, setNow] = useState(() => client.now());
  const [error, setError] = useState<string | null>(initialError ? errorText(initialError) : null);
  // One command at a time; buttons stay enabled so focus is never lost to a disabled button.
  const pending = useRef(false);
  const root = useRef<HTMLDivElement>(null);

  const view = useMemo(() => viewOf(snapshot.session, now), [snapshot.session, now]);
  const announcement = useAnnouncement(view);

  const apply = useCallback(
    (reply: Reply<'getState'>): void => {
      if (reply.ok) {
        setSnapshot(reply.value);
        setError(null);
      } else {
        setError(errorText(reply.error));
      }
      setNow(client.now());
    },
    [client],
  );

  // Follow the background: it catches up on getState (a wake) and writes storage on changes.
  useEffect(() => {
    const unsubscribe = client.subscribe((next) => {
      setSnapshot(next);
      setNow(client.now());
    });
    client.send({ type: 'getState' }).then(apply);
    return unsubscribe;
  }, [client, apply]);

  // Tick once a second only while a countdown is on screen.
  const ticking = view.status === 'running';
  useEffect(() => {
    if (!ticking) return undefined;
    const id = setInterval(() => setNow(client.now()), 1000);
    return () => clearInterval(id);
  }, [ticking, client]);

  // When the countdown reaches zero, ask the background to catch up (its alarm may be late).
  const endedAt = ticking && view.remainingMs === 0 ? view.phaseEndsAt : null;
  useEffect(() => {
    if (endedAt !== null) client.send({ type: 'getState' }).then(apply);
  }, [endedAt, client, apply]);

  // First focus on the primary action; again whenever a state change removed the focused button.
  useEffect(() => {
    const active = document.activeElement;
    if (active && active !== document.body && root.current?.contains(active)) return;
    root.current?.querySelector<HTMLElement>('[data-primary]')?.focus();
  }, [view.status, view.phase, view.takeOffPending]);

  const run = (command: Command): void => {
    if (pending.current) return;
    pending.current = true;
    client
      .send(command)
      .then(apply)
      .finally(() => {
        pending.current = false;
      });
  };
  const clock = useCallback(() => client.now(), [client]);
  const openPage = (path: string): void => client.openPage(path);

  const session = snapshot.session;
  return (
    <div class={`app tone-${view.status === 'idle' ? 'idle' : toneOf(view)}`} ref={root}>
      <header class="top">
        <h1 class="title">{t('popupTitle')}</h1>
      </header>
      {snapshot.notice ? (
        <NoticeBanner notice={snapshot.notice} onDismiss={() => run({ type: 'dismissNotice' })} />
      ) : null}
      <div class="error" role="alert">
        {error}
      </div>
      <main>
        {session === null || view.status === 'idle' ? (
          <IdleScreen settings={snapshot.settings} now={clock} onCommand={run} />
        ) : view.status === 'done' ? (
          <DoneScreen session={session} view={view} onCommand={run} clock={clock} />
        ) : (
          <SessionScreen session={session} view={view} onCommand={run} />
        )}
      </main>
      <div class="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      <GuideLinks openPage={openPage} />
      <Footer openPage={openPage} />
    </div>
  );
}

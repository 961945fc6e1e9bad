import type { JSX } from 'preact';
import type { Session, ViewState } from '../../core/types';
import { t, uiLanguage } from '../../shared/i18n';
import type { Command } from '../command';
import { formatClock, formatCountdown } from '../format';
import { Controls } from './controls';
import { Countdown } from './countdown';
import { NextStep } from './next-step';
import { PainPrompt } from './pain-prompt';
import { PhaseHeader } from './phase-header';
import { ProgressBar } from './progress-bar';
import { TakeOff } from './take-off';
import { Tip } from './tip';
import { WindowProgress } from './window-progress';

interface SessionScreenProps {
  readonly session: Session;
  readonly view: ViewState;
  readonly onCommand: (command: Command) => void;
}

function RunningBody({ view }: { readonly view: ViewState }): JSX.Element | null {
  if (view.remainingMs === null) return null;
  const percent = Math.round(view.progress * 100);
  return (
    <>
      <Countdown remainingMs={view.remainingMs} />
      <ProgressBar value={percent} max={100} label={t('popupPhaseProgress')} />
    </>
  );
}

function DueBody({ view }: { readonly view: ViewState }): JSX.Element {
  const lang = uiLanguage();
  return (
    <>
      <p class="lead">{t(view.modality === 'heat' ? 'popupDueHeat' : 'popupDueIce')}</p>
      {view.quietUntil !== null ? (
        <p class="muted">{t('popupQuietUntil', formatClock(view.quietUntil, lang))}</p>
      ) : view.snoozedUntil !== null ? (
        <p class="muted">{t('popupSnoozedUntil', formatClock(view.snoozedUntil, lang))}</p>
      ) : view.dueSince !== null ? (
        <p class="muted">{t('popupDueSince', formatClock(view.dueSince, lang))}</p>
      ) : null}
    </>
  );
}

function pausedKey(session: Session, view: ViewState): string {
  const heat = view.modality === 'heat';
  if (session.pausedStatus === 'due') return heat ? 'popupPausedDueHeat' : 'popupPausedDueIce';
  if (view.phase === 'rest') return 'popupPausedRest';
  return heat ? 'popupPausedHeat' : 'popupPausedIce';
}

function PausedBody({
  session,
  view,
}: {
  readonly session: Session;
  readonly view: ViewState;
}): JSX.Element {
  return (
    <>
      <p class="lead">{t(pausedKey(session, view))}</p>
      {view.remainingMs !== null ? (
        <p class="muted">{t('popupPausedLeft', formatCountdown(view.remainingMs))}</p>
      ) : null}
    </>
  );
}

/** Running, due and paused: the phase, its countdown, what comes next, and the controls. */
export function SessionScreen({ session, view, onCommand }: SessionScreenProps): JSX.Element {
  return (
    <section class="screen" aria-labelledby="phase-heading">
      <PhaseHeader view={view} />
      {view.takeOffPending ? <TakeOff session={session} onCommand={onCommand} /> : null}
      {view.status === 'running' ? <RunningBody view={view} /> : null}
      {view.status === 'due' ? <DueBody view={view} /> : null}
      {view.status === 'paused' ? <PausedBody session={session} view={view} /> : null}
      <NextStep view={view} />
      <WindowProgress view={view} />
      <Tip view={view} />
      {view.askPain !== null ? <PainPrompt onCommand={onCommand} /> : null}
      <Controls view={view} onCommand={onCommand} />
    </section>
  );
}

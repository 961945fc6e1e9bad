import type { JSX } from 'preact';
import type { Session, ViewState } from '../../core/types';
import { t } from '../../shared/i18n';
import type { Command } from '../command';
import { formatClock, formatCountdown } from '../format';
import { ICONS, phaseName, TIPS, toneOf } from '../phase';
import { button } from './button';
import { Controls } from './controls';

interface SessionScreenProps {
  readonly session: Session;
  readonly view: ViewState;
  readonly onCommand: (command: Command) => void;
}

const SCORES = [...Array(11).keys()];

const NEXT = {
  ice: 'popupNextIce',
  heat: 'popupNextHeat',
  rest: 'popupNextRest',
  end: 'popupNextEnd',
};

/**
 * A labelled progress bar (a progressbar's minimum is 0 by default); the fill is scaled through
 * the CSSOM (no style attribute in markup). The engine keeps `value` within 0..max.
 */
function bar(value: number, max: number, label: string, valueText?: string): JSX.Element {
  return (
    <div
      class="bar"
      role="progressbar"
      aria-label={label}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={valueText}
    >
      <div style={{ transform: `scaleX(${value / max})` }} />
    </div>
  );
}

/** The countdown's spoken label (role=timer is read on demand, not every second). */
function timerLabel(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  return ms <= 0
    ? t('popupTimerLabelNone')
    : minutes === 1
      ? t('popupTimerLabelOne')
      : t('popupTimerLabel', minutes);
}

/** The line under a due application's heading: held by quiet hours, snoozed, or due since. */
function dueNote({ quietUntil, snoozedUntil, dueSince }: ViewState): string | null {
  const [key, at] =
    quietUntil !== null
      ? ['popupQuietUntil', quietUntil]
      : snoozedUntil !== null
        ? ['popupSnoozedUntil', snoozedUntil]
        : ['popupDueSince', dueSince];
  return at === null ? null : t(key, formatClock(at));
}

function pausedKey(session: Session, view: ViewState): string {
  const heat = view.modality === 'heat';
  if (session.pausedStatus === 'due') return heat ? 'popupPausedDueHeat' : 'popupPausedDueIce';
  if (view.phase === 'rest') return 'popupPausedRest';
  return heat ? 'popupPausedHeat' : 'popupPausedIce';
}

/** The application that just ended (the step before the current rest) was heat. */
function endedHeat(session: Session): boolean {
  const steps = session.plan.steps;
  const previous = steps[(session.stepIndex - 1 + steps.length) % steps.length];
  return previous?.kind === 'apply' && previous.modality === 'heat';
}

/**
 * A session: the phase and its countdown (or what is due, or what is paused), what comes next,
 * the window, a tip, the take-off and pain prompts, and the controls. When the window has
 * ended: the heat plan when the plan suggests it, or Finish.
 */
export function SessionScreen({ session, view, onCommand }: SessionScreenProps): JSX.Element {
  const tone = toneOf(view);
  const heat = view.modality === 'heat';
  const remaining = view.remainingMs;
  const status = view.status;
  const suggestHeat = view.afterWindow === 'suggestHeat' && view.windowHours !== null;
  const send = (command: Command) => (): void => onCommand(command);
  let lead: string | null = null;
  let note: string | null = null;
  if (status === 'due') {
    lead = t(heat ? 'popupDueHeat' : 'popupDueIce');
    note = dueNote(view);
  } else if (status === 'paused') {
    lead = t(pausedKey(session, view));
    note = remaining === null ? null : t('popupPausedLeft', formatCountdown(remaining));
  } else if (status === 'done') {
    lead = suggestHeat ? t('popupDoneHeat', view.windowHours ?? 0) : t('popupDonePlain');
  }
  const tip = TIPS[tone];
  return (
    <section aria-labelledby="phase-heading">
      <div class="hd">
        <h2 id="phase-heading">
          <span aria-hidden="true">{ICONS[tone]} </span>
          {phaseName(view)}
        </h2>
        {status !== 'done' && view.cycle > 0 ? (
          <span class="mu">{t('popupCycle', view.cycle)}</span>
        ) : null}
      </div>
      {view.takeOffPending ? (
        <div class="box off">
          <p class="lead">{t(endedHeat(session) ? 'popupTakeOffHeat' : 'popupTakeOffIce')}</p>
          {button(t('popupAckTakeOff'), send({ type: 'ackTakeOff' }), 'pri')}
        </div>
      ) : null}
      {status === 'running' && remaining !== null ? (
        <>
          <p class="cd" role="timer" aria-label={timerLabel(remaining)}>
            {formatCountdown(remaining)}
          </p>
          {bar(Math.round(view.progress * 100), 100, t('popupPhaseProgress'))}
        </>
      ) : null}
      {lead ? <p class="lead">{lead}</p> : null}
      {note ? <p class="mu">{note}</p> : null}
      {status === 'done' ? (
        <div class="row">
          {suggestHeat
            ? button(
                t('popupStartHeat'),
                () =>
                  onCommand({
                    type: 'start',
                    planId: 'heat',
                    injuryAt: session.injuryAt,
                  }),
                'pri',
              )
            : null}
          {button(t('popupFinish'), send({ type: 'stop' }), suggestHeat ? '' : 'pri')}
        </div>
      ) : (
        <>
          {view.next ? <p>{t(NEXT[view.next.phase], view.next.minutes)}</p> : null}
          {view.hour !== null && view.windowHours !== null ? (
            <div class="win">
              <p class="mu">{t('popupHourOf', [view.hour, view.windowHours])}</p>
              {bar(
                view.hour,
                view.windowHours,
                t('popupWindowProgress'),
                t('popupHourOf', [view.hour, view.windowHours]),
              )}
            </div>
          ) : (
            <p class="mu">{t('popupNoWindow')}</p>
          )}
          {tip ? <p class="box tip">{t(tip)}</p> : null}
          {view.askPain !== null ? (
            <fieldset class="box pain">
              <legend>{t('popupPainQuestion')}</legend>
              <div class="scores">
                {SCORES.map((score) => (
                  <button
                    key={score}
                    type="button"
                    class="btn sm"
                    aria-label={t('popupPainScore', score)}
                    onClick={send({ type: 'logPain', score })}
                  >
                    {score}
                  </button>
                ))}
              </div>
              <p class="mu scale" aria-hidden="true">
                {t('popupPainScale')}
              </p>
              <button type="button" class="link" onClick={send({ type: 'dismissPain' })}>
                {t('popupPainNotNow')}
              </button>
            </fieldset>
          ) : null}
          <Controls view={view} onCommand={onCommand} />
        </>
      )}
    </section>
  );
}

import type { JSX } from 'preact';
import type { Session, ViewState } from '../../core/types';
import { t } from '../../shared/i18n';
import type { Command } from '../command';
import { formatClock, formatCountdown } from '../format';
import { phaseName, TONES, takeOffText, toneOf } from '../phase';
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
  return minutes === 1 ? t('popupTimerLabelOne') : t('popupTimerLabel', minutes);
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
    // A due application, or a rest (an application is never paused; an older stored session
    // paused mid-application reads the same, with its time left below).
    lead = t(
      view.phase === 'rest' ? 'popupPausedRest' : heat ? 'popupPausedHeat' : 'popupPausedIce',
    );
    note = remaining === null ? null : t('popupPausedLeft', formatCountdown(remaining));
  } else if (status === 'done') {
    lead = suggestHeat ? t('popupDoneHeat', view.windowHours ?? 0) : t('popupDonePlain');
  }
  const [icon, , tip] = TONES[tone];
  const hourOf = t('popupHourOf', [view.hour ?? 0, view.windowHours ?? 0]);
  return (
    <section aria-labelledby="phase-heading">
      <div class="hd">
        <h2 id="phase-heading">
          <span aria-hidden="true">{icon} </span>
          {phaseName(view)}
        </h2>
        {status !== 'done' ? <span class="mu">{t('popupCycle', view.cycle)}</span> : null}
      </div>
      {view.takeOffPending ? (
        <div class="box off">
          <p class="lead">{takeOffText(session)}</p>
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
                send({ type: 'start', planId: 'heat', injuryAt: session.injuryAt }),
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
              <p class="mu">{hourOf}</p>
              {bar(view.hour, view.windowHours, t('popupWindowProgress'), hourOf)}
            </div>
          ) : (
            <p class="mu">{t('popupNoWindow')}</p>
          )}
          {tip ? <p class="box tip">{t(tip)}</p> : null}
          {view.askPain !== null ? (
            <fieldset class="box pain" aria-describedby="pain-scale">
              <legend>{t('popupPainQuestion')}</legend>
              <div class="scores">
                {SCORES.map((score) =>
                  button(
                    score,
                    send({ type: 'logPain', score }),
                    'sm',
                    score,
                    t('popupPainScore', score),
                  ),
                )}
              </div>
              <p class="mu scale" id="pain-scale">
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

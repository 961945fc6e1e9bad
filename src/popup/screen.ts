/**
 * What the popup shows for a session, decided in one place: for each state one status in words,
 * one big time that says what it is, the lines worth reading now, exactly one primary action,
 * and the less common actions that sit behind "More". Pure: the components only draw it.
 */
import { SNOOZE_CHOICES } from '../core';
import { DONE_AFTER_MINUTES } from '../core/plans';
import { currentStep, stepOf } from '../core/session';
import type { Session, ViewState } from '../core/types';
import { t } from '../shared/i18n';
import { formatClock } from './format';

export type ScreenKind =
  | 'due'
  | 'snoozed'
  | 'quiet'
  | 'apply'
  | 'takeOff'
  | 'pain'
  | 'rest'
  | 'paused'
  | 'done';

/** The screen's colour (the `tone-…` class). */
export type Tone = 'ice' | 'heat' | 'rest' | 'due' | 'off' | 'quiet' | 'paused' | 'done';

/** What a primary button does; the app turns it into a command or a local step. */
export type PrimaryAction =
  | 'confirm'
  | 'ackTakeOff'
  | 'resume'
  | 'close'
  | 'startHeat'
  | 'closePlan'
  | 'quietNow';

/** The less common actions, each shown only when it applies. */
export interface MoreActions {
  /** The disclosure's label: "Not now…" on a due screen, else "More". */
  readonly label: string;
  readonly snooze: readonly number[];
  readonly pause: boolean;
  /** Skipping what is due or ending a rest early: its label, or null. */
  readonly skip: string | null;
  /** Ending a running application early, which asks first: the menu label and the question. */
  readonly end: { readonly label: string; readonly question: string } | null;
  readonly stop: boolean;
}

export interface Action {
  readonly label: string;
  readonly action: PrimaryAction;
}

export interface Screen {
  readonly kind: ScreenKind;
  readonly tone: Tone;
  readonly status: string;
  /** The big line: a time with what it is ("12 min left"), never a bare clock. */
  readonly time: string | null;
  /** 0..1 through a running countdown, else null (no bar). */
  readonly progress: number | null;
  readonly lines: readonly string[];
  readonly next: string | null;
  readonly primary: Action | null;
  /** A second visible choice, shown plainly (the finished screen's "Close this plan"). */
  readonly secondary?: Action;
  readonly more: MoreActions | null;
}

/** The due screen says since when an application has waited from this long on. */
const WAITING_LINE_AFTER_MS = 5 * 60_000;

/** Whole minutes, rounded up: "1 min left" until the very end. */
const minutesOf = (ms: number): number => Math.max(0, Math.ceil(ms / 60_000));

function timeLeft(ms: number): string {
  const minutes = minutesOf(ms);
  return minutes === 1 ? t('popupTimeLeftOne') : t('popupTimeLeft', minutes);
}

const NEXT = {
  ice: 'popupNextIce',
  heat: 'popupNextHeat',
  rest: 'popupNextRest',
  end: 'popupNextEnd',
} as const;

function nextLine(view: ViewState): string | null {
  return view.next ? t(NEXT[view.next.phase], view.next.minutes) : null;
}

const NO_MORE: Omit<MoreActions, 'label'> = {
  snooze: [],
  pause: false,
  skip: null,
  end: null,
  stop: true,
};

function more(over: Partial<MoreActions> = {}): MoreActions {
  return { label: t('popupMore'), ...NO_MORE, ...over };
}

/** The kind of screen for a session's view (`quietNow`: the person chose to start anyway). */
function kindOf(view: ViewState, quietNow = false): ScreenKind {
  switch (view.status) {
    case 'due':
      if (view.quietUntil !== null && !quietNow) return 'quiet';
      return view.snoozedUntil !== null ? 'snoozed' : 'due';
    case 'running':
      if (view.phase !== 'rest') return 'apply';
      if (view.takeOffPending) return 'takeOff';
      return view.askPain !== null ? 'pain' : 'rest';
    case 'paused':
      return 'paused';
    default:
      return 'done';
  }
}

interface ScreenInput {
  readonly view: ViewState;
  readonly session: Session;
  readonly now: number;
  /** Quiet hours hold the application, and the person chose to put it on anyway. */
  readonly quietNow?: boolean;
}

export function screenFor({ view, session, now, quietNow = false }: ScreenInput): Screen {
  const kind = kindOf(view, quietNow);
  const heat = view.modality === 'heat';
  const ice = heat ? 'Heat' : 'Ice';
  const base = { kind, progress: null, next: nextLine(view), primary: null, more: null };
  // The current step's length: the due application's, or the running one's.
  const { minutes } = currentStep(session);
  switch (kind) {
    case 'due':
    case 'snoozed': {
      const snoozed = kind === 'snoozed';
      const later = session.stepIndex > 0;
      return {
        ...base,
        tone: 'due',
        status: t(snoozed ? 'popupPhaseSnoozed' : `popupPhaseDue${ice}`),
        time: snoozed
          ? t('popupTimeReminderIn', minutesOf((view.snoozedUntil ?? now) - now))
          : t(`popupTimeApply${ice}`, minutes),
        lines: [...(later ? [t('popupTipDue')] : []), t(`popupHowTo${ice}`)],
        // How long it has waited, once that says something (not right after Start).
        next:
          view.dueSince !== null && now - view.dueSince >= WAITING_LINE_AFTER_MS
            ? t('popupDueSince', formatClock(view.dueSince))
            : null,
        primary: { label: t(`popupConfirm${ice}`), action: 'confirm' },
        more: more({
          label: t(snoozed ? 'popupMore' : 'popupNotNow'),
          snooze: [...SNOOZE_CHOICES],
          skip: t(`popupSkipDue${ice}`),
        }),
      };
    }
    case 'quiet':
      return {
        ...base,
        tone: 'quiet',
        status: t('popupPhaseQuiet'),
        time: t('popupTimeUntil', formatClock(view.quietUntil ?? now)),
        // "Quiet hours / Until 7:00 / Your next ice waits until then — nothing will sound."
        lines: [t(`popupQuiet${ice}`)],
        next: null,
        primary: { label: t(`popupQuietNow${ice}`), action: 'quietNow' },
        more: more({ skip: t(`popupSkipDue${ice}`) }),
      };
    case 'apply': {
      const left = view.remainingMs ?? 0;
      // Ended from DONE_AFTER_MINUTES on, an application counts as done (the ice page: 10–15 min
      // is typical, never more than 20), so the person knows a shorter one is not a failure.
      const doneFrom =
        minutes > DONE_AFTER_MINUTES
          ? [t('popupApplyDoneFrom', [DONE_AFTER_MINUTES, minutes])]
          : [];
      return {
        ...base,
        tone: heat ? 'heat' : 'ice',
        status: t(`popupPhase${ice}`),
        time: timeLeft(left),
        progress: view.progress,
        lines: [t(`popupTip${ice}`), ...doneFrom],
        primary: { label: t('popupClose'), action: 'close' },
        more: more({
          end: {
            label: t(`popupEnd${ice}`),
            question: t(`popupEndQuestion${ice}`, minutesOf(left)),
          },
        }),
      };
    }
    case 'takeOff': {
      const previous = stepOf(session.plan, session.stepIndex - 1);
      const off = previous.kind === 'apply' && previous.modality === 'heat' ? 'Heat' : 'Ice';
      return {
        ...base,
        tone: 'off',
        status: t(`popupPhaseTakeOff${off}`),
        time: t('popupTimeOnFor', minutesOf(view.packOnMs ?? 0)),
        lines: [t(`popupTakeOff${off}`)],
        next: null,
        primary: { label: t('popupAckTakeOff'), action: 'ackTakeOff' },
        more: more(),
      };
    }
    case 'pain':
      return {
        ...base,
        tone: 'rest',
        status: t('popupPainQuestion'),
        time: null,
        lines: [],
        next: t('popupPainRestLeft', minutesOf(view.remainingMs ?? 0)),
      };
    case 'rest':
      return {
        ...base,
        tone: 'rest',
        status: t('popupPhaseRest'),
        time: timeLeft(view.remainingMs ?? 0),
        progress: view.progress,
        lines: [t('popupTipRest')],
        primary: { label: t('popupClose'), action: 'close' },
        more: more({ pause: view.can.pause, skip: view.can.skip ? t('popupSkipRest') : null }),
      };
    case 'paused': {
      const rest = view.phase === 'rest';
      const held = view.remainingMs;
      return {
        ...base,
        tone: 'paused',
        status: t('popupPhasePaused'),
        time: held === null ? null : t('popupTimeOnHold', minutesOf(held)),
        lines: [
          t(
            held === null
              ? 'popupPausedDueLine'
              : rest
                ? 'popupPausedRestLine'
                : 'popupPausedApplyLine',
          ),
        ],
        primary: { label: t('popupResume'), action: 'resume' },
        more: more(),
      };
    }
    case 'done':
      return doneScreen(view, session);
  }
}

function doneScreen(view: ViewState, session: Session): Screen {
  const suggestHeat = view.afterWindow === 'suggestHeat' && view.windowHours !== null;
  const hours = Math.round(((session.endedAt ?? session.startedAt) - session.injuryAt) / 3_600_000);
  const done = view.applicationsDone;
  const cut = view.applicationsCutShort;
  const cutShort =
    cut === 0
      ? t('popupDoneCutShortNone')
      : cut === 1
        ? t('popupDoneCutShortOne')
        : t('popupDoneCutShort', cut);
  return {
    kind: 'done',
    tone: 'done',
    status: t('popupPhaseDone'),
    time: t('popupTimeCovered', view.windowHours ?? hours),
    progress: null,
    lines: [
      done === 1 ? t('popupDoneApplicationsOne') : t('popupDoneApplications', done),
      cutShort,
      t(suggestHeat ? 'popupDoneHeat' : 'popupDonePlain'),
    ],
    next: null,
    primary: suggestHeat
      ? { label: t('popupStartHeat'), action: 'startHeat' }
      : { label: t('popupDoneClose'), action: 'closePlan' },
    ...(suggestHeat ? { secondary: { label: t('popupDoneClose'), action: 'closePlan' } } : {}),
    more: null,
  };
}

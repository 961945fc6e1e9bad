/**
 * The engine's vocabulary. Pure data: no browser API, no clock. Every instant is epoch ms.
 */
import type { HISTORY_ENTRY_VERSION, SESSION_VERSION, SETTINGS_VERSION } from './versions';

export type Ms = number;

export const MINUTE: Ms = 60_000;
export const HOUR: Ms = 60 * MINUTE;

export type Modality = 'ice' | 'heat';

/** One step of a plan: an application of ice or heat, or a rest. */
export type Step =
  | { readonly kind: 'apply'; readonly modality: Modality; readonly minutes: number }
  | { readonly kind: 'rest'; readonly minutes: number };

export type PresetId = 'guide' | 'spaced' | 'heat';
export type PlanId = PresetId | 'custom';

/** What happens when the plan's window (anchored to the spasm's start) ends. */
export type PlanEnd = 'suggestHeat' | 'none';

export interface Plan {
  readonly id: PlanId;
  /** Repeated cyclically: step i of the session is steps[i % steps.length]. */
  readonly steps: readonly Step[];
  /** Hours after the spasm started when the plan ends; null = until stopped. */
  readonly windowHours: number | null;
  readonly afterWindow: PlanEnd;
}

/** A custom plan as a person enters it (validated by `validateCustom`). */
export interface CustomPlanInput {
  readonly modality: Modality;
  readonly applyMinutes: number;
  readonly restMinutes: number;
  /** null = until stopped */
  readonly windowHours: number | null;
}

export type SessionStatus = 'running' | 'due' | 'paused' | 'done';

/**
 * The persisted session. Only absolute instants and a step index: never "minutes left".
 *
 * - running: step `stepIndex` runs from phaseStartedAt to phaseEndsAt.
 * - due: step `stepIndex` is an application waiting for "Ice is on"; phaseStartedAt is when it
 *   became due; phaseEndsAt is null; a snooze sets `snoozedUntil`.
 * - paused: `pausedAt` set; `pausedStatus` says what was paused (running keeps phase instants,
 *   which resume shifts by the pause length).
 * - done: the window ended (`endedAt`); `then` tells the popup what to suggest.
 */
export interface Session {
  readonly schemaVersion: typeof SESSION_VERSION;
  readonly id: string;
  readonly plan: Plan;
  /** When the spasm started (≤ startedAt, at most 72 h before it). */
  readonly injuryAt: Ms;
  readonly startedAt: Ms;
  readonly stepIndex: number;
  readonly status: SessionStatus;
  readonly phaseStartedAt: Ms;
  readonly phaseEndsAt: Ms | null;
  readonly pausedAt: Ms | null;
  readonly pausedStatus: 'running' | 'due' | null;
  readonly snoozedUntil: Ms | null;
  readonly endedAt: Ms | null;
  /** Number of applications completed (ran to their end, or ended from DONE_AFTER_MINUTES on). */
  readonly applicationsDone: number;
  /** Number of applications the person ended before DONE_AFTER_MINUTES (logged "cutShort"). */
  readonly applicationsCutShort: number;
  /**
   * Key of the last alert the engine asked for. An alert is emitted only when the key for the
   * present state differs, so a repeated wake never repeats an alert.
   */
  readonly lastAlert: string | null;
  /**
   * The latest `now` an event saw. A later event with an earlier `now` means the clock jumped
   * back; every instant is then shifted by the jump so no phase runs longer (see transition.ts).
   */
  readonly lastSeenAt: Ms;
  /** A due application held by quiet hours until this instant (one reminder then). */
  readonly quietUntil: Ms | null;
  /** The person confirmed the last "take it off" alert: stop escalating. */
  readonly offAcked: boolean;
  /** The application whose pain score (0–10) the popup asks for once, if any. */
  readonly painPending: { readonly stepIndex: number; readonly endedAt: Ms } | null;
  /** When the current application became due (kept through "Ice is on", for the history). */
  readonly dueAt: Ms | null;
}

/** Quiet hours in local time, minutes after midnight (23:00 = 1380). `start === end` = none. */
export interface QuietHours {
  readonly enabled: boolean;
  readonly start: number;
  readonly end: number;
}

export interface Settings {
  readonly schemaVersion: typeof SETTINGS_VERSION;
  readonly planId: PlanId;
  readonly acuteWindowHours: 48 | 72;
  readonly custom: CustomPlanInput;
  /** Start applications by themselves instead of waiting for "Ice is on". */
  readonly autoStart: boolean;
  readonly reminderEveryMinutes: number;
  readonly reminderMaxCount: number;
  readonly badge: boolean;
  readonly sound: boolean;
  /** 0..1 */
  readonly soundVolume: number;
  readonly quietHours: QuietHours;
}

export type Command =
  | {
      readonly type: 'start';
      readonly planId: PlanId;
      readonly injuryAt: Ms;
      readonly custom?: CustomPlanInput;
      readonly id: string;
    }
  | { readonly type: 'confirm' }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'skip' }
  | { readonly type: 'snooze'; readonly minutes: number }
  /** "It's off": stops the take-off escalation. */
  | { readonly type: 'ackTakeOff' }
  | { readonly type: 'logPain'; readonly score: number }
  | { readonly type: 'dismissPain' }
  | { readonly type: 'stop' };

/**
 * `wake` is time passing: an alarm, start-up, popup open. `settings` is a wake after the
 * settings changed: the session's plan follows them from the next phase.
 */
export type EngineEvent = Command | { readonly type: 'wake' } | { readonly type: 'settings' };

export type NotifyKind =
  /** An application is due ("Put the ice on"), or a reminder of it. */
  | 'due'
  /** An application started by itself (auto-start): "Ice on now — 20 min". */
  | 'started'
  /** An application ended ("Take the ice off now"). */
  | 'takeOff'
  /** The plan's window ended ("48 h done — still sore? Switch to heat"). */
  | 'windowEnded';

export interface NotifySpec {
  readonly kind: NotifyKind;
  readonly modality: Modality;
  /** 0 for the first due alert, 1..n for reminders. */
  readonly reminder: number;
  /** How long ago the alert's moment was (a late wake), 0 if on time. */
  readonly lateMs: Ms;
  readonly windowHours: number | null;
  readonly afterWindow: PlanEnd;
  /** Quiet hours: show it without sound. A take-off alert is never silent. */
  readonly silent: boolean;
  /** Keep it on screen until acted on (take-off alerts). */
  readonly requireInteraction: boolean;
  /** Take-off alerts: how long the pack has been on. */
  readonly packOnMs?: Ms;
}

/**
 * `quiet`: an application is due but held by quiet hours ("resting for the night"); `snoozed`:
 * a due application waits for its snooze to end; `takeOff`: "take it off" is unanswered.
 */
export type BadgePhase =
  | 'ice'
  | 'heat'
  | 'rest'
  | 'due'
  | 'snoozed'
  | 'quiet'
  | 'takeOff'
  | 'paused'
  | 'done';

export interface BadgeSpec {
  readonly phase: BadgePhase;
  /**
   * Whole minutes left, rounded up (null when no countdown runs); while snoozed, the minutes
   * until the reminder; while a take-off is pending, how long the pack has been on.
   */
  readonly minutesLeft: number | null;
  readonly cycle: number;
  /** Whole hours since the spasm started ("hour 5 of 48"), null when the plan has no window. */
  readonly hour: number | null;
  readonly windowHours: number | null;
  /** The modality of the due/paused application, or of the one to take off, if any. */
  readonly modality: Modality | null;
}

export interface HistoryEntry {
  readonly schemaVersion: typeof HISTORY_ENTRY_VERSION;
  readonly sessionId: string;
  readonly modality: Modality;
  readonly stepIndex: number;
  readonly plannedMinutes: number;
  /** When the application became due. */
  readonly plannedStartAt: Ms;
  /** When it actually started (confirmed or auto-started); equals endedAt when skipped. */
  readonly startedAt: Ms;
  readonly plannedEndAt: Ms;
  readonly endedAt: Ms;
  readonly outcome: 'completed' | 'cutShort' | 'skipped';
  /**
   * How long after its end the extension noticed it (0 when on time). Large values mean the
   * machine slept through the end: the pack may have stayed on longer than planned.
   */
  readonly noticedLateMs: Ms;
  /** Pain 0–10 the person gave after the application, if any. */
  readonly painScore: number | null;
}

export type Effect =
  /** Arm the single alarm at `when`, or clear it when null. */
  | { readonly type: 'alarm'; readonly when: Ms | null }
  | { readonly type: 'notify'; readonly notify: NotifySpec }
  | { readonly type: 'clearNotification' }
  /** Set the badge; null clears it. */
  | { readonly type: 'badge'; readonly badge: BadgeSpec | null }
  | { readonly type: 'log'; readonly entry: HistoryEntry }
  /** Record a pain score on the history entry of (sessionId, stepIndex). */
  | {
      readonly type: 'pain';
      readonly sessionId: string;
      readonly stepIndex: number;
      readonly score: number;
    }
  /** Play the chime (only emitted when sound is on and quiet hours allow it). */
  | { readonly type: 'sound'; readonly volume: number };

export type TransitionError =
  | 'notAllowed'
  | 'invalidPlan'
  | 'invalidInjuryTime'
  | 'noSession'
  | 'alreadyRunning';

export interface TransitionResult {
  readonly session: Session | null;
  readonly effects: readonly Effect[];
  /** Set when a command was refused; session and effects then describe the unchanged state. */
  readonly error?: TransitionError;
}

export type ViewStatus = 'idle' | SessionStatus;

export interface ViewState {
  readonly status: ViewStatus;
  readonly planId: PlanId | null;
  /** The current step's kind: the modality applied (running or due), or rest. */
  readonly phase: Modality | 'rest' | null;
  /** The modality of the application that is due or paused (for "Ice is on"). */
  readonly modality: Modality | null;
  readonly remainingMs: Ms | null;
  readonly phaseMs: Ms | null;
  /** 0..1 through the current phase. */
  readonly progress: number;
  readonly phaseEndsAt: Ms | null;
  readonly next: { readonly phase: Modality | 'rest' | 'end'; readonly minutes: number } | null;
  readonly cycle: number;
  readonly hour: number | null;
  readonly windowHours: number | null;
  readonly windowEndsAt: Ms | null;
  readonly dueSince: Ms | null;
  readonly snoozedUntil: Ms | null;
  readonly afterWindow: PlanEnd | null;
  readonly applicationsDone: number;
  readonly applicationsCutShort: number;
  /** A due application held by quiet hours until this instant. */
  readonly quietUntil: Ms | null;
  /** A take-off alert not yet acknowledged ("It's off"). */
  readonly takeOffPending: boolean;
  /** While a take-off is pending: how long the pack has been on. */
  readonly packOnMs: Ms | null;
  /** Step index of the application whose pain score the popup should ask for. */
  readonly askPain: number | null;
  readonly can: {
    readonly confirm: boolean;
    readonly pause: boolean;
    readonly resume: boolean;
    readonly skip: boolean;
    readonly snooze: boolean;
    readonly stop: boolean;
  };
}

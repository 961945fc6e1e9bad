/**
 * The one typed map of commands views send to the background. A handler missing from the
 * background's table is a compile error. Errors cross the boundary as values (a message key).
 */
import type { CustomPlanInput, Ms, PlanId, Session, Settings } from '../core/types';

/** A one-line notice the popup shows (e.g. stored data had to be reset, a save failed). */
export type NoticeKind = 'storageReset' | 'saveFailed';

export interface StateSnapshot {
  readonly session: Session | null;
  readonly settings: Settings;
  readonly notice: NoticeKind | null;
}

type Empty = Record<never, never>;

export interface CommandMap {
  getState: { request: Empty; response: StateSnapshot };
  start: {
    request: { planId: PlanId; injuryAt: Ms; custom?: CustomPlanInput };
    response: StateSnapshot;
  };
  confirm: { request: Empty; response: StateSnapshot };
  pause: { request: Empty; response: StateSnapshot };
  resume: { request: Empty; response: StateSnapshot };
  skip: { request: Empty; response: StateSnapshot };
  snooze: { request: { minutes: number }; response: StateSnapshot };
  stop: { request: Empty; response: StateSnapshot };
  /** "It's off": stops the take-off escalation. */
  ackTakeOff: { request: Empty; response: StateSnapshot };
  logPain: { request: { score: number }; response: StateSnapshot };
  dismissPain: { request: Empty; response: StateSnapshot };
  dismissNotice: { request: Empty; response: StateSnapshot };
  /** Options page: validated again by the background (parseSettings); applies from the next phase. */
  saveSettings: { request: { settings: Settings }; response: StateSnapshot };
  resetSettings: { request: Empty; response: StateSnapshot };
  clearHistory: { request: Empty; response: StateSnapshot };
  /** Welcome page: shows a harmless test notification and reports the permission level. */
  testAlert: { request: Empty; response: { permission: 'granted' | 'denied' | 'unknown' } };
}

export type CommandName = keyof CommandMap;

export type Message = {
  [K in CommandName]: { readonly type: K } & CommandMap[K]['request'];
}[CommandName];

export type MessageOf<K extends CommandName> = Extract<Message, { type: K }>;

/** `error` is an `_locales` message key the view shows as is. */
export type Reply<K extends CommandName> =
  | { readonly ok: true; readonly value: CommandMap[K]['response'] }
  | { readonly ok: false; readonly error: string };

/**
 * Walks one person's day through every popup state, driving the real UI (clicks and keys on
 * the popup) and moving time as the rest of the suite does (a shifted Date, the extension's
 * own alarm fired early): idle → due → snoozed → running → take-off pending → (pain question)
 * → rest → paused → held by quiet hours → due at 07:00, Enter ×3 → …, due, Space ×3 → finished.
 * At each state a freshly opened popup is inspected (checks.ts) and the badge is read.
 */
import type { Page } from 'playwright-core';
import { view } from '../../../src/core';
import type { Session, ViewState } from '../../../src/core/types';
import type { Badge, Extension } from '../harness';
import { HOUR, MINUTE, waitFor } from '../harness';
import { clickButton, openMore } from '../steps';
import { inspect, PRIMARY, pressWhereFocused, type Screen } from './checks';
import type { Locale, Texts } from './locale';

export const STATES = [
  'idle',
  'due',
  'snoozed',
  'running',
  'takeOffPending',
  'rest',
  'paused',
  'quiet',
  'finished',
  /** The pain question after a take-off: its own moment. */
  'pain',
] as const;
/**
 * The same screens with their less common actions shown: "Not now…" open on a due ice, and the
 * question "Take the ice off now?" asked from "More" while it runs. More controls are visible
 * there by design; each must still fit, keep one primary action and pass axe.
 */
export const OPEN_STATES = ['dueMenu', 'endQuestion'] as const;
export type State = (typeof STATES)[number] | (typeof OPEN_STATES)[number];

export interface KeyRun {
  readonly key: 'Enter' | 'Space';
  /** Where focus was before each press. */
  readonly focus: string[];
  /** The stored session's status afterwards (running = the ice is on). */
  readonly status: string | undefined;
  readonly phase: string;
}

export interface Walk {
  readonly screens: Partial<Record<State, Screen>>;
  readonly badges: Partial<Record<State, Badge>>;
  readonly keys: KeyRun[];
}

export async function clickPrimary(page: Page): Promise<void> {
  await page.bringToFront();
  await page.locator(PRIMARY).first().click();
}

export function walker(ext: Extension, lang: Locale, T: Texts) {
  const walk: Walk = { screens: {}, badges: {}, keys: [] };
  let popup: Page | null = null;

  const session = async (): Promise<Session> => (await ext.session()) as Session;
  /** What the engine says the popup shows now (the same view the popup renders). */
  const shown = async (): Promise<ViewState> => view(await ext.session(), await ext.now());
  const until = (what: string, accept: (v: ViewState) => boolean): Promise<unknown> =>
    waitFor(what, shown, accept);

  /**
   * Opens the popup afresh (as a click on the icon would), does `first` on it if given (e.g. opens
   * "More"), and inspects it as `state`.
   */
  async function glance(state: State, first?: (page: Page) => Promise<void>): Promise<Page> {
    if (popup && !popup.isClosed()) await popup.close();
    const t0 = Date.now();
    popup = await ext.openPopup();
    if (first) await first(popup);
    walk.screens[state] = await inspect(popup, `${lang}-${state}`);
    if (process.env.E2E_DEBUG) console.log(`${lang} ${state}: inspected in ${Date.now() - t0} ms`);
    if (state !== 'pain') walk.badges[state] = await ext.badge();
    return popup;
  }

  /** Moves the clock to `at` and fires the extension's alarm. */
  async function timeTo(at: number): Promise<void> {
    await ext.moveClockTo(at);
    await ext.fireAlarm();
  }

  /**
   * After "It's off": the pain question, if asked (inspected as `pain` the first time), answered
   * 3 of 10 (a radio, then the primary Save); then the calm rest.
   */
  async function answerPain(page: Page, inspectIt: boolean): Promise<Page> {
    const score = (on: Page) =>
      on.getByRole('radio', { name: T('popupPainScore', 3), exact: true });
    await page.bringToFront();
    if (!(await score(page).isVisible())) return page;
    const asked = inspectIt ? await glance('pain') : page;
    await score(asked).check();
    await clickPrimary(asked);
    await until('the pain score saved', (v) => v.askPain === null);
    return asked;
  }

  /** From a running application: its end, "It's off", the pain question, the rest's end. */
  async function throughRest(): Promise<void> {
    await timeTo((await session()).phaseEndsAt ?? 0);
    const page = await ext.openPopup();
    await clickPrimary(page);
    await until('the take-off answered', (v) => !v.takeOffPending);
    await answerPain(page, false);
    await timeTo((await session()).phaseEndsAt ?? 0);
    await until('the next application due', (v) => v.status === 'due');
  }

  /** Opens the popup while due and presses `key` three times where focus is. */
  async function keyboardFromDue(key: 'Enter' | 'Space'): Promise<void> {
    if (popup && !popup.isClosed()) await popup.close();
    popup = await ext.openPopup();
    const focus = await pressWhereFocused(ext, popup, key === 'Space' ? ' ' : 'Enter', 3);
    const s = await shown();
    walk.keys.push({ key, focus, status: s.status, phase: s.phase ?? '' });
    if (process.env.E2E_DEBUG)
      console.log(`${lang} ${key} ×3, focus before each: ${focus.join(' → ')}`);
    if (s.status !== 'running' || s.phase === 'rest') {
      throw new Error(
        `${key} ×3 from due left ${s.status} ${s.phase} (focus before each: ${focus.join(' → ')})`,
      );
    }
  }

  async function run(): Promise<Walk> {
    let page = await glance('idle');
    await clickPrimary(page);
    await until('the first ice due', (v) => v.status === 'due');
    page = await glance('due');
    page = await glance('dueMenu', openMore);

    // "5 min" under the "Snooze" legend, behind "Not now…".
    await clickButton(page, T('popupMinutes', 5));
    await until('the snooze', (v) => v.snoozedUntil !== null);
    await glance('snoozed');
    await timeTo((await session()).snoozedUntil ?? 0);

    page = await ext.openPopup();
    await clickPrimary(page);
    await until('the ice on', (v) => v.status === 'running');
    await glance('running');
    // The question only: "Keep it on" is never pressed here, and the ice runs on.
    await glance('endQuestion', (open) => clickButton(open, T('popupEndIce')));
    await until('the ice still on after the question', (v) => v.status === 'running');

    await timeTo((await session()).phaseEndsAt ?? 0);
    await until('the take-off asked for', (v) => v.takeOffPending);
    page = await glance('takeOffPending');
    await clickPrimary(page);
    await until('the take-off answered', (v) => !v.takeOffPending);
    await answerPain(page, true);
    page = await glance('rest');

    await clickButton(page, T('popupPause'));
    await until('the rest paused', (v) => v.status === 'paused');
    page = await glance('paused');
    await clickPrimary(page);
    await until('the rest resumed', (v) => v.status === 'running');

    // The rest ends at 12:40; the ice waits, unanswered, into quiet hours (23:00–07:00).
    await timeTo((await session()).phaseEndsAt ?? 0);
    const day = (await session()).phaseStartedAt;
    await timeTo(day + 11 * HOUR);
    await until('the ice held by quiet hours', (v) => v.quietUntil !== null);
    await glance('quiet');

    await timeTo((await session()).quietUntil ?? 0);
    await keyboardFromDue('Enter');
    await throughRest();
    await keyboardFromDue('Space');
    await throughRest();

    await timeTo((await session()).injuryAt + 48 * HOUR + MINUTE);
    await until('the plan finished', (v) => v.status === 'done');
    await glance('finished');
    if (popup && !popup.isClosed()) await popup.close();
    return walk;
  }

  return { walk, run };
}

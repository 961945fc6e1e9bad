/** The toolbar badge (≤ 4 characters), its colour and the button's tooltip, from a BadgeSpec. */
import type { BadgePhase, BadgeSpec } from '../core';
import { t } from '../shared/i18n';
import { capitalize } from './capitalize';

/**
 * Badge colours per phase. Each has at least 4.5:1 contrast against the white badge text
 * (WCAG AA; checked in test/background/content.test.ts). Red is kept for "take it off".
 */
export const BADGE_COLORS: Readonly<Record<BadgePhase, string>> = {
  ice: '#1565c0',
  heat: '#c2410c',
  rest: '#2e7d32',
  due: '#854d0e',
  snoozed: '#0e7490',
  quiet: '#4527a0',
  takeOff: '#b91c1c',
  paused: '#546e7a',
  done: '#455a64',
};

export const BADGE_TEXT_COLOR = '#ffffff';

export interface BadgeContent {
  readonly text: string;
  readonly color: string;
  readonly title: string;
}

/** "19m" under an hour, "2h" (whole hours, rounded down) from 60 minutes: always ≤ 4 chars. */
export function countdownText(minutesLeft: number | null): string {
  if (minutesLeft === null) return '';
  if (minutesLeft < 60) return t('backgroundBadgeMinutes', Math.max(0, minutesLeft));
  return t('backgroundBadgeHours', Math.floor(minutesLeft / 60));
}

/** Phases whose words depend on the modality: `backgroundTitleDueIce`, `…TakeOffHeat`, … */
const BY_MODALITY: readonly BadgePhase[] = ['due', 'snoozed', 'takeOff'];

/**
 * Keys are composed from the phase and, when due, snoozed or to be taken off, the modality
 * (`backgroundBadgeQuiet`, `backgroundTitleTakeOffHeat`, `backgroundTitleRestHour`…) rather than
 * spelled out, for the background's size budget; test/background/content.test.ts renders every
 * phase.
 */
export function badgeContent(spec: BadgeSpec): BadgeContent {
  const { phase } = spec;
  const modality = spec.modality === 'heat' ? 'Heat' : 'Ice';
  const name = capitalize(phase) + (BY_MODALITY.includes(phase) ? modality : '');
  const running = phase === 'ice' || phase === 'heat' || phase === 'rest';
  // "Hour" variants add "5 h of 48 h" to a running phase when the plan has a window, from the
  // first whole hour on (as the popup does).
  const hour = running && spec.hour && spec.windowHours !== null ? 'Hour' : '';
  const minutes = Math.max(0, spec.minutesLeft ?? 0);
  const text = running
    ? countdownText(spec.minutesLeft)
    : phase === 'snoozed'
      ? t('backgroundBadgeSnoozed', Math.min(minutes, 99))
      : t(`backgroundBadge${phase === 'due' ? name : capitalize(phase)}`);
  return {
    text,
    color: BADGE_COLORS[phase],
    title: t(`backgroundTitle${name}${hour}`, [
      minutes,
      spec.cycle,
      spec.hour ?? 0,
      spec.windowHours ?? 0,
    ]),
  };
}

/** The tooltip when no session runs: the manifest's default title. */
export function idleTitle(): string {
  return t('extActionTitle');
}

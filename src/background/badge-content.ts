/** The toolbar badge (≤ 4 characters), its colour and the button's tooltip, from a BadgeSpec. */
import type { BadgePhase, BadgeSpec } from '../core';
import { t } from '../shared/i18n';
import { capitalize } from './capitalize';

/**
 * Badge colours per phase. Each has at least 4.5:1 contrast against the white badge text
 * (WCAG AA; checked in test/background/badge-content.test.ts).
 */
export const BADGE_COLORS: Readonly<Record<BadgePhase, string>> = {
  ice: '#1565c0',
  heat: '#c2410c',
  rest: '#2e7d32',
  due: '#b91c1c',
  quiet: '#4527a0',
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

/**
 * Keys are composed from the phase and, when due, the modality (`backgroundBadgeQuiet`,
 * `backgroundTitleDueHeat`, `backgroundTitleRestHour`…) rather than spelled out, for the
 * background's size budget; test/background/content.test.ts renders every phase.
 */
export function badgeContent(spec: BadgeSpec): BadgeContent {
  const { phase } = spec;
  const name =
    capitalize(phase) + (phase === 'due' ? (spec.modality === 'heat' ? 'Heat' : 'Ice') : '');
  const running = phase === 'ice' || phase === 'heat' || phase === 'rest';
  // "Hour" variants add "5 h of 48 h" to a running phase when the plan has a window.
  const hour = running && spec.hour !== null && spec.windowHours !== null ? 'Hour' : '';
  return {
    text: running ? countdownText(spec.minutesLeft) : t(`backgroundBadge${name}`),
    color: BADGE_COLORS[phase],
    title: t(`backgroundTitle${name}${hour}`, [
      spec.minutesLeft ?? 0,
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

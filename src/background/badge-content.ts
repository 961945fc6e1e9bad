/** The toolbar badge (≤ 4 characters), its colour and the button's tooltip, from a BadgeSpec. */
import type { BadgePhase, BadgeSpec } from '../core';
import { t } from '../shared/i18n';

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

function badgeText(spec: BadgeSpec): string {
  switch (spec.phase) {
    case 'ice':
    case 'heat':
    case 'rest':
      return countdownText(spec.minutesLeft);
    case 'due':
      return t(spec.modality === 'heat' ? 'backgroundBadgeDueHeat' : 'backgroundBadgeDueIce');
    case 'quiet':
      return t('backgroundBadgeQuiet');
    case 'paused':
      return t('backgroundBadgePaused');
    case 'done':
      return t('backgroundBadgeDone');
  }
}

function runningTitle(phase: 'ice' | 'heat' | 'rest', spec: BadgeSpec): string {
  const base = {
    ice: 'backgroundTitleIce',
    heat: 'backgroundTitleHeat',
    rest: 'backgroundTitleRest',
  }[phase];
  const minutes = spec.minutesLeft ?? 0;
  return spec.hour !== null && spec.windowHours !== null
    ? t(`${base}Hour`, [minutes, spec.cycle, spec.hour, spec.windowHours])
    : t(base, [minutes, spec.cycle]);
}

function badgeTitle(spec: BadgeSpec): string {
  switch (spec.phase) {
    case 'ice':
    case 'heat':
    case 'rest':
      return runningTitle(spec.phase, spec);
    case 'due':
      return t(spec.modality === 'heat' ? 'backgroundTitleDueHeat' : 'backgroundTitleDueIce');
    case 'quiet':
      return t('backgroundTitleQuiet');
    case 'paused':
      return t('backgroundTitlePaused');
    case 'done':
      return t('backgroundTitleDone');
  }
}

export function badgeContent(spec: BadgeSpec): BadgeContent {
  return { text: badgeText(spec), color: BADGE_COLORS[spec.phase], title: badgeTitle(spec) };
}

/** The tooltip when no session runs: the manifest's default title. */
export function idleTitle(): string {
  return t('extActionTitle');
}

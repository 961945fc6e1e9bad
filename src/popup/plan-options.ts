import { PRESETS } from '../core';
import type { PlanId, Settings } from '../core/types';
import { t } from '../shared/i18n';

export interface PlanOption {
  readonly id: PlanId;
  readonly label: string;
  readonly note: string;
}

/**
 * Label and note of each preset; the labels take [apply, rest, hours] (spaced: [apply, every,
 * hours]; heat: [apply, times a day, days]).
 */
const PRESET_TEXT = {
  guide: ['popupPlanCycle', 'popupPlanCycleNote'],
  spaced: ['popupPlanSpaced', 'popupPlanSpacedNote'],
  heat: ['popupPlanHeatDaily', 'popupPlanHeatDailyNote'],
} as const;

/**
 * The plans on offer, labelled from the real plan table so the words match the timer. A custom
 * plan is offered only when it is the saved choice; it is edited on the options page. Its bounds
 * are not checked here: the background repairs stored settings on the popup's first getState,
 * and refuses to start a plan out of bounds (core/guard.ts keeps the validator out of views).
 */
export function planOptions(settings: Settings): PlanOption[] {
  const options: PlanOption[] = (['guide', 'spaced', 'heat'] as const).map((id) => {
    const plan = PRESETS[id](settings.acuteWindowHours);
    // Ice presets are [application, rest]; the heat preset is one day of [application, rest].
    const [apply = 0, rest = 0] = plan.steps.map((step) => step.minutes);
    const hours = plan.windowHours ?? 0;
    const [label, note] = PRESET_TEXT[id];
    const args =
      id === 'heat'
        ? [apply, plan.steps.filter((step) => step.kind === 'apply').length, hours / 24]
        : [apply, id === 'spaced' ? Math.round((apply + rest) / 6) / 10 : rest, hours];
    return { id, label: t(label, args), note: t(note) };
  });
  const custom = settings.custom;
  if (settings.planId === 'custom') {
    options.push({
      id: 'custom',
      label: t(custom.modality === 'heat' ? 'popupPlanCustomHeat' : 'popupPlanCustomIce', [
        custom.applyMinutes,
        custom.restMinutes,
      ]),
      note:
        custom.windowHours === null
          ? t('popupPlanCustomOpen')
          : t('popupPlanCustomWindow', custom.windowHours),
    });
  }
  return options;
}

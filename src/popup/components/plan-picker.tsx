import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { planFor } from '../../core';
import type { Plan, PlanId, Settings } from '../../core/types';
import { t } from '../../shared/i18n';

export interface PlanOption {
  readonly id: PlanId;
  readonly label: string;
  readonly note: string;
}

function minutesOf(plan: Plan): { apply: number; rest: number } {
  let apply = 0;
  let rest = 0;
  for (const step of plan.steps) {
    if (step.kind === 'apply') apply = apply || step.minutes;
    else rest = rest || step.minutes;
  }
  return { apply, rest };
}

/** The plans on offer, labelled from the real plan table so the words match the timer. */
export function planOptions(settings: Settings): PlanOption[] {
  const options: PlanOption[] = [];
  for (const id of ['guide', 'spaced', 'heat'] as const) {
    const result = planFor(id, settings);
    if (!result.ok) continue;
    const { apply, rest } = minutesOf(result.plan);
    const hours = result.plan.windowHours ?? 0;
    const label =
      id === 'guide'
        ? t('popupPlanGuide', [apply, rest, hours])
        : id === 'spaced'
          ? t('popupPlanSpaced', [apply, Math.round(((apply + rest) / 60) * 10) / 10, hours])
          : t('popupPlanHeat', [apply, rest]);
    const note = t(
      id === 'guide'
        ? 'popupPlanGuideNote'
        : id === 'spaced'
          ? 'popupPlanSpacedNote'
          : 'popupPlanHeatNote',
    );
    options.push({ id, label, note });
  }
  // A custom plan is offered only when it is the saved choice and still valid; it is edited
  // on the options page.
  if (settings.planId === 'custom') {
    const result = planFor('custom', settings, settings.custom);
    if (result.ok) {
      const { apply, rest } = minutesOf(result.plan);
      const heat = settings.custom.modality === 'heat';
      options.push({
        id: 'custom',
        label: t(heat ? 'popupPlanCustomHeat' : 'popupPlanCustomIce', [apply, rest]),
        note:
          result.plan.windowHours === null
            ? t('popupPlanCustomOpen')
            : t('popupPlanCustomWindow', result.plan.windowHours),
      });
    }
  }
  return options;
}

interface PlanPickerProps {
  readonly options: readonly PlanOption[];
  readonly value: PlanId;
  readonly onChange: (id: PlanId) => void;
}

export function PlanPicker({ options, value, onChange }: PlanPickerProps): JSX.Element {
  const name = useId();
  return (
    <fieldset class="field plans">
      <legend>{t('popupPlanLegend')}</legend>
      {options.map((option) => (
        <div key={option.id} class="plan">
          <label class="plan-label">
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={option.id === value}
              aria-describedby={`${name}-${option.id}`}
              onChange={() => onChange(option.id)}
            />
            <span>{option.label}</span>
          </label>
          <p class="plan-note" id={`${name}-${option.id}`}>
            {option.note}
          </p>
        </div>
      ))}
    </fieldset>
  );
}

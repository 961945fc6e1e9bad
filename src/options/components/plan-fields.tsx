import type { JSX } from 'preact';
import { BOUNDS, PRESETS } from '../../core';
import type { Modality, PlanId } from '../../core/types';
import { t } from '../../shared/i18n';
import { Field, type Form, Radios } from './fields';

/** Preset labels come from the plan table itself, so the words always match the timer. */
function planLabel(id: PlanId, acute: 48 | 72): string {
  if (id === 'custom') return t('optionsPlanCustom');
  const plan = PRESETS[id](acute);
  const minutes = (kind: 'apply' | 'rest'): number =>
    plan.steps.find((s) => s.kind === kind)?.minutes ?? 0;
  const apply = minutes('apply');
  const rest = minutes('rest');
  const hours = plan.windowHours ?? 0;
  if (id === 'guide') return t('optionsPlanGuide', [apply, rest, hours]);
  if (id === 'spaced')
    return t('optionsPlanSpaced', [apply, Math.round((apply + rest) / 6) / 10, hours]);
  const perDay = plan.steps.filter((s) => s.kind === 'apply').length;
  return t('optionsPlanHeat', [apply, perDay, hours / 24]);
}

const PLAN_IDS: readonly PlanId[] = ['guide', 'spaced', 'heat', 'custom'];

/** The plan choice, and the custom plan's own fields when it is chosen. */
export function PlanFields({ form }: { form: Form }): JSX.Element {
  const { draft, update } = form;
  return (
    <fieldset class="group">
      <legend>{t('optionsPlanLegend')}</legend>
      <p class="hint">{t('optionsPlanHint')}</p>
      <Radios
        name="plan"
        value={draft.planId}
        set={(id) => update('planId', id)}
        options={PLAN_IDS.map((id) => [id, planLabel(id, draft.acuteWindowHours)] as const)}
      />
      {draft.planId === 'custom' ? (
        <fieldset class="group nested">
          <legend>{t('optionsCustomLegend')}</legend>
          <p class="hint">{t('optionsCustomBounds')}</p>
          <fieldset class="inline">
            <legend>{t('optionsModalityLegend')}</legend>
            <Radios<Modality>
              name="modality"
              value={draft.modality}
              set={(m) => update('modality', m)}
              options={[
                ['ice', t('optionsModalityIce')],
                ['heat', t('optionsModalityHeat')],
              ]}
            />
          </fieldset>
          <Field
            form={form}
            name="applyMinutes"
            label={t('optionsApplyLabel')}
            bounds={BOUNDS[draft.modality]}
          />
          <Field
            form={form}
            name="restMinutes"
            label={t('optionsRestLabel')}
            bounds={BOUNDS.rest}
          />
          <fieldset class="inline">
            <legend>{t('optionsWindowLegend')}</legend>
            <Radios
              name="window"
              value={draft.untilStopped}
              set={(v) => update('untilStopped', v)}
              options={[
                [false, t('optionsWindowForHours')],
                // Every ice plan ends within 72 h: "until I stop it" is for heat only.
                ...(draft.modality === 'heat'
                  ? [[true, t('optionsWindowUntilStopped')] as const]
                  : []),
              ]}
            />
          </fieldset>
          {draft.untilStopped && draft.modality === 'heat' ? null : (
            <Field
              form={form}
              name="windowHours"
              label={t('optionsWindowHoursLabel')}
              bounds={BOUNDS.windowHours}
            />
          )}
        </fieldset>
      ) : null}
    </fieldset>
  );
}

import type { JSX } from 'preact';
import { BOUNDS, PRESETS } from '../../core';
import type { Modality, Plan, PlanId } from '../../core/types';
import { t } from '../../shared/i18n';
import { applyBounds, type Draft, type DraftField } from '../draft';
import { NumberField } from './number-field';

export type Update = <K extends keyof Draft>(key: K, value: Draft[K]) => void;

interface PlanFieldsProps {
  readonly draft: Draft;
  readonly errors: Readonly<Partial<Record<DraftField, string>>>;
  readonly update: Update;
}

function minutes(plan: Plan): { apply: number; rest: number } {
  const apply = plan.steps.find((s) => s.kind === 'apply')?.minutes ?? 0;
  const rest = plan.steps.find((s) => s.kind === 'rest')?.minutes ?? 0;
  return { apply, rest };
}

/** Preset labels come from the plan table itself, so the words always match the timer. */
function planLabel(id: PlanId, acute: 48 | 72): string {
  if (id === 'custom') return t('optionsPlanCustom');
  const plan = PRESETS[id](acute);
  const { apply, rest } = minutes(plan);
  if (id === 'guide') return t('optionsPlanGuide', [apply, rest, plan.windowHours ?? 0]);
  if (id === 'spaced') {
    const every = Math.round(((apply + rest) / 60) * 10) / 10;
    return t('optionsPlanSpaced', [apply, every, plan.windowHours ?? 0]);
  }
  return t('optionsPlanHeat', [apply, rest]);
}

const PLAN_IDS: readonly PlanId[] = ['guide', 'spaced', 'heat', 'custom'];
const MODALITIES: readonly Modality[] = ['ice', 'heat'];

export function PlanFields({ draft, errors, update }: PlanFieldsProps): JSX.Element {
  const custom = draft.planId === 'custom';
  const bounds = applyBounds(draft.modality);
  return (
    <fieldset class="group">
      <legend>{t('optionsPlanLegend')}</legend>
      <p class="hint">{t('optionsPlanHint')}</p>
      {PLAN_IDS.map((id) => (
        <label key={id} class="choice">
          <input
            type="radio"
            name="plan"
            value={id}
            checked={draft.planId === id}
            onChange={() => update('planId', id)}
          />
          <span>{planLabel(id, draft.acuteWindowHours)}</span>
        </label>
      ))}
      {custom ? (
        <fieldset class="group nested">
          <legend>{t('optionsCustomLegend')}</legend>
          <fieldset class="inline">
            <legend>{t('optionsModalityLegend')}</legend>
            {MODALITIES.map((m) => (
              <label key={m} class="choice">
                <input
                  type="radio"
                  name="modality"
                  value={m}
                  checked={draft.modality === m}
                  onChange={() => update('modality', m)}
                />
                <span>{t(m === 'ice' ? 'optionsModalityIce' : 'optionsModalityHeat')}</span>
              </label>
            ))}
          </fieldset>
          <NumberField
            id="apply-minutes"
            label={t('optionsApplyLabel')}
            value={draft.applyMinutes}
            min={bounds.min}
            max={bounds.max}
            error={errors.applyMinutes ?? null}
            onInput={(v) => update('applyMinutes', v)}
          />
          <NumberField
            id="rest-minutes"
            label={t('optionsRestLabel')}
            value={draft.restMinutes}
            min={BOUNDS.rest.min}
            max={BOUNDS.rest.max}
            error={errors.restMinutes ?? null}
            onInput={(v) => update('restMinutes', v)}
          />
          <fieldset class="inline">
            <legend>{t('optionsWindowLegend')}</legend>
            <label class="choice">
              <input
                type="radio"
                name="window"
                checked={!draft.untilStopped}
                onChange={() => update('untilStopped', false)}
              />
              <span>{t('optionsWindowForHours')}</span>
            </label>
            <label class="choice">
              <input
                type="radio"
                name="window"
                checked={draft.untilStopped}
                onChange={() => update('untilStopped', true)}
              />
              <span>{t('optionsWindowUntilStopped')}</span>
            </label>
          </fieldset>
          {draft.untilStopped ? null : (
            <NumberField
              id="window-hours"
              label={t('optionsWindowHoursLabel')}
              value={draft.windowHours}
              min={BOUNDS.windowHours.min}
              max={BOUNDS.windowHours.max}
              error={errors.windowHours ?? null}
              onInput={(v) => update('windowHours', v)}
            />
          )}
        </fieldset>
      ) : null}
    </fieldset>
  );
}

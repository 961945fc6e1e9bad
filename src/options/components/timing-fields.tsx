import type { JSX } from 'preact';
import { REMINDER_BOUNDS } from '../../core';
import { t } from '../../shared/i18n';
import { Check, Field, type Form, Radios } from './fields';

/** Acute window, auto-start, reminder cadence and quiet hours. */
export function TimingFields({ form }: { form: Form }): JSX.Element {
  const { draft, update } = form;
  const quietOff = !draft.quietEnabled;
  return (
    <>
      <fieldset class="group">
        <legend>{t('optionsAcuteLegend')}</legend>
        <p class="hint">{t('optionsAcuteHint')}</p>
        <Radios
          name="acute"
          value={draft.acuteWindowHours}
          set={(h) => update('acuteWindowHours', h)}
          options={([48, 72] as const).map((h) => [h, t('optionsAcuteHours', h)] as const)}
        />
      </fieldset>
      <fieldset class="group">
        <legend>{t('optionsApplicationsLegend')}</legend>
        <Check form={form} name="autoStart" label={t('optionsAutoStart')} />
        <fieldset class="inline">
          <legend>{t('optionsRemindersLegend')}</legend>
          <Field
            form={form}
            name="reminderEvery"
            label={t('optionsReminderEvery')}
            bounds={REMINDER_BOUNDS.every}
          />
          <Field
            form={form}
            name="reminderMax"
            label={t('optionsReminderMax')}
            bounds={REMINDER_BOUNDS.count}
          />
          <p class="hint">{t('optionsReminderHint')}</p>
        </fieldset>
      </fieldset>
      <fieldset class="group">
        <legend>{t('optionsQuietLegend')}</legend>
        <Check form={form} name="quietEnabled" label={t('optionsQuietEnabled')} />
        <div class="row">
          <Field form={form} name="quietStart" label={t('optionsQuietStart')} disabled={quietOff} />
          <Field form={form} name="quietEnd" label={t('optionsQuietEnd')} disabled={quietOff} />
        </div>
        <p class="hint">{t('optionsQuietHint')}</p>
      </fieldset>
    </>
  );
}

import type { JSX } from 'preact';
import type { HistoryEntry } from '../../core/types';
import { actualMinutes } from '../../shared/export';
import { t, uiLanguage } from '../../shared/i18n';
import { formatDay, formatTime } from '../format';
import { entryTime, groupByDay, sleptThrough } from '../history-days';

const OUTCOME_KEYS: Readonly<Record<HistoryEntry['outcome'], string>> = {
  completed: 'optionsOutcomeCompleted',
  cutShort: 'optionsOutcomeCutShort',
  skipped: 'optionsOutcomeSkipped',
};

export function outcomeText(outcome: HistoryEntry['outcome']): string {
  return t(OUTCOME_KEYS[outcome]);
}

export function modalityText(modality: HistoryEntry['modality']): string {
  return t(modality === 'ice' ? 'optionsModalityIce' : 'optionsModalityHeat');
}

function Row({ entry, locale }: { entry: HistoryEntry; locale: string }): JSX.Element {
  const skipped = entry.outcome === 'skipped';
  return (
    <tr>
      <th scope="row">{formatTime(entryTime(entry), locale)}</th>
      <td>{modalityText(entry.modality)}</td>
      <td class="num">{entry.plannedMinutes}</td>
      <td class="num">{skipped ? '—' : actualMinutes(entry)}</td>
      <td>
        {outcomeText(entry.outcome)}
        {sleptThrough(entry) ? (
          <span class="late">
            {' '}
            {t('optionsOutcomeSlept', Math.round(entry.noticedLateMs / 60_000))}
          </span>
        ) : null}
      </td>
      <td class="num">{entry.painScore ?? t('optionsPainNone')}</td>
    </tr>
  );
}

/** The history, newest first, one table per local day. */
export function HistoryTable({ entries }: { entries: readonly HistoryEntry[] }): JSX.Element {
  const locale = uiLanguage();
  return (
    <div class="history-days">
      {groupByDay(entries).map((day) => (
        <table key={day.key} class="history">
          <caption>{formatDay(day.at, locale)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optionsColTime')}</th>
              <th scope="col">{t('optionsColTreatment')}</th>
              <th scope="col">{t('optionsColPlanned')}</th>
              <th scope="col">{t('optionsColActual')}</th>
              <th scope="col">{t('optionsColOutcome')}</th>
              <th scope="col">{t('optionsColPain')}</th>
            </tr>
          </thead>
          <tbody>
            {day.entries.map((e) => (
              <Row key={`${e.sessionId}-${e.stepIndex}-${e.endedAt}`} entry={e} locale={locale} />
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

import type { JSX } from 'preact';
import type { HistoryEntry } from '../../core/types';
import { actualMinutes } from '../../shared/export';
import { t } from '../../shared/i18n';
import { formatDay, formatTime } from '../format';
import { entryTime, groupByDay, sleptThrough } from '../history-days';

export function outcomeText(outcome: HistoryEntry['outcome']): string {
  return outcome === 'completed'
    ? t('optionsOutcomeCompleted')
    : outcome === 'cutShort'
      ? t('optionsOutcomeCutShort')
      : t('optionsOutcomeSkipped');
}

export function modalityText(modality: HistoryEntry['modality']): string {
  return t(modality === 'ice' ? 'optionsModalityIce' : 'optionsModalityHeat');
}

/** A table's column headers. */
export function Head({ cols }: { cols: readonly string[] }): JSX.Element {
  return (
    <thead>
      <tr>
        {cols.map((text) => (
          <th key={text} scope="col">
            {text}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The history, newest first, one table per local day. */
export function HistoryTable({ entries }: { entries: readonly HistoryEntry[] }): JSX.Element {
  const cols = [
    t('optionsColTime'),
    t('optionsColTreatment'),
    t('optionsColPlanned'),
    t('optionsColActual'),
    t('optionsColOutcome'),
    t('optionsColPain'),
  ];
  return (
    <div>
      {groupByDay(entries).map((day) => (
        <table key={day.key} class="history">
          <caption>{formatDay(day.at)}</caption>
          <Head cols={cols} />
          <tbody>
            {day.entries.map((e) => (
              <tr key={`${e.sessionId}-${e.stepIndex}-${e.endedAt}`}>
                <th scope="row">{formatTime(entryTime(e))}</th>
                <td>{modalityText(e.modality)}</td>
                <td>{e.plannedMinutes}</td>
                <td>{e.outcome === 'skipped' ? '—' : actualMinutes(e)}</td>
                <td>
                  {outcomeText(e.outcome)}
                  {sleptThrough(e) ? (
                    <span class="late">
                      {' '}
                      {t('optionsOutcomeSlept', Math.round(e.noticedLateMs / 60_000))}
                    </span>
                  ) : null}
                </td>
                <td>{e.painScore ?? t('optionsPainNone')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

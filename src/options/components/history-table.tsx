import type { JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { HistoryEntry } from '../../core/types';
import { actualMinutes } from '../../shared/export';
import { t } from '../../shared/i18n';
import { formatDay, formatTime } from '../format';
import { DAYS_PER_PAGE, entryTime, groupByDay, sleptThrough } from '../history-days';

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

/**
 * The history, newest first, one table per local day. Only the latest week is rendered at first:
 * a full history (2,000 entries) as rows held ~6 MiB of heap; older weeks come a button press away.
 * Exports do not depend on this (they read the entries, not the table).
 */
export function HistoryTable({ entries }: { entries: readonly HistoryEntry[] }): JSX.Element {
  /** How many days (newest first) are rendered. */
  const [shown, setShown] = useState(DAYS_PER_PAGE);
  /** The caption of the first day the last press revealed, to move focus there. */
  const revealed = useRef<HTMLTableCaptionElement>(null);

  // The button is about to vanish or move; focus goes to the first newly shown day instead.
  useLayoutEffect(() => {
    revealed.current?.focus();
  }, [shown]);

  const cols = [
    t('optionsColTime'),
    t('optionsColTreatment'),
    t('optionsColPlanned'),
    t('optionsColActual'),
    t('optionsColOutcome'),
    t('optionsColPain'),
  ];
  const days = groupByDay(entries);
  const hidden = days.length - shown;
  const firstNew = shown - DAYS_PER_PAGE;
  return (
    <div>
      {days.slice(0, shown).map((day, i) => (
        <table key={day.key} class="history">
          <caption
            ref={i === firstNew && i > 0 ? revealed : undefined}
            tabIndex={i === firstNew && i > 0 ? -1 : undefined}
          >
            {formatDay(day.at)}
          </caption>
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
      {hidden > 0 ? (
        <button
          type="button"
          class="btn show-older"
          onClick={() => setShown((n) => n + DAYS_PER_PAGE)}
        >
          {t('optionsHistoryShowOlder', hidden)}
        </button>
      ) : null}
    </div>
  );
}

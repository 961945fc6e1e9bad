import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { HISTORY_CAP, upcomingSchedule } from '../../core';
import type { HistoryEntry, Session, Settings } from '../../core/types';
import { buildIcs, type HistoryCsvLabels, historyCsv, scheduleUid } from '../../shared/export';
import { t, uiLanguage } from '../../shared/i18n';
import { fileDate, formatNumber } from '../format';
import { ConfirmAction } from './confirm-action';
import { HistoryChart } from './history-chart';
import { HistoryTable, modalityText, outcomeText } from './history-table';

interface HistorySectionProps {
  readonly entries: readonly HistoryEntry[];
  readonly session: Session | null;
  readonly settings: Settings;
  readonly now: () => number;
  readonly saveFile: (name: string, type: string, text: string) => void;
  /** Sends clearHistory; resolves to an error text, or null when cleared. */
  readonly onClear: () => Promise<string | null>;
}

export function csvLabels(): HistoryCsvLabels {
  return {
    header: [
      t('optionsCsvDue'),
      t('optionsCsvStarted'),
      t('optionsCsvEnded'),
      t('optionsColTreatment'),
      t('optionsCsvPlannedMinutes'),
      t('optionsCsvActualMinutes'),
      t('optionsColOutcome'),
      t('optionsCsvLateMinutes'),
      t('optionsCsvPain'),
      t('optionsCsvSession'),
    ],
    modality: { ice: modalityText('ice'), heat: modalityText('heat') },
    outcome: {
      completed: outcomeText('completed'),
      cutShort: outcomeText('cutShort'),
      skipped: outcomeText('skipped'),
    },
  };
}

/** The upcoming applications of the session as calendar events (empty without a session). */
export function scheduleIcs(
  session: Session | null,
  settings: Settings,
  now: number,
): { text: string; count: number } {
  const planned = upcomingSchedule(session, now, settings);
  const events = planned.map((p) => {
    const minutes = Math.round((p.endAt - p.startAt) / 60_000);
    const heat = p.modality === 'heat';
    return {
      uid: scheduleUid(session?.id ?? 'icecycle', p.startAt),
      startAt: p.startAt,
      endAt: p.endAt,
      summary: t(heat ? 'optionsIcsSummaryHeat' : 'optionsIcsSummaryIce'),
      description: t(heat ? 'optionsIcsDescHeat' : 'optionsIcsDescIce', minutes),
    };
  });
  return { text: buildIcs(events, now), count: events.length };
}

/** History: chart, table by day, CSV and calendar exports, and clearing it (after a question). */
export function HistorySection(props: HistorySectionProps): JSX.Element {
  const { entries, session, settings, now, saveFile, onClear } = props;
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  const empty = entries.length === 0;

  const exportCsv = (): void => {
    // The BOM lets spreadsheet programs read the file as UTF-8.
    saveFile(
      `icecycle-history-${fileDate(now())}.csv`,
      'text/csv;charset=utf-8',
      `\uFEFF${historyCsv(entries, csvLabels())}`,
    );
    setStatus(t('optionsExportCsvDone', entries.length));
  };

  const exportIcs = (): void => {
    const at = now();
    const { text, count } = scheduleIcs(session, settings, at);
    if (count === 0) {
      setStatus(t('optionsExportIcsNone'));
      return;
    }
    saveFile(`icecycle-schedule-${fileDate(at)}.ics`, 'text/calendar;charset=utf-8', text);
    setStatus(t('optionsExportIcsDone', count));
  };

  const clear = (): void => {
    onClear().then((error) => {
      setAlert(error ?? '');
      setStatus(error ? '' : t('optionsCleared'));
    });
  };

  return (
    <section class="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('optionsHistoryHeading')}</h2>
      {empty ? <p class="empty">{t('optionsHistoryEmpty')}</p> : <HistoryChart entries={entries} />}
      <div class="actions">
        {empty ? null : (
          <button type="button" class="btn" onClick={exportCsv}>
            {t('optionsExportCsv')}
          </button>
        )}
        <button type="button" class="btn" onClick={exportIcs}>
          {t('optionsExportIcs')}
        </button>
        {empty ? null : (
          <ConfirmAction
            label={t('optionsClearHistory')}
            question={t('optionsClearConfirm', entries.length)}
            confirmLabel={t('optionsClearYes')}
            onConfirm={clear}
          />
        )}
      </div>
      <p class="hint">{t('optionsExportIcsHint')}</p>
      <div class="alert" role="alert">
        {alert}
      </div>
      <p class="status" role="status">
        {status}
      </p>
      {empty ? null : <HistoryTable entries={entries} />}
      <p class="hint">{t('optionsHistoryCapNote', formatNumber(HISTORY_CAP, uiLanguage(), 0))}</p>
    </section>
  );
}

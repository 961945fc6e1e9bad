import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { HISTORY_CAP, upcomingSchedule } from '../../core';
import type { HistoryEntry, Session, Settings } from '../../core/types';
import { buildIcs, historyCsv, scheduleUid } from '../../shared/export';
import { t } from '../../shared/i18n';
import { formatNumber } from '../format';
import { dayKey } from '../history-days';
import type { OptionsClient } from '../options-client';
import { ConfirmAction } from './confirm-action';
import { HistoryChart } from './history-chart';
import { HistoryTable, modalityText, outcomeText } from './history-table';

interface HistorySectionProps {
  readonly client: Pick<OptionsClient, 'now' | 'saveFile'>;
  readonly entries: readonly HistoryEntry[];
  readonly session: Session | null;
  readonly settings: Settings;
  /** Sends clearHistory; resolves to an error text, or null when cleared. */
  readonly onClear: () => Promise<string | null>;
}

/** The history as CSV with a localised header and words. */
function csv(entries: readonly HistoryEntry[]): string {
  return historyCsv(entries, {
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
  });
}

/** History: chart, table by day, CSV and calendar exports, and clearing it (after a question). */
export function HistorySection({
  client,
  entries,
  session,
  settings,
  onClear,
}: HistorySectionProps): JSX.Element {
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');

  const exportCsv = (): void => {
    // The BOM lets spreadsheet programs read the file as UTF-8.
    client.saveFile(
      `icecycle-history-${dayKey(client.now())}.csv`,
      'text/csv;charset=utf-8',
      `\uFEFF${csv(entries)}`,
    );
    setStatus(t('optionsExportCsvDone', entries.length));
  };

  /** The session's upcoming applications as calendar events. */
  const exportIcs = (): void => {
    const now = client.now();
    const planned = upcomingSchedule(session, now, settings);
    if (planned.length === 0) {
      setStatus(t('optionsExportIcsNone'));
      return;
    }
    const events = planned.map((p) => {
      const minutes = Math.round((p.endAt - p.startAt) / 60_000);
      const heat = p.modality === 'heat';
      return {
        uid: scheduleUid(session?.id ?? 'icecycle', p.startAt),
        startAt: p.startAt,
        endAt: p.endAt,
        summary: t(heat ? 'optionsIcsSummaryHeat' : 'optionsIcsSummaryIce'),
        description: t(heat ? 'optionsIcsDescHeat' : 'optionsIcsDescIce', minutes),
        endAlarm: t(heat ? 'optionsIcsEndHeat' : 'optionsIcsEndIce'),
      };
    });
    client.saveFile(
      `icecycle-schedule-${dayKey(now)}.ics`,
      'text/calendar;charset=utf-8',
      buildIcs(events, now),
    );
    setStatus(t('optionsExportIcsDone', events.length));
  };

  const clear = (): void => {
    onClear().then((error) => {
      setAlert(error ?? '');
      setStatus(error ? '' : t('optionsCleared'));
    });
  };

  const empty = entries.length === 0;
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
      <p class="hint">{t('optionsHistoryCapNote', formatNumber(HISTORY_CAP, 0))}</p>
    </section>
  );
}

import { Component, type JSX } from 'preact';
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

interface Messages {
  readonly status: string;
  readonly alert: string;
}

/** History: chart, table by day, CSV and calendar exports, and clearing it (after a question). */
export class HistorySection extends Component<HistorySectionProps, Messages> {
  override state: Messages = { status: '', alert: '' };

  #exportCsv = (): void => {
    const { client, entries } = this.props;
    // The BOM lets spreadsheet programs read the file as UTF-8.
    client.saveFile(
      `icecycle-history-${dayKey(client.now())}.csv`,
      'text/csv;charset=utf-8',
      `\uFEFF${csv(entries)}`,
    );
    this.setState({ status: t('optionsExportCsvDone', entries.length) });
  };

  /** The session's upcoming applications as calendar events. */
  #exportIcs = (): void => {
    const { client, session, settings } = this.props;
    const now = client.now();
    const planned = upcomingSchedule(session, now, settings);
    if (planned.length === 0) {
      this.setState({ status: t('optionsExportIcsNone') });
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
    this.setState({ status: t('optionsExportIcsDone', events.length) });
  };

  #clear = (): void => {
    this.props.onClear().then((error) => {
      this.setState({ alert: error ?? '', status: error ? '' : t('optionsCleared') });
    });
  };

  override render(): JSX.Element {
    const { entries } = this.props;
    const { status, alert } = this.state;
    const empty = entries.length === 0;
    return (
      <section class="card" aria-labelledby="history-heading">
        <h2 id="history-heading">{t('optionsHistoryHeading')}</h2>
        {empty ? (
          <p class="empty">{t('optionsHistoryEmpty')}</p>
        ) : (
          <HistoryChart entries={entries} />
        )}
        <div class="actions">
          {empty ? null : (
            <button type="button" class="btn" onClick={this.#exportCsv}>
              {t('optionsExportCsv')}
            </button>
          )}
          <button type="button" class="btn" onClick={this.#exportIcs}>
            {t('optionsExportIcs')}
          </button>
          {empty ? null : (
            <ConfirmAction
              label={t('optionsClearHistory')}
              question={t('optionsClearConfirm', entries.length)}
              confirmLabel={t('optionsClearYes')}
              onConfirm={this.#clear}
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
}

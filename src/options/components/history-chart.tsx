import type { JSX } from 'preact';
import type { HistoryEntry } from '../../core/types';
import { t, uiLanguage } from '../../shared/i18n';
import { formatNumber, formatShortDay } from '../format';
import { type DayStats, dailyStats } from '../history-days';

const W = 560;
const H = 230;
const M = { top: 28, right: 40, bottom: 30, left: 48 } as const;
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;

const yAdherence = (share: number): number => M.top + PH * (1 - share);
const yPain = (score: number): number => M.top + PH * (1 - score / 10);

/** The pain line, broken where a day has no score (no invented values). */
function painSegments(days: readonly DayStats[], x: (i: number) => number): string[] {
  const segments: string[] = [];
  let current: string[] = [];
  days.forEach((d, i) => {
    if (d.pain === null) {
      if (current.length > 0) segments.push(current.join(' '));
      current = [];
    } else {
      current.push(`${x(i).toFixed(1)},${yPain(d.pain).toFixed(1)}`);
    }
  });
  if (current.length > 0) segments.push(current.join(' '));
  return segments;
}

function percent(share: number): number {
  return Math.round(share * 100);
}

/**
 * Adherence (bars: completed of planned applications) and average pain (line, 0–10) per day for
 * the last up to 14 days with entries. Hand-written SVG; screen readers get the same figures
 * from a visually hidden table.
 */
export function HistoryChart({ entries }: { entries: readonly HistoryEntry[] }): JSX.Element {
  const locale = uiLanguage();
  const days = dailyStats(entries);
  const slot = PW / Math.max(days.length, 1);
  const barWidth = Math.min(slot * 0.6, 36);
  const x = (i: number): number => M.left + slot * (i + 0.5);
  const title = t('optionsChartTitle', days.length);
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="chart-title chart-desc"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id="chart-title">{title}</title>
        <desc id="chart-desc">{t('optionsChartDesc')}</desc>
        <text class="axis-title" x={M.left} y={14} text-anchor="start">
          {t('optionsChartAdherence')}
        </text>
        <text class="axis-title" x={W - M.right + 30} y={14} text-anchor="end">
          {t('optionsChartPain')}
        </text>
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line
              class="grid"
              x1={M.left}
              x2={W - M.right}
              y1={yAdherence(share)}
              y2={yAdherence(share)}
            />
            <text class="tick" x={M.left - 6} y={yAdherence(share) + 4} text-anchor="end">
              {t('optionsChartPercent', percent(share))}
            </text>
            <text class="tick" x={W - M.right + 6} y={yAdherence(share) + 4} text-anchor="start">
              {share * 10}
            </text>
          </g>
        ))}
        {days.map((d, i) => (
          <g key={d.key}>
            <rect
              class="bar"
              x={x(i) - barWidth / 2}
              y={yAdherence(d.adherence)}
              width={barWidth}
              height={PH * d.adherence}
            >
              <title>
                {t('optionsChartBar', [
                  formatShortDay(d.at, locale),
                  d.completed,
                  d.planned,
                  percent(d.adherence),
                ])}
              </title>
            </rect>
            <text class="tick" x={x(i)} y={H - M.bottom + 16} text-anchor="middle">
              {formatShortDay(d.at, locale)}
            </text>
          </g>
        ))}
        {painSegments(days, x).map((points) => (
          <polyline key={points} class="pain-line" points={points} />
        ))}
        {days.map((d, i) =>
          d.pain === null ? null : (
            <circle key={d.key} class="pain-dot" cx={x(i)} cy={yPain(d.pain)} r={4} />
          ),
        )}
      </svg>
      <figcaption class="legend" aria-hidden="true">
        <span class="key key-bar" /> {t('optionsChartAdherence')}
        <span class="key key-line" /> {t('optionsChartPain')}
      </figcaption>
      <table class="sr-only">
        <caption>{t('optionsChartTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('optionsColDay')}</th>
            <th scope="col">{t('optionsColCompleted')}</th>
            <th scope="col">{t('optionsColPlannedCount')}</th>
            <th scope="col">{t('optionsColAvgPain')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.key}>
              <th scope="row">{formatShortDay(d.at, locale)}</th>
              <td>{d.completed}</td>
              <td>{d.planned}</td>
              <td>{d.pain === null ? t('optionsPainNone') : formatNumber(d.pain, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

import type { JSX } from 'preact';
import type { HistoryEntry } from '../../core/types';
import { t } from '../../shared/i18n';
import { formatNumber, formatShortDay } from '../format';
import { dailyStats } from '../history-days';
import { Head } from './history-table';

/** The chart's drawing size (SVG units) and its plot area inside the axis labels. */
const WIDTH = 560;
const HEIGHT = 230;
const PLOT_TOP = 28;
const PLOT_LEFT = 48;
const PLOT_RIGHT = WIDTH - 40;
const PLOT_BOTTOM = HEIGHT - 30;
const PLOT_HEIGHT = PLOT_BOTTOM - PLOT_TOP;

/** The height on the plot of a share 0..1 (adherence) or of pain / 10. */
const yOf = (share: number): number => PLOT_TOP + PLOT_HEIGHT * (1 - share);

function percent(share: number): number {
  return Math.round(share * 100);
}

/**
 * Adherence (bars: completed of planned applications) and average pain (line, 0–10) per day for
 * the last up to 14 days with entries. Hand-written SVG; screen readers get the same figures
 * from a visually hidden table.
 */
export function HistoryChart({ entries }: { entries: readonly HistoryEntry[] }): JSX.Element {
  const days = dailyStats(entries).map((d) => ({ ...d, day: formatShortDay(d.at) }));
  const slot = (PLOT_RIGHT - PLOT_LEFT) / Math.max(days.length, 1);
  const barWidth = Math.min(slot * 0.6, 36);
  const xOf = (i: number): number => PLOT_LEFT + slot * (i + 0.5);
  // The pain line, broken where a day has no score (no invented values).
  const segments: string[][] = [[]];
  days.forEach((d, i) => {
    if (d.pain === null) segments.push([]);
    else segments[segments.length - 1]?.push(`${xOf(i)},${yOf(d.pain / 10)}`);
  });
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="chart-title chart-desc">
        <title id="chart-title">{t('optionsChartTitle', days.length)}</title>
        <desc id="chart-desc">{t('optionsChartDesc')}</desc>
        <text class="axis-title" x={PLOT_LEFT} y={14}>
          {t('optionsChartAdherence')}
        </text>
        <text class="axis-title" x={PLOT_RIGHT + 30} y={14} text-anchor="end">
          {t('optionsChartPain')}
        </text>
        {[0, 0.5, 1].map((share) => (
          <g key={share} class="tick">
            <line class="grid" x1={PLOT_LEFT} x2={PLOT_RIGHT} y1={yOf(share)} y2={yOf(share)} />
            <text x={PLOT_LEFT - 6} y={yOf(share) + 4} text-anchor="end">
              {t('optionsChartPercent', percent(share))}
            </text>
            <text x={PLOT_RIGHT + 6} y={yOf(share) + 4}>
              {share * 10}
            </text>
          </g>
        ))}
        {days.map((d, i) => (
          <g key={d.key}>
            <rect
              class="bar"
              x={xOf(i) - barWidth / 2}
              y={yOf(d.adherence)}
              width={barWidth}
              height={PLOT_HEIGHT * d.adherence}
            >
              <title>
                {t('optionsChartBar', [d.day, d.completed, d.planned, percent(d.adherence)])}
              </title>
            </rect>
            <text class="tick" x={xOf(i)} y={PLOT_BOTTOM + 16} text-anchor="middle">
              {d.day}
            </text>
            {d.pain === null ? null : (
              <circle class="pain-dot" cx={xOf(i)} cy={yOf(d.pain / 10)} r={4} />
            )}
          </g>
        ))}
        {segments.map((points) =>
          points.length > 0 ? (
            <polyline key={points[0]} class="pain-line" points={points.join(' ')} />
          ) : null,
        )}
      </svg>
      <figcaption class="legend" aria-hidden="true">
        <span class="key key-bar" /> {t('optionsChartAdherence')}
        <span class="key key-line" /> {t('optionsChartPain')}
      </figcaption>
      <table class="visually-hidden">
        <caption>{t('optionsChartTableCaption')}</caption>
        <Head
          cols={[
            t('optionsColDay'),
            t('optionsColCompleted'),
            t('optionsColPlannedCount'),
            t('optionsColAvgPain'),
          ]}
        />
        <tbody>
          {days.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.day}</th>
              <td>{d.completed}</td>
              <td>{d.planned}</td>
              <td>{d.pain === null ? t('optionsPainNone') : formatNumber(d.pain)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

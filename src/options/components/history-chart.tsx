import type { JSX } from 'preact';
import type { HistoryEntry } from '../../core/types';
import { t } from '../../shared/i18n';
import { formatNumber, formatShortDay } from '../format';
import { dailyStats } from '../history-days';
import { Head } from './history-table';

const W = 560;
const H = 230;
const TOP = 28;
const LEFT = 48;
const RIGHT = W - 40;
const BOTTOM = H - 30;
const PH = BOTTOM - TOP;

/** y of a share 0..1 (adherence) or of pain / 10. */
const y = (share: number): number => TOP + PH * (1 - share);

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
  const slot = (RIGHT - LEFT) / Math.max(days.length, 1);
  const barWidth = Math.min(slot * 0.6, 36);
  const x = (i: number): number => LEFT + slot * (i + 0.5);
  // The pain line, broken where a day has no score (no invented values).
  const segments: string[][] = [[]];
  days.forEach((d, i) => {
    if (d.pain === null) segments.push([]);
    else segments[segments.length - 1]?.push(`${x(i)},${y(d.pain / 10)}`);
  });
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title chart-desc">
        <title id="chart-title">{t('optionsChartTitle', days.length)}</title>
        <desc id="chart-desc">{t('optionsChartDesc')}</desc>
        <text class="axis-title" x={LEFT} y={14}>
          {t('optionsChartAdherence')}
        </text>
        <text class="axis-title" x={RIGHT + 30} y={14} text-anchor="end">
          {t('optionsChartPain')}
        </text>
        {[0, 0.5, 1].map((share) => (
          <g key={share} class="tick">
            <line class="grid" x1={LEFT} x2={RIGHT} y1={y(share)} y2={y(share)} />
            <text x={LEFT - 6} y={y(share) + 4} text-anchor="end">
              {t('optionsChartPercent', percent(share))}
            </text>
            <text x={RIGHT + 6} y={y(share) + 4}>
              {share * 10}
            </text>
          </g>
        ))}
        {days.map((d, i) => (
          <g key={d.key}>
            <rect
              class="bar"
              x={x(i) - barWidth / 2}
              y={y(d.adherence)}
              width={barWidth}
              height={PH * d.adherence}
            >
              <title>
                {t('optionsChartBar', [d.day, d.completed, d.planned, percent(d.adherence)])}
              </title>
            </rect>
            <text class="tick" x={x(i)} y={BOTTOM + 16} text-anchor="middle">
              {d.day}
            </text>
            {d.pain === null ? null : (
              <circle class="pain-dot" cx={x(i)} cy={y(d.pain / 10)} r={4} />
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

import type { ConversionAnalysis } from '../../domain/hypotheses/analysis';
import { useLanguage, useT } from '../../i18n/useT';
import { formatRate } from './format';

const WIDTH = 520;
const ROW = 44;
const LEFT = 110;
const RIGHT = 70;

/** Both conversion rates as points with their intervals as whiskers, on one shared axis. */
export function RatesChart({ analysis: a }: { analysis: ConversionAnalysis }) {
  const t = useT();
  const language = useLanguage();
  const rows = [
    { arm: 'control' as const, rate: a.comparison.controlRate, interval: a.controlInterval },
    { arm: 'treatment' as const, rate: a.comparison.treatmentRate, interval: a.treatmentInterval },
  ];
  // The axis reaches a little past the highest interval end, rounded up to 5 points.
  const top = Math.min(1, Math.ceil((Math.max(a.controlInterval[1], a.treatmentInterval[1]) * 100 + 1) / 5) * 0.05);
  const x = (rate: number) => LEFT + (rate / top) * (WIDTH - LEFT - RIGHT);
  const height = ROW * rows.length + 28;
  const ticks = [0, top / 2, top];
  const description = rows
    .map((r) => `${t(`hyp.arm.${r.arm}`)} ${formatRate(r.rate, language)} (${formatRate(r.interval[0], language)}–${formatRate(r.interval[1], language)})`)
    .join('; ');
  return (
    <figure className="rates-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} role="img" aria-label={`${t('hyp.analysis.chart')}: ${description}`}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={8} y2={height - 20} className="chart-grid" />
            <text x={x(tick)} y={height - 6} textAnchor="middle" className="chart-tick">
              {formatRate(tick, language)}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = 8 + ROW * i + ROW / 2;
          return (
            <g key={r.arm} className={`chart-row ${r.arm}`}>
              <text x={LEFT - 10} y={y + 4} textAnchor="end" className="chart-label">
                {t(`hyp.arm.${r.arm}`)}
              </text>
              <line x1={x(r.interval[0])} x2={x(r.interval[1])} y1={y} y2={y} className="chart-interval" />
              <line x1={x(r.interval[0])} x2={x(r.interval[0])} y1={y - 7} y2={y + 7} className="chart-interval" />
              <line x1={x(r.interval[1])} x2={x(r.interval[1])} y1={y - 7} y2={y + 7} className="chart-interval" />
              <circle cx={x(r.rate)} cy={y} r={6} className="chart-point" />
              <text x={x(r.interval[1]) + 8} y={y + 4} className="chart-value">
                {formatRate(r.rate, language)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{t('hyp.analysis.chart')}</figcaption>
    </figure>
  );
}

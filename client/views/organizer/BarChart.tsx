import type { CSSProperties } from 'react';
import { formatNumber } from '../../i18n';

export interface Bar {
  key: string;
  label: string;
  count: number;
  /** A colour of its own (SDG goals); otherwise the chart's colour class applies. */
  color?: string;
  /** Extra class of the row, e.g. a status light's colour. */
  className?: string;
}

interface Props {
  /** Names the table for assistive technology (the card's heading says the same visibly). */
  caption: string;
  /** Header of the label column, e.g. "Stakeholder group". */
  labelHeader: string;
  countHeader: string;
  bars: Bar[];
  testId?: string;
}

/**
 * A horizontal bar chart that is a real table: label, bar, count. Screen readers read the table;
 * the bars are decoration scaled to the largest count.
 */
export function BarChart({ caption, labelHeader, countHeader, bars, testId }: Props) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <table className="bar-chart" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col">{countHeader}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => {
          const style: CSSProperties = { width: `${(b.count / max) * 100}%` };
          if (b.color) style.backgroundColor = b.color;
          return (
            <tr
              key={b.key}
              className={`bar-chart__row${b.count === 0 ? ' bar-chart__row--zero' : ''}${b.className ? ` ${b.className}` : ''}`}
              data-key={b.key}
            >
              <th scope="row" className="bar-chart__label">
                {b.label}
              </th>
              <td>
                <div className="bar-chart__value">
                  <span className="bar-chart__track" aria-hidden="true">
                    <span className="bar-chart__bar" style={style} />
                  </span>
                  <span className="bar-chart__count" data-testid={testId ? `${testId}-${b.key}` : undefined}>
                    {formatNumber(b.count)}
                  </span>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

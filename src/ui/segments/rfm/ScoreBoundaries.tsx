import type { Measure, ScoreBoundary } from '../../../protocol/explore';
import { formatCount } from '../../../model/shared/format';
import type { MoneyFormat } from '../../../model/shared/money-format';
import { useMoney } from '../../shared/currency-context';

const measures = (money: MoneyFormat): { measure: Measure; title: string; format(value: number): string }[] => [
  { measure: 'recency', title: 'R: days since the last purchase', format: formatCount },
  { measure: 'frequency', title: 'F: invoices', format: formatCount },
  { measure: 'monetary', title: `M: spend${money.suffix}`, format: money.format },
];

/** What each score means in this file: the range of values it covers and how many customers have it. */
export function ScoreBoundaries({ boundaries, referenceDate }: { boundaries: readonly ScoreBoundary[] | null; referenceDate: string }) {
  const MEASURES = measures(useMoney());
  return (
    <section className="card" data-testid="score-boundaries" aria-labelledby="boundaries-title">
      <h2 id="boundaries-title">What the scores mean</h2>
      <p className="muted small">
        Score = 1 + ⌊5 × (customers with a worse value) ÷ (all customers)⌋, for recency (worse = an earlier last purchase), frequency and
        spend alike. Customers with equal values always get the same score; without ties each score holds a fifth of the customers (to within one). When
        many customers tie, a score can stay empty (–). Recency is counted to {referenceDate}.
      </p>
      {boundaries === null ? (
        <p className="muted">Computing…</p>
      ) : (
        <table className="numbers">
          <thead>
            <tr>
              <th scope="col">Score</th>
              {MEASURES.map(({ measure, title }) => (
                <th scope="col" key={measure}>
                  {title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[5, 4, 3, 2, 1].map((score) => (
              <tr key={score}>
                <th scope="row">{score}</th>
                {MEASURES.map(({ measure, format }) => {
                  const row = boundaries.find((candidate) => candidate.measure === measure && candidate.score === score);
                  return (
                    <td key={measure} data-measure={measure} data-score={score} data-low={row?.low} data-high={row?.high}>
                      {row ? (
                        <>
                          {row.low === row.high ? format(row.low) : `${format(row.low)} – ${format(row.high)}`}
                          <span className="muted small"> ({formatCount(row.customers)})</span>
                        </>
                      ) : (
                        '–'
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

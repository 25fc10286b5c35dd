import type { LoadResult } from '../../protocol/load';
import { formatCount } from '../../model/shared/format';
import type { LoadActions } from './use-analysis';

/**
 * What the cleaning report says about dates that would skew the analysis: lines dated after today
 * (left out by default, so the reference date and recency come from real orders; a checkbox takes
 * them back) and dates far from the rest of the file (kept, but named with examples).
 */
export function FutureDatesNote({ loaded, actions }: { loaded: LoadResult; actions?: LoadActions | null }) {
  const { lines, latest, today, included } = loaded.futureDates;
  if (lines === 0) return null;
  return (
    <p className="small warning" data-testid="future-dates" data-lines={lines} data-included={included}>
      {lines === 1 ? '1 line is' : `${formatCount(lines)} lines are`} dated after today ({today}), the latest {latest};{' '}
      {included ? 'they are kept, as you chose.' : 'they are left out, so the reference date comes from the orders up to today.'}
      {actions && (
        <label className="check">
          {' '}
          <input type="checkbox" data-testid="include-future-dates" checked={included} onChange={(event) => actions.setIncludeFutureDates(event.target.checked)} /> include
          them
        </label>
      )}
    </p>
  );
}

export function DateOutliersNote({ loaded }: { loaded: LoadResult }) {
  const { lines, examples } = loaded.dateOutliers;
  if (lines === 0) return null;
  return (
    <p className="small warning" data-testid="date-outliers" data-lines={lines}>
      {lines === 1 ? '1 line has a date' : `${formatCount(lines)} lines have dates`} far outside the rest of the file (e.g. {examples.join(', ')});{' '}
      {lines === 1 ? 'it is kept. Check it' : 'they are kept. Check them'} in the file: a mistyped year moves a customer&apos;s first purchase and history.
    </p>
  );
}

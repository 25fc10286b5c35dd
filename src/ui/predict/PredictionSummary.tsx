import type { PredictionResult } from '../../protocol/predict';
import { useMoney } from '../shared/currency-context';
import { predictionSummary } from './prediction-summary';

/** The plain reading of the predictions, first; the models' details follow behind a disclosure. */
export function PredictionSummary({ result }: { result: PredictionResult }) {
  const summary = predictionSummary(result, useMoney());
  const outlook = result.current.outlook;
  return (
    <div
      className="prediction-summary"
      data-testid="predictions-summary"
      data-verdict={summary.verdict}
      {...(outlook && { 'data-unlikely-to-buy': outlook.unlikelyToBuy30d, 'data-predicted': outlook.predicted })}
    >
      {summary.unfitted.map((text) => (
        <p key={text} className="fit-problem" data-testid="unfitted-model">
          {text}
        </p>
      ))}
      <p className="headline">
        {summary.outlook && `${summary.outlook} `}
        {summary.verdictText}
      </p>
    </div>
  );
}

import type { ModelFits } from '../../protocol/predict';
import { formatCountOf } from '../../model/shared/format';
import type { TimeUnit } from '../../model/predict/repeat-summary';

interface Props {
  fits: ModelFits;
  unit: TimeUnit;
  /** `model-fit` for the validation fit (the automation contract), another id for the all-data fit. */
  testId: string;
}

/** One fitted parameter: its data-* attribute name, the symbol shown, its value and what it means. */
type Parameter = [attribute: string, symbol: string, value: number, meaning: string];

/**
 * The fitted parameters of both models. A fit that did not converge shows why instead of numbers,
 * and carries no parameter attributes, so nothing downstream can read nonsense from it.
 */
export function ModelFit({ fits: { bgnbd, gammaGamma }, unit, testId }: Props) {
  return (
    <div className="model-fits">
      <FitCard
        model="bgnbd"
        title="BG/NBD: how often, and for how long, customers buy"
        testId={testId}
        fit={bgnbd}
        extra={{ 'data-time-unit': unit }}
        parameters={[
          ['r', 'r', bgnbd.r, 'shape of purchase rates'],
          ['alpha', 'α', bgnbd.alpha, `scale of purchase rates (time in ${unit})`],
          ['a', 'a', bgnbd.a, 'dropout after a purchase'],
          ['b', 'b', bgnbd.b, 'dropout after a purchase'],
          ['log-likelihood', 'log-likelihood', bgnbd.logLikelihood, formatCountOf(bgnbd.customers, 'customer')],
        ]}
        consequence="No parameters are shown because they would not mean anything."
      />
      <FitCard
        model="gamma-gamma"
        title="Gamma-Gamma: how much a purchase day is worth"
        testId={testId}
        fit={gammaGamma}
        parameters={[
          ['p', 'p', gammaGamma.p, 'shape of order values'],
          ['q', 'q', gammaGamma.q, 'spread of customers’ average spend'],
          ['gamma', 'γ', gammaGamma.gamma, 'scale of customers’ average spend'],
          ['log-likelihood', 'log-likelihood', gammaGamma.logLikelihood, formatCountOf(gammaGamma.customers, 'repeat customer')],
        ]}
        consequence="No customer values (CLV) are given."
      />
    </div>
  );
}

interface FitCardProps {
  model: string;
  title: string;
  testId: string;
  fit: { converged: boolean; customers: number; reason?: string };
  extra?: Record<string, string>;
  parameters: Parameter[];
  /** What is missing because the fit failed. */
  consequence: string;
}

function FitCard({ model, title, testId, fit, extra, parameters, consequence }: FitCardProps) {
  const ok = fit.converged;
  const attributes = ok ? Object.fromEntries(parameters.map(([attribute, , value]) => [`data-${attribute}`, value])) : {};
  return (
    <div
      className={`model-fit${ok ? '' : ' failed'}`}
      data-testid={testId}
      data-model={model}
      data-converged={ok}
      data-customers={fit.customers}
      {...extra}
      {...attributes}
    >
      <h4>{title}</h4>
      {ok ? (
        <table className="numbers parameters">
          <tbody>
            {parameters.map(([attribute, symbol, value, meaning]) => (
              <tr key={attribute}>
                <th scope="row">{symbol}</th>
                <td>{Math.abs(value) >= 1000 ? value.toFixed(1) : value.toFixed(3)}</td>
                <td className="muted">{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="fit-problem">
          This model could not be fitted to this data. Did not converge: {fit.reason}. {consequence}
        </p>
      )}
    </div>
  );
}

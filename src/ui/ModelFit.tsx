import type { ModelFits } from '../engine/prediction-api';
import type { BgNbdFit } from '../model/bgnbd';
import { formatCount } from '../model/format';
import type { GammaGammaFit } from '../model/gamma-gamma';
import type { TimeUnit } from '../model/repeat-summary';

interface Props {
  fits: ModelFits;
  unit: TimeUnit;
  /** `model-fit` for the validation fit (the automation contract), another id for the all-data fit. */
  testId: string;
}

/**
 * The fitted parameters of both models. A fit that did not converge shows why instead of numbers,
 * and carries no parameter attributes, so nothing downstream can read nonsense from it.
 */
export function ModelFit({ fits, unit, testId }: Props) {
  return (
    <div className="model-fits">
      <BgNbdCard fit={fits.bgnbd} unit={unit} testId={testId} />
      <GammaGammaCard fit={fits.gammaGamma} testId={testId} />
    </div>
  );
}

function BgNbdCard({ fit, unit, testId }: { fit: BgNbdFit; unit: TimeUnit; testId: string }) {
  const ok = fit.converged;
  return (
    <div
      className={`model-fit${ok ? '' : ' failed'}`}
      data-testid={testId}
      data-model="bgnbd"
      data-converged={ok}
      data-time-unit={unit}
      data-customers={fit.customers}
      {...(ok && { 'data-r': fit.r, 'data-alpha': fit.alpha, 'data-a': fit.a, 'data-b': fit.b, 'data-log-likelihood': fit.logLikelihood })}
    >
      <h4>BG/NBD: how often, and for how long, customers buy</h4>
      {ok ? (
        <ParameterTable
          rows={[
            ['r', fit.r, 'shape of purchase rates'],
            ['α', fit.alpha, `scale of purchase rates (time in ${unit})`],
            ['a', fit.a, 'dropout after a purchase'],
            ['b', fit.b, 'dropout after a purchase'],
            ['log-likelihood', fit.logLikelihood, `${formatCount(fit.customers)} customers`],
          ]}
        />
      ) : (
        <p className="fit-problem">Did not converge: {fit.reason}. No parameters are shown because they would not mean anything.</p>
      )}
    </div>
  );
}

function GammaGammaCard({ fit, testId }: { fit: GammaGammaFit; testId: string }) {
  const ok = fit.converged;
  return (
    <div
      className={`model-fit${ok ? '' : ' failed'}`}
      data-testid={testId}
      data-model="gamma-gamma"
      data-converged={ok}
      data-customers={fit.customers}
      {...(ok && { 'data-p': fit.p, 'data-q': fit.q, 'data-gamma': fit.gamma, 'data-log-likelihood': fit.logLikelihood })}
    >
      <h4>Gamma-Gamma: how much a purchase day is worth</h4>
      {ok ? (
        <ParameterTable
          rows={[
            ['p', fit.p, 'shape of order values'],
            ['q', fit.q, 'spread of customers’ average spend'],
            ['γ', fit.gamma, 'scale of customers’ average spend'],
            ['log-likelihood', fit.logLikelihood, `${formatCount(fit.customers)} repeat customers`],
          ]}
        />
      ) : (
        <p className="fit-problem">Did not converge: {fit.reason}. No customer values (CLV) are given.</p>
      )}
    </div>
  );
}

function ParameterTable({ rows }: { rows: [string, number, string][] }) {
  return (
    <table className="numbers parameters">
      <tbody>
        {rows.map(([name, value, meaning]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{Math.abs(value) >= 1000 ? value.toFixed(1) : value.toFixed(3)}</td>
            <td className="muted">{meaning}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Maximum-likelihood fitting for the handful of parameters of the purchase models: a small bounded
 * quasi-Newton minimiser (BFGS with box bounds and a backtracking line search), run on log-parameters,
 * and the checks that decide whether its answer can be trusted.
 */

/**
 * f(point), writing ∇f into `gradient`. Both fitted models have analytic gradients, which cost about
 * one more pass over the data, against 2n passes for finite differences. A non-finite value tells the
 * line search it stepped too far.
 */
export type Objective = (point: Float64Array, gradient: Float64Array) => number;

export interface Bounds {
  lower: readonly number[];
  upper: readonly number[];
}

export interface MinimizeResult {
  point: Float64Array;
  value: number;
  iterations: number;
  converged: boolean;
  /** Why the search stopped, in words. */
  message: string;
  /** Indices of the coordinates that ended on or next to a bound. */
  atBound: number[];
}

const MAX_ITERATIONS = 200;
// Converged when every projected-gradient component is at most this × max(1, |f|).
const GRADIENT_TOLERANCE = 1e-8;
const ARMIJO = 1e-4;
const MAX_BACKTRACKS = 40;
// A predicted decrease below this fraction of |f| is lost in the rounding of f itself.
const ROUNDING = 1e-14;
// When no step decreases f any more, a gradient this much above tolerance is still rounding noise.
const STALL_SLACK = 1e2;
// Estimates beyond a factor 1e6 either way of the (data-scaled) start cannot be what the data say.
const LOG_BOUND = Math.log(1e6);
// A log-parameter this uncertain (a factor e³ ≈ 20 at one standard error) is not pinned down by the data.
const LOG_STANDARD_ERROR_LIMIT = 3;

export function minimize(objective: Objective, start: readonly number[], { lower, upper }: Bounds): MinimizeResult {
  const n = start.length;
  const clamp = (p: Float64Array): Float64Array => p.map((v, i) => Math.min(upper[i], Math.max(lower[i], v)));

  let x = clamp(Float64Array.from(start));
  let g: Float64Array = new Float64Array(n);
  let f = objective(x, g);
  const finish = (iterations: number, converged: boolean, message: string): MinimizeResult => ({
    point: x, value: f, iterations, converged, message, atBound: boundIndices(x, lower, upper),
  });
  if (!Number.isFinite(f) || !g.every(Number.isFinite)) return finish(0, false, 'objective is not finite at the start');

  let inverseHessian = identity(n);
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    const projected = projectedGradient(x, g, lower, upper);
    const scale = GRADIENT_TOLERANCE * Math.max(1, Math.abs(f));
    if (maxAbs(projected) <= scale) return finish(iteration - 1, true, 'gradient below tolerance');

    let direction = feasibleDirection(multiply(inverseHessian, g, -1), x, lower, upper);
    if (dot(direction, g) >= 0) {
      inverseHessian = identity(n);
      direction = projected.map((v) => -v);
    }
    // Until curvature is known, a first step of at most 1 in log-parameter space is a sensible length.
    if (iteration === 1) direction = direction.map((v) => v / Math.max(1, maxAbs(direction)));

    const tooSmallToMeasure = -dot(direction, g) <= ROUNDING * Math.max(1, Math.abs(f));
    const step = tooSmallToMeasure ? null : backtrack(objective, x, f, g, direction, clamp);
    if (!step) {
      const stalledNearOptimum = maxAbs(projected) <= STALL_SLACK * scale;
      return finish(iteration - 1, stalledNearOptimum, stalledNearOptimum ? 'converged to rounding precision' : 'line search failed');
    }
    const s = step.point.map((v, i) => v - x[i]);
    const y = step.gradient.map((v, i) => v - g[i]);
    if (iteration === 1) inverseHessian = scaledIdentity(n, dot(s, y) / dot(y, y));
    updateInverseHessian(inverseHessian, s, y);
    x = step.point;
    f = step.value;
    g = step.gradient;
  }
  return finish(MAX_ITERATIONS, false, `no convergence in ${MAX_ITERATIONS} iterations`);
}

interface Step {
  point: Float64Array;
  value: number;
  gradient: Float64Array;
}

function backtrack(
  objective: Objective, x: Float64Array, f: number, g: Float64Array,
  direction: Float64Array, clamp: (p: Float64Array) => Float64Array,
): Step | null {
  let length = 1;
  for (let trial = 0; trial < MAX_BACKTRACKS; trial++, length *= 0.5) {
    const point = clamp(x.map((v, i) => v + length * direction[i]));
    const gradient = new Float64Array(x.length);
    const value = objective(point, gradient);
    const decrease = dot(g, point.map((v, i) => v - x[i]));
    if (Number.isFinite(value) && decrease < 0 && value <= f + ARMIJO * decrease && gradient.every(Number.isFinite)) {
      return { point, value, gradient };
    }
  }
  return null;
}

/** Drops the components of ∇f that would push a coordinate sitting on a bound further out. */
function projectedGradient(x: Float64Array, g: Float64Array, lower: readonly number[], upper: readonly number[]): Float64Array {
  return g.map((v, i) => ((x[i] <= lower[i] && v > 0) || (x[i] >= upper[i] && v < 0) ? 0 : v));
}

function feasibleDirection(d: Float64Array, x: Float64Array, lower: readonly number[], upper: readonly number[]): Float64Array {
  return d.map((v, i) => ((x[i] <= lower[i] && v < 0) || (x[i] >= upper[i] && v > 0) ? 0 : v));
}

/** Coordinates on a bound, or within 0.1% of the box's width of one (where a stalled search often stops). */
function boundIndices(x: Float64Array, lower: readonly number[], upper: readonly number[]): number[] {
  const indices: number[] = [];
  x.forEach((v, i) => {
    const margin = Number.isFinite(upper[i] - lower[i]) ? 1e-3 * (upper[i] - lower[i]) : 0;
    if (v <= lower[i] + margin || v >= upper[i] - margin) indices.push(i);
  });
  return indices;
}

/** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, skipped when the curvature condition sᵀy > 0 fails. */
function updateInverseHessian(h: Float64Array[], s: Float64Array, y: Float64Array): void {
  const sy = dot(s, y);
  if (!(sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y)))) return;
  const rho = 1 / sy;
  const hy = multiply(h, y, 1);
  const yhy = dot(y, hy);
  for (let i = 0; i < s.length; i++) {
    for (let j = 0; j < s.length; j++) {
      h[i][j] += rho * ((1 + rho * yhy) * s[i] * s[j] - hy[i] * s[j] - s[i] * hy[j]);
    }
  }
}

function identity(n: number): Float64Array[] {
  return scaledIdentity(n, 1);
}

function scaledIdentity(n: number, scale: number): Float64Array[] {
  const safe = Number.isFinite(scale) && scale > 0 ? scale : 1;
  return Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(n);
    row[i] = safe;
    return row;
  });
}

function multiply(matrix: Float64Array[], vector: Float64Array, sign: number): Float64Array {
  return Float64Array.from(matrix, (row) => sign * dot(row, vector));
}

function dot(u: Float64Array, v: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < u.length; i++) sum += u[i] * v[i];
  return sum;
}

function maxAbs(v: Float64Array): number {
  let largest = 0;
  for (const value of v) largest = Math.max(largest, Math.abs(value));
  return largest;
}

/**
 * Standard errors of the coordinates at the minimum of a negative log-likelihood: square roots of the
 * diagonal of the inverse Hessian (the observed information), the Hessian taken by central differences
 * of the gradient. Null when the Hessian is not positive definite, i.e. some direction is flat.
 */
function standardErrors(objective: Objective, point: Float64Array): Float64Array | null {
  const n = point.length;
  const step = 1e-4;
  const hessian = Array.from({ length: n }, () => new Float64Array(n));
  const above = new Float64Array(n), below = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const probe = Float64Array.from(point);
    probe[j] = point[j] + step;
    objective(probe, above);
    probe[j] = point[j] - step;
    objective(probe, below);
    for (let i = 0; i < n; i++) hessian[i][j] = (above[i] - below[i]) / (2 * step);
  }
  const symmetric = hessian.map((row, i) => row.map((v, j) => (v + hessian[j][i]) / 2));
  const inverse = invertPositiveDefinite(symmetric);
  return inverse ? Float64Array.from(inverse, (row, i) => Math.sqrt(row[i])) : null;
}

/** Inverse by Cholesky factorisation; null when the matrix is not (numerically) positive definite. */
function invertPositiveDefinite(matrix: Float64Array[]): Float64Array[] | null {
  const n = matrix.length;
  const lower = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i][j];
      for (let k = 0; k < j; k++) sum -= lower[i][k] * lower[j][k];
      if (i === j) {
        if (!(sum > 1e-12 * Math.abs(matrix[i][i]))) return null;
        lower[i][i] = Math.sqrt(sum);
      } else {
        lower[i][j] = sum / lower[j][j];
      }
    }
  }
  // Columns of A⁻¹ solve L Lᵀ x = eᵢ.
  return Array.from({ length: n }, (_, column) => {
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let sum = i === column ? 1 : 0;
      for (let k = 0; k < i; k++) sum -= lower[i][k] * y[k];
      y[i] = sum / lower[i][i];
    }
    const x = new Float64Array(n);
    for (let i = n - 1; i >= 0; i--) {
      let sum = y[i];
      for (let k = i + 1; k < n; k++) sum -= lower[k][i] * x[k];
      x[i] = sum / lower[i][i];
    }
    return x;
  });
}

export interface LikelihoodFit<Name extends string> {
  params: Record<Name, number>;
  logLikelihood: number;
  iterations: number;
  /** True only for a finite, interior and well-determined optimum; otherwise `reason` says why not. */
  converged: boolean;
  reason?: string;
}

/**
 * Maximum likelihood over positive parameters, searched in log space (so positivity is free) within a
 * factor 1e6 of `start`. `logLikelihood` returns ln L and writes ∂ ln L/∂θ into `gradient`.
 */
export function maximizeLikelihood<Name extends string>(
  logLikelihood: (params: Record<Name, number>, gradient: Float64Array) => number,
  start: Record<Name, number>,
  names: readonly Name[],
): LikelihoodFit<Name> {
  const toParams = (point: ArrayLike<number>): Record<Name, number> =>
    Object.fromEntries(names.map((name, i) => [name, Math.exp(point[i])])) as Record<Name, number>;
  const objective: Objective = (point, gradient) => {
    const params = toParams(point);
    const value = -logLikelihood(params, gradient);
    // Chain rule to log-parameters (∂/∂ln θ = θ ∂/∂θ), negated for minimisation.
    names.forEach((name, i) => {
      gradient[i] *= -params[name];
    });
    return value;
  };
  const origin = names.map((name) => Math.log(start[name]));
  const result = minimize(objective, origin, {
    lower: origin.map((v) => v - LOG_BOUND),
    upper: origin.map((v) => v + LOG_BOUND),
  });
  const reason = fitProblem(objective, result, names);
  return {
    params: toParams(result.point), logLikelihood: -result.value, iterations: result.iterations,
    converged: reason === undefined, ...(reason === undefined ? {} : { reason }),
  };
}

/**
 * Why a fit cannot be trusted, or undefined when it can: a non-finite optimum, a parameter on its
 * bound, no convergence, or a flat or nearly flat likelihood that leaves a parameter undetermined.
 */
function fitProblem(objective: Objective, result: MinimizeResult, names: readonly string[]): string | undefined {
  if (!Number.isFinite(result.value)) return 'log-likelihood is not finite';
  if (result.atBound.length > 0) {
    const index = result.atBound[0];
    return `${names[index]} ran to its bound (${Math.exp(result.point[index]).toPrecision(3)}): the data cannot pin it down`;
  }
  if (!result.converged) return `optimiser did not converge: ${result.message}`;
  const errors = standardErrors(objective, result.point);
  if (!errors) return 'the likelihood is flat at the optimum: the data cannot pin the parameters down';
  const loose = errors.findIndex((error) => !(error <= LOG_STANDARD_ERROR_LIMIT));
  if (loose >= 0) {
    return `${names[loose]} is poorly determined (standard error of its log ${errors[loose].toPrecision(3)}): too little data`;
  }
  return undefined;
}

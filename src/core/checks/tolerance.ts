import type { ReadNumber } from '../parse/number';

/**
 * How far apart two figures may be before they disagree. With a fixed tolerance, that.
 * Otherwise the rounding the figures show can explain: half a unit in the last shown
 * decimal of every figure involved that shows decimals (whole numbers are taken as exact).
 */
export interface Tolerance {
  /** A fixed absolute tolerance (rates in ratio units), or null for the rounding rule above. */
  fixed: number | null;
}

const EPSILON = 1e-9;

/** Half a unit in the last decimal the figure shows, in its value's units (98.76% → 0.00005). */
export function halfUnit(n: ReadNumber): number {
  if (n.decimals <= 0) return 0;
  return 0.5 * 10 ** -n.decimals * (n.percent ? 0.01 : 1);
}

export function sumTolerance(tol: Tolerance, stated: ReadNumber, parts: ReadNumber[]): number {
  if (tol.fixed !== null) return tol.fixed + EPSILON;
  return parts.reduce((acc, p) => acc + halfUnit(p), halfUnit(stated)) + EPSILON;
}

/**
 * For a stated ratio of two figures: its own rounding plus what the operands' rounding moves the quotient.
 * A rate shown as a whole percent ("86%" for 37.24 / 43.2 = 86.20%) is a rounded quotient, not an exact
 * figure: it is allowed half a percent, where a whole number in a sum is taken as exact.
 */
export function ratioTolerance(
  tol: Tolerance,
  stated: ReadNumber,
  numerator: ReadNumber,
  denominator: ReadNumber,
): number {
  if (tol.fixed !== null) return tol.fixed + EPSILON;
  const q = Math.abs(numerator.value / denominator.value);
  const relative =
    halfUnit(numerator) / Math.abs(numerator.value || 1) + halfUnit(denominator) / Math.abs(denominator.value || 1);
  const own = stated.percent && stated.decimals <= 0 ? 0.005 : halfUnit(stated);
  return own + q * relative + EPSILON;
}

/** A sum of figures without floating-point noise: rounded to the most decimals any of them shows. */
export function cleanSum(parts: ReadNumber[]): number {
  const decimals = Math.max(0, ...parts.map((p) => p.decimals + (p.percent ? 2 : 0)));
  return roundTo(
    parts.reduce((acc, p) => acc + p.value, 0),
    Math.min(decimals + 2, 12),
  );
}

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
}

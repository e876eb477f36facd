/**
 * Cost accounting. Capital is recovered with the capital recovery factor (an annuity):
 * CRF = r / (1 - (1 + r)^-years), the standard levelised-cost formula (e.g. NREL's LCOE method);
 * with r = 0 it is straight-line 1 / years.
 */

/** Capital recovery factor, 1/year. */
export function capitalRecoveryFactor(rate: number, years: number): number {
  if (rate <= 0) return 1 / years
  return rate / (1 - Math.pow(1 + rate, -years))
}

/**
 * Cost accounting. Capital is recovered with the capital recovery factor (an annuity):
 * CRF = r / (1 - (1 + r)^-years), the standard levelised-cost formula (e.g. NREL's LCOE method);
 * with r = 0 it is straight-line 1 / years.
 */

/** Capital recovery factor, 1/year. */
export function capitalRecoveryFactor(rate: number, years: number): number {
  if (rate <= 0) return 1 / years
  // The analyses call this with the same inputs hundreds of thousands of times: keep the last answer.
  if (rate === lastCrf.rate && years === lastCrf.years) return lastCrf.value
  const value = rate / (1 - Math.pow(1 + rate, -years))
  lastCrf.rate = rate
  lastCrf.years = years
  lastCrf.value = value
  return value
}

/** One-entry memo of capitalRecoveryFactor (a pure function, so caching cannot change results). */
const lastCrf = { rate: Number.NaN, years: Number.NaN, value: 0 }

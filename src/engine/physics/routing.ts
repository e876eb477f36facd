/**
 * Expert load imbalance under expert parallelism. With a mixture of experts spread over n ranks
 * (E/n experts each), a step's T tokens each pick k of the E experts, and the step lasts as long as
 * the busiest rank's expert work. Even a perfectly balanced router places tokens at random, so the
 * busiest of n ranks gets more than the mean T·k/n assignments: balls into bins (Raab & Steger,
 * "Balls into Bins — A Simple and Tight Analysis", RANDOM 1998). Per token, the assignments landing
 * on one rank are hypergeometric (k draws from E experts, E/n of them on the rank): mean k/n,
 * variance (k/n)(1 − 1/n)(E − k)/(E − 1). Over T tokens the loads are close to normal once the mean
 * is a few assignments, and the largest of n of them lies z_n standard deviations above the mean,
 * z_n = Φ⁻¹((n − 0.375) / (n + 0.25)) (Blom's approximation of the expected maximum of n normal
 * draws, 1958; its limit sqrt(2 ln n) overstates it by 25–45 % for 8–64 ranks). The busiest rank's
 * excess over the mean, relative to it, is therefore
 *
 *   z_n · sqrt((n − 1) · (E − k) / ((E − 1) · k)) / sqrt(T) = coefficient / sqrt(T).
 *
 * Uniform routing is a floor: trained routers prefer some experts, which is why DeepSeek-V3 serves
 * with redundant copies of the hottest experts (arXiv 2412.19437 §3.4). Split experts (every rank a
 * slice of every expert) and a single rank carry no imbalance.
 */

/** The busiest rank's relative excess expert work is coefficient / sqrt(tokens per step); 0 when none. */
export function expertImbalanceCoefficient(
  experts: number,
  perToken: number,
  ranks: number,
): number {
  if (!(ranks > 1) || !(experts > perToken) || !(perToken > 0)) return 0
  const n = Math.min(ranks, experts) // more ranks than experts leaves some idle, not more spread
  const spread = ((n - 1) * (experts - perToken)) / ((experts - 1) * perToken)
  return inverseNormal((n - 0.375) / (n + 0.25)) * Math.sqrt(spread)
}

/** How many of `ranks` ranks hold ⌈experts / ranks⌉ experts (all of them where the ranks divide the experts). */
export function fullestRanks(experts: number, ranks: number): number {
  const fewer = Math.floor(experts / ranks + 1e-9)
  const extra = Math.round(experts - ranks * fewer)
  return extra >= 1 && extra < ranks ? extra : ranks
}

/** Blom's z for the largest of `ranks` standard normal draws (0 for one rank). */
export function expertRankQuantile(ranks: number): number {
  return ranks > 1 ? inverseNormal((ranks - 0.375) / (ranks + 0.25)) : 0
}

/**
 * The same balls-into-bins reading for the weights a decode step streams. With E routed experts
 * spread over r ranks and `touched` of them used by a step's tokens, each expert is touched with
 * probability q = touched / E, so the touched experts on one rank holding h of them are close to
 * binomial(h, q): mean h q, variance h q (1 − q). A layer's expert GEMMs last as long as the rank
 * streaming the most of them. Where r does not divide E, some ranks hold ⌈E/r⌉ experts and the rest
 * one fewer (Llama 4 Maverick's 128 over 99 ranks: 29 hold two), and the fullest ranks set the pace:
 * h = ⌈E/r⌉, and z is Blom's for the largest of the m ranks that hold that many (fullestRanks; all r
 * where r divides E; as expertImbalanceCoefficient). Never more than the h a rank holds. Uniform
 * routing, so a floor; where r divides E it vanishes once every expert is touched (large batches,
 * prefill), and when r = 1; where it does not, a step that touches every expert still waits for
 * the ranks that hold ⌈E/r⌉.
 */
export function busiestRankTouchedExperts(
  experts: number,
  ranks: number,
  touched: number,
  z: number,
): number {
  const perRank = Math.ceil(experts / ranks - 1e-9)
  const q = touched / experts
  const mean = perRank * q
  const sd = Math.sqrt(perRank * q * (1 - q))
  return Math.min(perRank, mean + z * sd)
}

/** Relative excess of the busiest rank's expert work at `tokens` tokens per step (0 when none). */
export function expertImbalanceExcess(coefficient: number, tokens: number): number {
  return coefficient > 0 && tokens > 0 ? coefficient / Math.sqrt(tokens) : 0
}

// Acklam's coefficients (below).
const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
] as const
const B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
] as const
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
] as const
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416] as const
const TAIL = 0.02425

/**
 * Φ⁻¹(q), the standard normal quantile, for q in (0, 1): Acklam's rational approximation (relative
 * error below 1.2e-9; P. J. Acklam, "An algorithm for computing the inverse normal cumulative
 * distribution function", 2003).
 */
export function inverseNormal(q: number): number {
  if (q < TAIL || q > 1 - TAIL) {
    const r = Math.sqrt(-2 * Math.log(q < TAIL ? q : 1 - q))
    const x =
      (((((C[0] * r + C[1]) * r + C[2]) * r + C[3]) * r + C[4]) * r + C[5]) /
      ((((D[0] * r + D[1]) * r + D[2]) * r + D[3]) * r + 1)
    return q < TAIL ? x : -x
  }
  const u = q - 0.5
  const r = u * u
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * u) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  )
}

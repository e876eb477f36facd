/**
 * Closed-form sums over decode steps.
 *
 * A decode step at context c costs FLOPs f0 + f1 c and bytes m0 + m1 c (both linear in c: weights and
 * per-token math are constant, attention and KV reads grow with the context). Its roofline time is
 * max(FLOPs / R_compute, bytes / R_memory), the larger of two lines in the step index j. The sum over
 * j = 0..n-1 therefore splits at the crossing point into two arithmetic series, which we sum exactly.
 * This matches the step-by-step sum to rounding (tests/engine/physics/decode.test.ts) at O(1) cost.
 */

/** Sum of (a + b j) for integer j in [from, to] inclusive; 0 when the range is empty. */
export function sumLinear(a: number, b: number, from: number, to: number): number {
  if (to < from) return 0
  const count = to - from + 1
  return count * (a + (b * (from + to)) / 2)
}

/** Result of {@link sumOfMaxOfLines}: total, and how much of it came from each line. */
export interface MaxLineSum {
  total: number
  /** Sum over the steps where line 1 (compute) is the larger. */
  firstTotal: number
  /** Steps where line 1 (compute) is the larger. */
  firstSteps: number
}

/**
 * Sum over j = 0..n-1 of max(a + b j, d + e j), split by which line is larger.
 * Writes into `out` to stay allocation-free on the hot path.
 */
export function sumOfMaxOfLines(
  a: number,
  b: number,
  d: number,
  e: number,
  n: number,
  out: MaxLineSum,
): MaxLineSum {
  const last = n - 1
  // Where does line 1 exceed line 2? (a - d) + (b - e) j > 0.
  const slope = b - e
  const offset = a - d
  let firstFrom: number
  let firstTo: number
  if (slope === 0) {
    firstFrom = offset > 0 ? 0 : n
    firstTo = offset > 0 ? last : -1
  } else {
    const cross = -offset / slope
    if (slope > 0) {
      // line 1 wins for j > cross
      firstFrom = Math.max(0, Math.floor(cross) + 1)
      firstTo = last
    } else {
      // line 1 wins for j < cross
      firstFrom = 0
      firstTo = Math.min(last, Math.ceil(cross) - 1)
    }
  }
  if (firstTo < firstFrom) {
    out.firstTotal = 0
    out.firstSteps = 0
    out.total = sumLinear(d, e, 0, last)
    return out
  }
  const firstTotal = sumLinear(a, b, firstFrom, firstTo)
  const secondTotal = sumLinear(d, e, 0, firstFrom - 1) + sumLinear(d, e, firstTo + 1, last)
  out.firstTotal = firstTotal
  out.firstSteps = firstTo - firstFrom + 1
  out.total = firstTotal + secondTotal
  return out
}

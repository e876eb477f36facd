/**
 * The largest whole batch that still meets a target, found from a bracket. The kernel asks this
 * for every candidate plan (the largest microbatch within the time-per-token and first-token
 * targets, the largest decode batch within a step time), so it must take few evaluations: time per
 * token is close to linear in the batch, so a guess where the line through the bracket's ends
 * crosses zero (regula falsi) lands on or beside the answer, and checking its neighbour usually
 * closes the bracket in two evaluations where bisection takes log2(batch). A round that fails to
 * halve the bracket is followed by a bisection step, so the worst case stays logarithmic.
 * The answer is the same as bisection's for any slack that grows with the batch.
 */

/**
 * The largest integer b in [lo, hi) with slack(ctx, b) <= 0, given slack(lo) = sLo <= 0 (meets) and
 * slack(hi) = sHi > 0 (misses), for a slack that does not decrease with b. `slack` is a top-level
 * function and `ctx` its data, so that no closure is made per call.
 */
export function largestMeeting<C>(
  slack: (ctx: C, b: number) => number,
  ctx: C,
  lo: number,
  sLo: number,
  hi: number,
  sHi: number,
): number {
  while (hi - lo > 1) {
    const width = hi - lo
    let b = lo + Math.floor((width * -sLo) / (sHi - sLo))
    if (!(b > lo)) b = lo + 1
    else if (b >= hi) b = hi - 1
    let s = slack(ctx, b)
    if (s <= 0) {
      lo = b
      sLo = s
      // Rounded down onto the answer? Its right neighbour misses.
      if (b + 1 < hi) {
        s = slack(ctx, b + 1)
        if (s <= 0) {
          lo = b + 1
          sLo = s
        } else {
          hi = b + 1
          sHi = s
        }
      }
    } else {
      hi = b
      sHi = s
      if (b - 1 > lo) {
        s = slack(ctx, b - 1)
        if (s <= 0) {
          lo = b - 1
          sLo = s
        } else {
          hi = b - 1
          sHi = s
        }
      }
    }
    if (hi - lo > 1 && hi - lo > width / 2) {
      const mid = (lo + hi) >>> 1
      s = slack(ctx, mid)
      if (s <= 0) {
        lo = mid
        sLo = s
      } else {
        hi = mid
        sHi = s
      }
    }
  }
  return lo
}

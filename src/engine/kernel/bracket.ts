/**
 * The largest whole batch that still meets a target, found from a bracket. The kernel asks this
 * for every candidate plan (the largest microbatch within the time-per-token and first-token
 * targets, the largest decode batch within a step time), so it must take few evaluations: time per
 * token is close to linear in the batch, so a guess where the line through the bracket's ends
 * crosses zero (regula falsi) lands on or beside the answer: a handful of evaluations where
 * bisection takes log2(batch).
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
  // Illinois variant of regula falsi: when the same end moves twice running, the other end's slack
  // is halved in the next guess, so a curved slack cannot pin the guesses to one side (Dowell &
  // Jarratt, BIT 11, 1971). A step that leaves more than half the bracket twice running is followed
  // by a bisection step, which bounds the worst case by about twice bisection's count.
  let wLo = sLo
  let wHi = sHi
  let moved = 0 // +1: lo moved last, -1: hi moved last
  let slowSteps = 0
  while (hi - lo > 1) {
    const width = hi - lo
    let b: number
    if (slowSteps >= 2) {
      b = (lo + hi) >>> 1
      slowSteps = 0
    } else {
      b = lo + Math.floor((width * -wLo) / (wHi - wLo))
      if (!(b > lo)) b = lo + 1
      else if (b >= hi) b = hi - 1
    }
    const s = slack(ctx, b)
    if (s <= 0) {
      lo = b
      wLo = s
      if (moved === 1) wHi /= 2
      moved = 1
    } else {
      hi = b
      wHi = s
      if (moved === -1) wLo /= 2
      moved = -1
    }
    slowSteps = hi - lo > width / 2 ? slowSteps + 1 : 0
  }
  return lo
}

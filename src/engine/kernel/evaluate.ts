/**
 * The physics kernel's entry: one packed scenario in, one packed result out. Every analysis
 * (simulate, trajectory, Monte Carlo, Shapley, sweeps) runs through `evaluate`.
 * Equations: engine-model.md §3–4. Each concern lives in its own module beside this one:
 * replica.ts (weights, roofs, bound), collectives.ts, prefill.ts, decode.ts, power.ts (the power
 * limit), energy.ts, cost.ts, plan.ts (one deployment plan under continuous batching) and
 * search.ts (the deployment search). Nothing is kept between calls.
 */
import { P } from '../params'

import { createOutput, O } from './outputs'
import { evaluatePlan } from './plan'
import { searchDeployment } from './search'
import { evaluateSpeculative, writeNoSpeculation } from './speculative'

/**
 * Evaluate one packed scenario. Returns `out` (allocated if not given). `lean` skips the
 * time-to-first-token unless a TTFT target needs it; the analyses' inner loops read only cost and
 * energy. Status codes and slot meanings are in outputs.ts.
 *
 * The plan: pinned (P.PIN_TENSOR_PARALLEL > 0) → that plan, with as many replicas as a fixed count
 * allows; otherwise the deployment search over the fixed count (P.ACCELERATORS > 0) or, for
 * "auto", over replica sizes.
 */
export function evaluate(
  p: Float64Array,
  out: Float64Array = createOutput(),
  lean = false,
): Float64Array {
  // Speculative / multi-token decoding: evaluated with and without, the better kept
  // (speculative.ts).
  if (p[P.VERIFY_TOKENS_PER_STEP]! > 1) evaluateSpeculative(p, out, lean, evaluateOnce)
  else {
    evaluateOnce(p, out, lean)
    writeNoSpeculation(out)
  }
  return out
}

/** The plan for `p` as its parameters stand: pinned, hinted (lean analyses) or searched. */
function evaluateOnce(p: Float64Array, out: Float64Array, lean: boolean): void {
  const pinnedTensor = p[P.PIN_TENSOR_PARALLEL]!
  const fixed = p[P.ACCELERATORS]!
  if (pinnedTensor > 0) {
    const pipeline = Math.max(1, p[P.PIN_PIPELINE_PARALLEL]!)
    const size = pinnedTensor * pipeline
    const paid = fixed > 0 ? Math.max(fixed, size) : size
    evaluatePlan(
      p,
      { tensor: pinnedTensor, pipeline, replicas: Math.floor(paid / size), paid },
      out,
      lean,
    )
    return
  }
  // The analyses' inner loops (lean) first try the plan the search chose for their scenario and
  // year, then the one it chose without levers; a lever subset that fits neither, or misses a
  // target on both, sends them back to the search.
  if (
    lean &&
    (tryHint(p, P.HINT_TENSOR_PARALLEL, P.HINT_PIPELINE_PARALLEL, fixed, out) ||
      tryHint(p, P.HINT2_TENSOR_PARALLEL, P.HINT2_PIPELINE_PARALLEL, fixed, out))
  )
    return
  searchDeployment(p, fixed, out, lean)
}

/** Evaluate the hinted plan in slots `tensorSlot`/`pipelineSlot`; false when none, or it fails. */
function tryHint(
  p: Float64Array,
  tensorSlot: number,
  pipelineSlot: number,
  fixed: number,
  out: Float64Array,
): boolean {
  const tensor = p[tensorSlot]!
  if (!(tensor > 0)) return false
  const pipeline = Math.max(1, p[pipelineSlot]!)
  const size = tensor * pipeline
  if (fixed !== 0 && size > fixed) return false
  const paid = fixed > 0 ? fixed : size
  const cost = evaluatePlan(
    p,
    { tensor, pipeline, replicas: Math.floor(paid / size), paid },
    out,
    true,
  )
  if (!Number.isFinite(cost)) return false
  out[O.PLAN_SEARCHED] = 1
  return true
}

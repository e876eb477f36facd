/**
 * The physics kernel's entry: one packed scenario in, one packed result out. Every analysis
 * (simulate, trajectory, Monte Carlo, attribution, sweeps) runs through `evaluate`.
 * Equations: engine-model.md §3–4. Each concern lives in its own module beside this one:
 * replica.ts (weights, roofs, bound), collectives.ts, prefill.ts, decode.ts, power.ts (the power
 * limit), energy.ts, cost.ts, plan.ts (one deployment plan under continuous batching) and
 * search.ts (the deployment search). Nothing is kept between calls but pure memos: a result is
 * recalled only for exactly the same inputs (every parameter bit for bit, and `lean`), so call order
 * cannot change a result (tests/engine/kernel-state.test.ts).
 */
import { ATTENTION_CODE, EXPERT_PLACEMENT, P } from '../params'

import { createOutput, O } from './outputs'
import { evaluatePlan } from './plan'
import { searchDeployment } from './search'
import { evaluateSpeculative, writeNoSpeculation } from './speculative'

/**
 * Evaluate one packed scenario. Returns `out` (allocated if not given). `lean` skips the
 * time-to-first-token unless a TTFT target needs it; the analyses' inner loops read only cost and
 * energy. `recall`: remember the last two plan evaluations and recall them for identical
 * parameters; only the attribution table asks for it, because only its order of visits repeats an
 * evaluation (a caller that evaluates one scenario over and over, like a benchmark loop, would
 * measure the memo, not the kernel). Status codes and slot meanings are in outputs.ts.
 *
 * The plan: pinned (P.PIN_TENSOR_PARALLEL > 0) → that plan, with as many replicas as a fixed count
 * allows; otherwise the deployment search over the fixed count (P.ACCELERATORS > 0) or, for
 * "auto", over replica sizes.
 */
export function evaluate(
  p: Float64Array,
  out: Float64Array = createOutput(),
  lean = false,
  recall = false,
): Float64Array {
  const once = recall ? evaluateOnceRecalled : evaluateOnce
  // Speculative / multi-token decoding: evaluated with and without, the better kept
  // (speculative.ts).
  if (p[P.VERIFY_TOKENS_PER_STEP]! > 1) evaluateSpeculative(p, out, lean, once)
  else {
    once(p, out, lean)
    writeNoSpeculation(out)
  }
  return out
}

/**
 * The last two evaluateOnce calls made with `recall`, inputs and outputs. Speculation is evaluated
 * with and without (speculative.ts), and "without" is exactly the same evaluation as the lever
 * subset that lacks the speculation lever: the attribution table visits the two one after the other (attribution.ts puts the
 * speculation lever on the Gray code's fastest bit), so the "without" of the second is recalled
 * where both were priced on the same plan. Since the attribution tries several plans per coalition
 * (2026-12-07) that is rarer: about 14 recalls in 3,000 evaluations of an Owen table, about 12 % of
 * a Shapley table's. Two entries, because within a speculative evaluation "without" is followed by
 * "with".
 */
const RECALLED = 2
const recalledParams = Array.from({ length: RECALLED }, () => new Float64Array(0))
const recalledOut = Array.from({ length: RECALLED }, () => createOutput())
const recalledLean = Array.from({ length: RECALLED }, () => false)
/** Which entry the next evaluation overwrites (the older one). */
const recallSlot = { next: 0 }

function sameParams(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** evaluateOnce, or its remembered output for bit-for-bit the same parameters and `lean`. */
function evaluateOnceRecalled(p: Float64Array, out: Float64Array, lean: boolean): void {
  for (let k = 0; k < RECALLED; k++) {
    if (recalledLean[k] === lean && sameParams(recalledParams[k]!, p)) {
      out.set(recalledOut[k]!)
      return
    }
  }
  evaluateOnce(p, out, lean)
  const k = recallSlot.next
  recallSlot.next = (recallSlot.next + 1) % RECALLED
  if (recalledParams[k]!.length !== p.length) recalledParams[k] = new Float64Array(p.length)
  recalledParams[k]!.set(p)
  recalledOut[k]!.set(out)
  recalledLean[k] = lean
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
  // The analyses' inner loops (lean) first try the plan they hint (the Monte Carlo and the
  // trajectory: the one the search chose for their year; the attribution: the plans searched for
  // the lever groups that bracket a coalition, analysis/attribution.ts), then the second hint where
  // there is one; a lever subset that fits neither, or misses a target on both, sends them back to
  // the search, and so does a hint that no longer fits the scale-up domain (HINT_OFF_DOMAIN).
  if (lean) {
    const first = tryHint(
      p,
      P.HINT_TENSOR_PARALLEL,
      P.HINT_PIPELINE_PARALLEL,
      P.HINT_ATTENTION_TENSOR,
      P.HINT_IN_DOMAIN,
      P.HINT_EXPERTS_SPLIT,
      fixed,
      out,
    )
    if (first === HINT_USED) return
    if (
      first === HINT_FAILED &&
      tryHint(
        p,
        P.HINT2_TENSOR_PARALLEL,
        P.HINT2_PIPELINE_PARALLEL,
        P.HINT2_ATTENTION_TENSOR,
        P.HINT2_IN_DOMAIN,
        P.HINT2_EXPERTS_SPLIT,
        fixed,
        out,
      ) === HINT_USED
    )
      return
  }
  searchDeployment(p, fixed, out, lean)
}

/** tryHint's answers: the hinted plan was evaluated into `out`; none, or it failed; search again. */
const HINT_USED = 0
const HINT_FAILED = 1
const HINT_OFF_DOMAIN = 2

/**
 * Evaluate the hinted plan in slots `tensorSlot`/`pipelineSlot` (`inDomainSlot`: 1 where its group
 * fitted inside the domain it was chosen in), with the attention the search chose for it (`attentionSlot`) where the scenario
 * leaves that to the engine.
 */
function tryHint(
  p: Float64Array,
  tensorSlot: number,
  pipelineSlot: number,
  attentionSlot: number,
  inDomainSlot: number,
  placementSlot: number,
  fixed: number,
  out: Float64Array,
): number {
  let tensor = p[tensorSlot]!
  if (!(tensor > 0)) return HINT_FAILED
  // The scale-up lever grows the domain continuously, the Monte Carlo samples it and an attribution
  // coalition may leave the lever off, while the hint was chosen at another domain. A plan keeps its
  // shape there, not its width. One group inside the hint's domain, now wider than this one, would
  // run tensor parallelism over the scale-out links, a plan the search does not make for a group
  // that fits a domain: it is this domain's group (and the search's, where that fails). A group of
  // whole domains over scale-out stays one where it is still whole domains here. Without this,
  // DeepSeek-R1 on GB200 with the lever grown to 96 kept TP96 at a sampled domain of 91 and priced
  // 12x the cost (tests/engine/hint-domain.test.ts).
  const domain = Math.max(1, Math.floor(p[P.SCALE_UP_DOMAIN]! + 1e-6))
  let shrunk = false
  if (tensor > domain) {
    if (p[inDomainSlot]! > 0) {
      tensor = domain
      shrunk = true
    } else if (tensor % domain !== 0) return HINT_OFF_DOMAIN
  }
  const pipeline = Math.max(1, p[pipelineSlot]!)
  const size = tensor * pipeline
  if (fixed !== 0 && size > fixed) return HINT_FAILED
  const paid = fixed > 0 ? fixed : size
  // The hint holds the plan's ATTENTION_CODE, "auto" where it made no choice (context.ts).
  const asked = p[P.ATTENTION_TENSOR_PARALLEL]!
  if (asked === ATTENTION_CODE.auto) p[P.ATTENTION_TENSOR_PARALLEL] = p[attentionSlot]!
  // Likewise the experts' placement (EXPERT_PLACEMENT), "auto" where the hint made no choice.
  const placement = p[P.EXPERTS_TENSOR_SPLIT]!
  if (placement === EXPERT_PLACEMENT.auto) p[P.EXPERTS_TENSOR_SPLIT] = p[placementSlot]!
  const cost = evaluatePlan(
    p,
    { tensor, pipeline, replicas: Math.floor(paid / size), paid },
    out,
    true,
  )
  p[P.ATTENTION_TENSOR_PARALLEL] = asked
  p[P.EXPERTS_TENSOR_SPLIT] = placement
  if (!Number.isFinite(cost)) return shrunk ? HINT_OFF_DOMAIN : HINT_FAILED
  out[O.PLAN_SEARCHED] = 1
  return HINT_USED
}

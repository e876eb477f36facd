/**
 * The throughput–interactivity frontier: over the deployment plans the search would consider
 * (search.ts) and, for each, the batch sizes from one sequence per pipeline stage up to what memory
 * and the scheduler allow, the points where no other point is both faster per user and higher in
 * output tokens per second per accelerator. This is the curve serving teams read (SemiAnalysis's
 * InferenceX plots measured throughput per GPU against interactivity; NVIDIA's AIConfigurator
 * reports the best throughput per GPU at a latency target); each point is priced by the same
 * kernel as a single operating point (plan.ts), with the batch requested, so the targets do not
 * rule points out: the view draws the target as a line instead.
 *
 * Candidates are kept in typed arrays allocated once per call; each evaluation writes into one
 * scratch buffer, so nothing is allocated per evaluated point.
 */
import { ATTENTION_CODE, EXPERT_PLACEMENT, P } from '../params'
import { taskAcceptedTokens } from '../physics/speculative'

import { attentionLeftToEngine } from './collectives'
import { evaluate } from './evaluate'
import { O, OUT_COUNT } from './outputs'
import {
  STATUS_DOES_NOT_FIT,
  STATUS_POWER_TOO_LOW,
  STATUS_UNEVEN_HEADS,
  evaluatePlan,
  schedulerCap,
  splitsExpertsOver,
  type Plan,
} from './plan'
import { candidateBounds, forEachCandidate } from './search'

/** Successive batch sizes of one plan are about this far apart (18 steps per factor of 10). */
const BATCH_RATIO = 1.14
/** Most candidate points one call evaluates (plans × batches); far above what any chip needs. */
const MAX_CANDIDATES = 8192
/** Default cap on the points returned. */
export const FRONTIER_MAX_POINTS = 200

/** The frontier's points, sorted by speed per user ascending, in parallel arrays of `count`. */
export interface FrontierArrays {
  readonly count: number
  /** Output tokens per second each user sees (1 / time per output token). */
  readonly tokensPerSecondPerUser: Float64Array
  /** Output tokens per second per accelerator paid for. */
  readonly tokensPerSecondPerAccelerator: Float64Array
  readonly usdPerMillionOutput: Float64Array
  readonly ttftSeconds: Float64Array
  /** Concurrent sequences per replica. */
  readonly batch: Float64Array
  readonly tensor: Float64Array
  readonly pipeline: Float64Array
  readonly replicas: Float64Array
  /** 1 where a spread mixture of experts attends tensor-parallel (O.ATTENTION_TENSOR). */
  readonly attentionTensor: Float64Array
  /** 1 where a mixture of experts has its experts split by tensor parallelism (O.EXPERTS_SPLIT). */
  readonly expertsSplit: Float64Array
}

interface Candidates {
  count: number
  readonly speed: Float64Array
  readonly perAccelerator: Float64Array
  readonly cost: Float64Array
  readonly ttft: Float64Array
  readonly batch: Float64Array
  readonly tensor: Float64Array
  readonly pipeline: Float64Array
  readonly replicas: Float64Array
  readonly attentionTensor: Float64Array
  readonly expertsSplit: Float64Array
}

function candidates(size: number): Candidates {
  return {
    count: 0,
    speed: new Float64Array(size),
    perAccelerator: new Float64Array(size),
    cost: new Float64Array(size),
    ttft: new Float64Array(size),
    batch: new Float64Array(size),
    tensor: new Float64Array(size),
    pipeline: new Float64Array(size),
    replicas: new Float64Array(size),
    attentionTensor: new Float64Array(size),
    expertsSplit: new Float64Array(size),
  }
}

/** Record the evaluation in `out` as a candidate; false when it is not a serving point. */
function record(c: Candidates, out: Float64Array): boolean {
  const status = out[O.STATUS]!
  if (
    status === STATUS_DOES_NOT_FIT ||
    status === STATUS_POWER_TOO_LOW ||
    status === STATUS_UNEVEN_HEADS
  )
    return false
  const tpot = out[O.TPOT_S]!
  const paid = out[O.ACCELERATORS]!
  const speed = 1 / tpot
  const perAccelerator = out[O.OUTPUT_TOKENS_PER_S]! / paid
  const cost = out[O.USD_PER_M_OUTPUT]!
  if (
    !(tpot > 0) ||
    !Number.isFinite(speed) ||
    !(perAccelerator > 0) ||
    !Number.isFinite(perAccelerator) ||
    !Number.isFinite(cost) ||
    c.count >= c.speed.length
  )
    return false
  const i = c.count++
  c.speed[i] = speed
  c.perAccelerator[i] = perAccelerator
  c.cost[i] = cost
  c.ttft[i] = out[O.TTFT_S]!
  c.batch[i] = out[O.BATCH]!
  c.tensor[i] = out[O.TENSOR_PARALLEL]!
  c.pipeline[i] = out[O.PIPELINE_PARALLEL]!
  c.replicas[i] = out[O.REPLICAS]!
  c.attentionTensor[i] = out[O.ATTENTION_TENSOR]!
  c.expertsSplit[i] = out[O.EXPERTS_SPLIT]!
  return true
}

/**
 * The highest throughput per accelerator on the front (indices `front[0..size)`, fastest first, so
 * throughput rises along it) among points at least `speed` fast; 0 when none is.
 */
function bestAtOrAbove(c: Candidates, front: Int32Array, size: number, speed: number): number {
  let best = 0
  for (let k = 0; k < size; k++) {
    const j = front[k]!
    if (c.speed[j]! < speed) break
    best = c.perAccelerator[j]!
  }
  return best
}

/**
 * Merge candidates [from, c.count) into the front (Pareto-optimal indices, fastest first) in
 * place; returns its new size. `scratch` holds at least size + (c.count - from) indices.
 */
function mergeFront(
  c: Candidates,
  front: Int32Array,
  size: number,
  from: number,
  scratch: Int32Array,
): number {
  let n = 0
  for (let k = 0; k < size; k++) scratch[n++] = front[k]!
  for (let i = from; i < c.count; i++) scratch[n++] = i
  const all = scratch.subarray(0, n)
  all.sort((a, b) => c.speed[b]! - c.speed[a]! || c.perAccelerator[b]! - c.perAccelerator[a]!)
  let kept = 0
  let best = Number.NEGATIVE_INFINITY
  for (let k = 0; k < n; k++) {
    const i = all[k]!
    if (c.perAccelerator[i]! > best) {
      front[kept++] = i
      best = c.perAccelerator[i]!
    }
  }
  return kept
}

/** The front so far: Pareto-optimal candidate indices, fastest first, and merge scratch. */
interface Front {
  size: number
  readonly index: Int32Array
  readonly scratch: Int32Array
}

/**
 * Sweep one plan's batch sizes, microbatch 1 up to the most that fits and the scheduler allows,
 * about BATCH_RATIO apart, then merge its points into the front. A larger batch is slower per
 * user and at most as productive as the largest batch, so the sweep stops once the front already
 * holds a point at least as fast as the current batch and as productive as the largest one: no
 * later batch could then be on the frontier. False when the plan cannot serve at all.
 */
function sweepPlan(
  p: Float64Array,
  plan: Plan,
  c: Candidates,
  front: Front,
  out: Float64Array,
): boolean {
  const first = c.count
  const pipeline = plan.pipeline
  p[P.BATCH] = pipeline
  evaluatePlan(p, plan, out, false)
  if (!record(c, out)) return false
  let speed = c.speed[first]!
  let ceiling = c.perAccelerator[first]!
  const capacity = Math.min(out[O.BATCH_CAPACITY]!, schedulerCap(p, plan.tensor))
  const top = Math.max(1, Math.floor(capacity / pipeline))
  if (top > 1) {
    p[P.BATCH] = top * pipeline
    evaluatePlan(p, plan, out, false)
    if (record(c, out)) ceiling = Math.max(ceiling, c.perAccelerator[c.count - 1]!)
  }
  let micro = 1
  for (;;) {
    if (bestAtOrAbove(c, front.index, front.size, speed) >= ceiling) break
    micro = Math.min(top, Math.max(micro + 1, Math.round(micro * BATCH_RATIO)))
    if (micro >= top) break
    p[P.BATCH] = micro * pipeline
    evaluatePlan(p, plan, out, false)
    if (!record(c, out)) continue
    speed = c.speed[c.count - 1]!
    ceiling = Math.max(ceiling, c.perAccelerator[c.count - 1]!)
  }
  front.size = mergeFront(c, front.index, front.size, first, front.scratch)
  return true
}

/**
 * sweepPlan, once per attention where the scenario leaves it to the engine (a mixture of experts
 * spread over more than one accelerator under serving.attentionParallelism "auto"): each batch
 * would otherwise take the cheaper attention at that batch, and the sweep's top batch the capacity
 * of the one that wins at one sequence (tensor-parallel, whose KV copies hold far fewer), cutting off
 * data-parallel attention's throughput end. `p` is restored.
 */
function sweepPlanEachAttention(
  p: Float64Array,
  plan: Plan,
  c: Candidates,
  front: Front,
  out: Float64Array,
): boolean {
  // The experts' placement left to the engine: each swept apart too, as each attention is (a batch
  // would otherwise take the placement that wins at that batch, the sweep's top the capacity of
  // the one that wins at one sequence).
  // (Only where the group can split them, and the scenario does not ask for data-parallel
  // attention, which needs them spread: as evaluatePlan decides.)
  if (p[P.EXPERTS_TENSOR_SPLIT] === EXPERT_PLACEMENT.auto && p[P.EXPERTS]! > 1 && plan.tensor > 1) {
    p[P.EXPERTS_TENSOR_SPLIT] = EXPERT_PLACEMENT.spread
    const spread = sweepPlanEachAttention(p, plan, c, front, out)
    let split = false
    if (
      splitsExpertsOver(p, plan.tensor) &&
      p[P.ATTENTION_TENSOR_PARALLEL] !== ATTENTION_CODE.data
    ) {
      p[P.EXPERTS_TENSOR_SPLIT] = EXPERT_PLACEMENT.split
      split = sweepPlan(p, plan, c, front, out)
    }
    p[P.EXPERTS_TENSOR_SPLIT] = EXPERT_PLACEMENT.auto
    return spread || split
  }
  if (!attentionLeftToEngine(p, plan.tensor)) return sweepPlan(p, plan, c, front, out)
  p[P.ATTENTION_TENSOR_PARALLEL] = ATTENTION_CODE.data
  const data = sweepPlan(p, plan, c, front, out)
  p[P.ATTENTION_TENSOR_PARALLEL] = ATTENTION_CODE.tensor
  const tensor = sweepPlan(p, plan, c, front, out)
  p[P.ATTENTION_TENSOR_PARALLEL] = ATTENTION_CODE.auto
  return data || tensor
}

/**
 * The frontier of the packed scenario `p` (levers applied). Plans: the pinned one when the
 * scenario pins it; otherwise the search's candidates (one replica of each size for "auto", as
 * many replicas as fit for a fixed count, every accelerator paid). The scenario's own operating
 * point (the plain evaluation) is a candidate too, so it always lies on or below the frontier.
 * `p` is restored before returning.
 */
export function frontierOf(p: Float64Array, maxPoints = FRONTIER_MAX_POINTS): FrontierArrays {
  const out = new Float64Array(OUT_COUNT)
  const c = candidates(MAX_CANDIDATES)
  const requestedBatch = p[P.BATCH]!
  const fixed = p[P.ACCELERATORS]!
  const pinned = p[P.PIN_TENSOR_PARALLEL]!

  evaluate(p, out)
  record(c, out)
  const front: Front = {
    size: 0,
    index: new Int32Array(MAX_CANDIDATES),
    scratch: new Int32Array(MAX_CANDIDATES),
  }
  front.size = mergeFront(c, front.index, 0, 0, front.scratch)

  const sweepAll = (): void => {
    if (pinned > 0) {
      const pipeline = Math.max(1, p[P.PIN_PIPELINE_PARALLEL]!)
      const size = pinned * pipeline
      const paid = fixed > 0 ? Math.max(fixed, size) : size
      const plan = { tensor: pinned, pipeline, replicas: Math.floor(paid / size), paid }
      sweepPlanEachAttention(p, plan, c, front, out)
    } else {
      // Every candidate the search may visit: the gain from a larger replica is not monotone (the
      // first step over the scale-out network can be slower, a wider one faster again), so there is
      // no early stop here; plans that add nothing cost a few evaluations each.
      const { minAccelerators, maxAccelerators, domain, maxTensor, stageWidth } = candidateBounds(
        p,
        fixed,
      )
      forEachCandidate(
        domain,
        Math.min(minAccelerators, maxAccelerators),
        maxAccelerators,
        maxTensor,
        (tensor, pipeline) => {
          const size = tensor * pipeline
          const plan: Plan =
            fixed > 0
              ? { tensor, pipeline, replicas: Math.floor(fixed / size), paid: fixed }
              : { tensor, pipeline, replicas: 1, paid: size }
          sweepPlanEachAttention(p, plan, c, front, out)
          return c.count < MAX_CANDIDATES
        },
        stageWidth,
      )
    }
  }
  // With speculation configured, a serving stack drafts where it pays and not where it costs more
  // (kernel/speculative.ts), so both are candidates at every plan and batch: the Pareto filter keeps
  // speculation at the fast, small-batch end and plain decoding where verifying costs more than it
  // saves. (Shorter drafts in between are not swept: the front may sit slightly low there.) A
  // stack whose draft is fixed (serving.speculationPolicy "fixed") has no plain decoding to fall back
  // on: only the configured draft is swept, so the curve and the operating point agree.
  const tokensPerStep = p[P.TOKENS_PER_STEP]!
  const verified = p[P.VERIFY_TOKENS_PER_STEP]!
  if (verified > 1) {
    if (p[P.SPECULATION_FIXED] !== 1) {
      p[P.TOKENS_PER_STEP] = 1
      p[P.VERIFY_TOKENS_PER_STEP] = 1
      sweepAll()
      p[P.VERIFY_TOKENS_PER_STEP] = verified
    }
    p[P.TOKENS_PER_STEP] = taskAcceptedTokens(tokensPerStep, verified, p[P.DRAFT_ACCEPTANCE_SCALE]!)
    sweepAll()
    p[P.TOKENS_PER_STEP] = tokensPerStep
  } else {
    sweepAll()
  }
  p[P.BATCH] = requestedBatch
  return paretoOf(c, maxPoints)
}

/**
 * The Pareto-optimal candidates, sorted by speed per user ascending, thinned evenly to at most
 * `maxPoints` (a subset of a Pareto set is still one; the fastest, the most productive and the
 * scenario's operating point stay).
 */
function paretoOf(c: Candidates, maxPoints: number): FrontierArrays {
  const order = Array.from({ length: c.count }, (_, i) => i)
  // Fastest first; among equally fast, the most productive first.
  order.sort((a, b) => c.speed[b]! - c.speed[a]! || c.perAccelerator[b]! - c.perAccelerator[a]!)
  const kept: number[] = []
  let best = Number.NEGATIVE_INFINITY
  for (const i of order) {
    if (c.perAccelerator[i]! > best) {
      kept.push(i)
      best = c.perAccelerator[i]!
    }
  }
  kept.reverse()
  const limit = Math.max(2, Math.floor(maxPoints))
  let chosen = kept
  if (kept.length > limit) {
    const positions = Array.from({ length: limit }, (_, k) =>
      Math.round((k * (kept.length - 1)) / (limit - 1)),
    )
    // The scenario's operating point (candidate 0) stays when it is on the frontier, so the
    // thinned curve never passes under the point the view marks on it: it takes the place of the
    // nearest thinned point between the slowest and the fastest, which keeps the order.
    const own = kept.indexOf(0)
    if (own > 0 && own < kept.length - 1 && !positions.includes(own)) {
      let nearest = 1
      for (let k = 2; k < limit - 1; k++)
        if (Math.abs(positions[k]! - own) < Math.abs(positions[nearest]! - own)) nearest = k
      positions[nearest] = own
    }
    chosen = positions.map((position) => kept[position]!)
  }
  const n = chosen.length
  const pick = (from: Float64Array): Float64Array => {
    const to = new Float64Array(n)
    for (let k = 0; k < n; k++) to[k] = from[chosen[k]!]!
    return to
  }
  return {
    count: n,
    tokensPerSecondPerUser: pick(c.speed),
    tokensPerSecondPerAccelerator: pick(c.perAccelerator),
    usdPerMillionOutput: pick(c.cost),
    ttftSeconds: pick(c.ttft),
    batch: pick(c.batch),
    tensor: pick(c.tensor),
    pipeline: pick(c.pipeline),
    replicas: pick(c.replicas),
    attentionTensor: pick(c.attentionTensor),
    expertsSplit: pick(c.expertsSplit),
  }
}

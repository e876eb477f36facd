/**
 * One deployment plan evaluated: `replicas` data-parallel copies of a replica made of
 * `pipeline` stages of `tensor` accelerators each (tensor parallel for dense layers and attention,
 * the routed experts spread over the same group for MoE), serving with continuous batching.
 *
 * Pipeline parallelism (engine-model.md §3, December additions): the replica's B sequences run as
 * `pipeline` microbatches of b = B / pipeline; each stage holds 1/pipeline of the layers, so a
 * stage group of `tensor` accelerators does, per cycle, the work of the whole model on one
 * microbatch. A user's token passes every stage: its time is one full-model step on `tensor`
 * accelerators plus (pipeline - 1) stage hand-offs, each a fixed step overhead and a link latency.
 *
 * Continuous batching with chunked prefill (Agrawal et al., Sarathi-Serve, OSDI 2024; vLLM and
 * TensorRT-LLM schedule the same way): the prompts of new requests are processed in chunks inside
 * the decode steps of the running batch, so the time per output token a user sees is the decode
 * step plus the share of the other requests' prefill interleaved into it, and a new request's
 * first token waits for its prompt's chunks to pass through steps that also carry the batch.
 */
import { BITS_PER_BYTE } from '../constants'
import { ATTENTION_CODE, EXPERT_PLACEMENT, P } from '../params'
import { batchCapacity, reserveCreditBytes } from '../physics/memory'

import { largestMeeting } from './bracket'
import {
  attentionLeftToEngine,
  dataParallelRanks,
  attentionSplitsNoHeads,
  kvCopies,
  passCollectives,
  splitsHeadsEvenly,
  spreadsExperts,
} from './collectives'
import { writeCost } from './cost'
import {
  decodeWeightTimeBytes,
  decodeStepSeconds,
  decodeLinearComputeSeconds,
  draftComputeSeconds,
  draftMemorySeconds,
  draftOtherSeconds,
  decodeTotals,
  emptyDecodeModel,
  prepareDecode,
  rescaleDecode,
  type DecodeModel,
} from './decode'
import { energyRates, writeEnergy, type EnergyRates } from './energy'
import { O, OUT_COUNT } from './outputs'
import { throttleFor, UNTHROTTLED, type PhaseWork, type Throttle } from './power'
import {
  dataParallelPromptWaitSeconds,
  prefillAttentionComputeSeconds,
  prefillAttentionMemorySeconds,
  prefillLinearComputeSeconds,
  prefillPass,
  prefillSeconds,
  prefillWeightBytes,
  emptyPrefillModel,
  preparePrefill,
  rescalePrefill,
  writePrefill,
  type PrefillModel,
} from './prefill'
import {
  boundOf,
  computeRoof,
  mathPeak,
  memoryRoof,
  passBoundarySeconds,
  storedWeightBytes,
} from './replica'

export const STATUS_OK = 0
export const STATUS_DOES_NOT_FIT = 1
export const STATUS_BATCH_CLAMPED = 2
/** The accelerator's power limit is below its static power: nothing can run. */
export const STATUS_POWER_TOO_LOW = 3
/**
 * The plan splits attention heads over a group that does not divide them (collectives.ts
 * splitsHeadsEvenly): serving stacks refuse it, so the search and the frontier pass it by. A plan
 * the user pinned is priced all the same (the result warns).
 */
export const STATUS_UNEVEN_HEADS = 4

const LIMIT_REQUESTED = 0
const LIMIT_CAPACITY = 1
const LIMIT_INTERACTIVITY = 2
const LIMIT_SCHEDULER = 3

export const TARGET_MET = 0
export const TARGET_SPEED_UNMET = 1
export const TARGET_TTFT_UNMET = 2

/**
 * Prompt tokens a scheduler puts into one step besides the decode tokens: TensorRT-LLM's default
 * max_num_tokens is 8,192 (TensorRT-LLM docs, "Tuning max batch size and max num tokens"; grade M).
 */
export const CHUNK_TOKENS = 8192 // tokens per step

export interface Plan {
  /** Accelerators per pipeline stage. */
  readonly tensor: number
  readonly pipeline: number
  readonly replicas: number
  /** Accelerators paid for: at least tensor x pipeline x replicas (a fixed count may leave some idle). */
  readonly paid: number
}

/** Memory a replica of n accelerators needs for one sequence, and what it has. */
export interface Footprint {
  readonly weights: number
  readonly perSequence: number
  readonly sharedPrefix: number
  /** What weights and KV cache may fill per accelerator: memory x the runtime's fraction. */
  readonly usablePerAccelerator: number
  /** Memory of one accelerator, bytes (what the reserve credit is capped by, per accelerator). */
  readonly memoryPerAccelerator: number
  /** 1 when the KV cache's share is of the memory the weights leave (serving.kvMemoryRule "free"). */
  readonly freeRule: number
}

/**
 * The memory a replica needs, with its KV cache held `kvCopies` times (kernel/collectives.ts
 * kvCopies: 1 unless tensor-parallel attention outnumbers the KV heads) and the weights beside the
 * routed experts `weightCopies` times (collectives.ts dataParallelRanks: one per rank under
 * data-parallel attention).
 */
export function footprint(p: Float64Array, kvCopies = 1, weightCopies = 1): Footprint {
  const inputTokens = p[P.INPUT_TOKENS]!
  const prefixHit = p[P.PREFIX_HIT_RATE]!
  const kvBytesPerToken = (kvCopies * p[P.KV_ELEMENTS_PER_TOKEN]! * p[P.KV_BITS]!) / BITS_PER_BYTE
  const stateBytes = (p[P.STATE_ELEMENTS_PER_SEQUENCE]! * p[P.STATE_BITS]!) / BITS_PER_BYTE
  const weights = storedWeightBytes(p, weightCopies)
  return {
    weights,
    // A shared prompt prefix is stored once (PagedAttention block sharing).
    perSequence:
      (inputTokens * (1 - prefixHit) + p[P.OUTPUT_TOKENS]!) * kvBytesPerToken * p[P.KV_WASTE]! +
      stateBytes,
    sharedPrefix: inputTokens * prefixHit * kvBytesPerToken,
    usablePerAccelerator: p[P.MEMORY_BYTES]! * p[P.KV_MEMORY_FRACTION]!,
    memoryPerAccelerator: p[P.MEMORY_BYTES]!,
    freeRule: p[P.KV_RULE_FREE]!,
  }
}

/**
 * What weights and KV cache may fill on n accelerators: the runtime's fraction of memory, plus under
 * the "free" rule the part of its reserve the weights keep (physics/memory.ts reserveCreditBytes).
 */
export function usableBytesOn(fp: Footprint, n: number, memoryFraction: number): number {
  return (
    n * fp.usablePerAccelerator +
    reserveCreditBytes(fp.weights, memoryFraction, fp.freeRule, n * fp.memoryPerAccelerator)
  )
}

interface Stage {
  readonly p: Float64Array
  readonly tensor: number
  readonly pipeline: number
  readonly rc: number
  readonly rm: number
  readonly model: DecodeModel
  readonly prefill: PrefillModel
  /** Pipeline hand-offs added to every step, s. */
  readonly handOffS: number
}

/** Stage fields the kernel fills in place (stageInto). */
type MutableStage = { -readonly [K in keyof Stage]: Stage[K] }

function emptyStage(): MutableStage {
  return {
    p: new Float64Array(0),
    tensor: 0,
    pipeline: 0,
    rc: 0,
    rm: 0,
    model: emptyDecodeModel(),
    prefill: emptyPrefillModel(),
    handOffS: 0,
  }
}

/** The stage of `plan` on roofs rc, rm, written into `into` (its models too) and returned. */
function stageInto(
  into: MutableStage,
  p: Float64Array,
  plan: Plan,
  rc: number,
  rm: number,
  attentionShare: number,
): Stage {
  const n = plan.tensor * plan.pipeline
  // One pass's collectives on the stage group: the same for decode and prefill.
  const comm = passCollectives(p, plan.tensor)
  const hop =
    plan.pipeline > 1
      ? p[P.STEP_OVERHEAD_S]! +
        p[P.COLLECTIVE_LATENCY_S]! +
        (n > p[P.SCALE_UP_DOMAIN]! ? p[P.SCALE_OUT_LATENCY_S]! : 0)
      : 0
  into.p = p
  into.tensor = plan.tensor
  into.pipeline = plan.pipeline
  into.rc = rc
  into.rm = rm
  into.model = prepareDecode(p, plan.tensor, rc, rm, comm, into.model, attentionShare)
  into.prefill = preparePrefill(p, plan.tensor, rc, rm, comm, into.prefill, attentionShare)
  into.handOffS = (plan.pipeline - 1) * hop
  return into
}

/**
 * Stage `from` on other roofs rc, rm (a clock the power limit set), written into `into`: the same as
 * stageInto with those roofs, without reading the parameters again (only the roofs differ).
 */
function rescaleStage(into: MutableStage, from: Stage, rc: number, rm: number): Stage {
  into.p = from.p
  into.tensor = from.tensor
  into.pipeline = from.pipeline
  into.rc = rc
  into.rm = rm
  into.model = rescaleDecode(from.model, rc, rm, into.model)
  into.prefill = rescalePrefill(from.prefill, rc, rm, into.prefill)
  into.handOffS = from.handOffS
  return into
}

/**
 * Scratch stages of evaluatePlan: the full-clock one, the power-limited one of the current pass, and
 * the prefill model at prefill's own clock. Every evaluatePlan call rewrites them whole before
 * reading them and nothing keeps them after it returns, so nothing passes from one call to the next
 * (tests/engine/kernel-state.test.ts); they keep the power-limit passes free of allocation.
 */
const FULL_STAGE = emptyStage()
const LIMITED_STAGE = emptyStage()
const PREFILL_AT_CLOCK = emptyPrefillModel()

/** One decode step at microbatch b as a user sees it without interleaved prefill, s. */
function stepAt(st: Stage, b: number): number {
  return decodeStepSeconds(st.model, b) + st.handOffS
}

/**
 * The work of `batch` prompts' prefill without a pass's fixed time, s: what their chunks add to the
 * decode steps they ride in (chunked prefill), which pay the step overhead, the kernel boundaries and
 * the collectives' fixed latency themselves. (The chunks' weight reads are still counted, though the
 * step reads the weights once for both: a prefill chunk is far on the compute side, where the
 * roofline hides most of it.)
 */
function interleavedPrefillSeconds(m: PrefillModel, batch: number): number {
  return prefillSeconds(m, batch) - m.overhead - m.commFixed
}

/** Time per output token at microbatch b with everyone else's prompt interleaved, s. */
function tpotAt(st: Stage, b: number): number {
  const batch = b * st.pipeline
  const steps = st.model.steps
  const decodeS = steps * stepAt(st, b)
  const prefillS =
    interleavedPrefillSeconds(st.prefill, b) + dataParallelPromptWaitSeconds(st.prefill, b, steps)
  return (decodeS + prefillS * (1 - 1 / batch)) / (steps * st.model.tau)
}

/**
 * Time to first token at microbatch b: the prompt alone as its own pass; under load, its chunks'
 * work in the decode steps of the running batch they ride in, which pay the fixed time.
 */
function ttftAt(st: Stage, b: number): number {
  if (b * st.pipeline <= 1) return prefillSeconds(st.prefill, 1) + st.handOffS
  // The steps' hand-offs between pipeline stages carry the chunks too (stepAt).
  return (
    interleavedPrefillSeconds(st.prefill, 1) +
    Math.ceil(st.prefill.newTokensPerPrompt / CHUNK_TOKENS) * stepAt(st, b)
  )
}

/** The decode totals at microbatch b (written to `out`) and the throttle they need, from the full clock. */
function decodeThrottleAt(
  p: Float64Array,
  tensor: number,
  rates: EnergyRates,
  full: Stage,
  b: number,
  out: Float64Array,
): Throttle | null {
  decodeTotals(full.model, b, out)
  return decodeThrottle(p, tensor, rates, full, b, out)
}

/** The decode clock share a throttle leaves: 1 where none binds. */
function clockShareOf(throttle: Throttle | null): number {
  return throttle === null || throttle === UNTHROTTLED ? 1 : throttle.clockShare
}

/** The stage at a throttle's roofs (written into LIMITED_STAGE), or `full` where none binds. */
function stageAtThrottle(full: Stage, throttle: Throttle | null): Stage {
  if (throttle === null || throttle === UNTHROTTLED) return full
  return rescaleStage(
    LIMITED_STAGE,
    full,
    (full.rc * throttle.clockShare) / throttle.stretch,
    full.rm / throttle.stretch,
  )
}

/**
 * How far microbatch b misses the targets: > 0 when it misses one (time per output token above
 * 1 / target, or first token later than the limit), <= 0 when it meets both, within a 1e-9
 * tolerance. The size is the relative miss of the worse target, which the batch search interpolates.
 */
function slackAt(st: Stage, b: number): number {
  const p = st.p
  const target = p[P.MIN_TOKENS_PER_S_PER_USER]!
  let slack = -1
  if (target > 0) {
    const x = tpotAt(st, b) * target
    slack = x > 1 + 1e-9 ? x - 1 : Math.min(x - 1, 0)
  }
  const maxTtft = p[P.MAX_TTFT_S]!
  if (maxTtft > 0) {
    const y = ttftAt(st, b)
    const e = y > maxTtft * (1 + 1e-9) ? y / maxTtft - 1 : Math.min(y / maxTtft - 1, 0)
    if (e > slack) slack = e
  }
  return slack
}

/**
 * Largest microbatch in [1, cap] whose cycle meets the targets (time per output token and time to
 * first token both grow with the batch), by interpolation inside a bracket (bracket.ts); `guess`
 * (0: none) may narrow the bracket. Returns 0 when even one sequence misses a target.
 *
 * The bracket is [1 or the guess, cap]: the time per token is close to linear in the batch, so the
 * first interpolation lands beside the answer however wide the bracket. Narrowing it first with the
 * decode-only closed form (largestBatchWithin) cost more evaluations than it saved: the answer is
 * the same (the largest batch that meets the targets), and the analyses ran 5–12 % faster without it.
 */
function largestMicrobatch(st: Stage, cap: number, guess: number): number {
  // A guess (the batch of the previous power-limit pass, usually a few sequences off) narrows the
  // bracket from one side with one evaluation; the answer does not depend on it. When the guess
  // meets the targets so does one sequence (the slack grows with the batch), so the check of one
  // sequence is needed only when the guess misses.
  let lo = 1
  let atLo: number
  if (guess > 1 && guess < cap) {
    const atGuess = slackAt(st, guess)
    if (atGuess > 0) {
      const one = slackAt(st, 1)
      if (one > 0) return 0
      return largestMeeting(slackAt, st, 1, one, guess, atGuess)
    }
    // The guess is most often the answer itself (the last power-limit pass confirms the batch of
    // the one before): one more evaluation settles it without a bracket.
    if (guess + 1 < cap) {
      const above = slackAt(st, guess + 1)
      if (above > 0) return guess
      lo = guess + 1
      atLo = above
    } else {
      lo = guess
      atLo = atGuess
    }
  } else {
    atLo = slackAt(st, 1)
    if (atLo > 0) return 0
  }
  const top = slackAt(st, cap)
  if (top <= 0) return cap
  return largestMeeting(slackAt, st, lo, atLo, cap, top)
}

/**
 * A phase's throttle on one stage group (full model, one microbatch): its energy at full clock and
 * its kernels' times at full clock (see power.ts). Plain numbers in, one object out: this runs for
 * every candidate plan of every evaluation.
 */
function phaseThrottle(
  p: Float64Array,
  tensor: number,
  rates: EnergyRates,
  flops: number,
  bytes: number,
  linkBytes: number,
  linearComputeS: number,
  linearMemoryS: number,
  attentionComputeS: number,
  attentionMemoryS: number,
  memoryS: number,
  fixedS: number,
): Throttle | null {
  const work = PHASE_WORK
  work.computeJ = flops * rates.joulesPerFlop
  work.otherJ = bytes * rates.joulesPerMemoryByte + linkBytes * rates.joulesPerLinkByte
  work.linearComputeS = linearComputeS
  work.linearMemoryS = linearMemoryS
  work.overlapLoss = p[P.OVERLAP_LOSS]!
  work.attentionComputeS = attentionComputeS
  work.attentionMemoryS = attentionMemoryS
  work.memoryS = memoryS
  work.fixedS = fixedS
  return throttleFor(work, tensor * p[P.STATIC_W]!, tensor * p[P.TDP_W]!)
}

/**
 * Scratch for phaseThrottle: throttleFor reads it and keeps nothing, so nothing passes from one
 * call to the next (the kernel's hot loops stay free of allocation).
 */
const PHASE_WORK: { -readonly [K in keyof PhaseWork]: PhaseWork[K] } = {
  computeJ: 0,
  otherJ: 0,
  linearComputeS: 0,
  linearMemoryS: 0,
  overlapLoss: 0,
  attentionComputeS: 0,
  attentionMemoryS: 0,
  memoryS: 0,
  fixedS: 0,
}

/** Decode's throttle at microbatch b on the full-clock stage, from the totals in `out`. */
function decodeThrottle(
  p: Float64Array,
  tensor: number,
  rates: EnergyRates,
  full: Stage,
  b: number,
  out: Float64Array,
): Throttle | null {
  const m = full.model
  const steps = out[O.DECODE_STEPS]!
  return phaseThrottle(
    p,
    tensor,
    rates,
    // An attention FLOP in its wider format costs more energy than a linear one (energy.ts).
    out[O.DECODE_FLOPS]! +
      rates.attentionFlopExtra * out[O.DECODE_ATTENTION_FLOPS]! +
      out[O.DECODE_KEPT_EXTRA_FLOPS]!,
    out[O.DECODE_BYTES]!,
    out[O.DECODE_LINK_BYTES]!,
    // Draft passes (speculative decoding) join the linear kernels' roofs and the fixed time. A max
    // of sums is at most the sum of the maxima the step pays, so the throttle may see a shorter
    // phase than the step: that overstates the power, and the limit still holds.
    m.steps * (decodeLinearComputeSeconds(m, b) + draftComputeSeconds(m, b)),
    m.steps * ((decodeWeightTimeBytes(m, b) + m.linearBytes * b) / m.rm + draftMemorySeconds(m, b)),
    (m.steps * m.attentionFlops * Math.max(b, m.attentionRanks)) / m.rcAttention,
    (m.steps * m.attentionBytes * Math.max(b, m.attentionRanks)) / m.rm,
    m.steps * m.elementwiseSeconds * b,
    // Kernel boundaries are working time for power (replica.ts passBoundarySeconds): left out here,
    // so the phase's power is what it draws while its kernels run.
    out[O.DECODE_COMM_S]! +
      steps * (full.model.overhead + full.handOffS) +
      m.steps * draftOtherSeconds(m, b) -
      decodeBoundarySeconds(p, m),
  )
}

/**
 * The decode phase's kernel boundaries, main and draft passes (one layer's each), s (replica.ts
 * passBoundarySeconds): a step's fixed time less its step overhead.
 */
function decodeBoundarySeconds(p: Float64Array, m: DecodeModel): number {
  const pass = m.overhead - p[P.STEP_OVERHEAD_S]!
  return m.steps * pass * (1 + m.draftPasses / m.layers)
}

/**
 * The most sequences a replica's schedulers take (serving.maxBatchSize, P.MAX_BATCH, is per
 * scheduler). Under data-parallel attention every rank schedules its own requests, so a replica's
 * cap is the ranks' sum (collectives.ts dataParallelRanks): TensorRT-LLM's max_batch_size is per
 * rank with enable_attention_dp (NVIDIA/TensorRT-LLM tests/scripts/perf-sanity: DeepSeek-R1 FP4 on
 * GB200 as DEP4 at max_batch_size 768 serves 3,072 concurrent requests,
 * disaggregated/gb200_deepseek-r1-fp4_1k1k_con3072_ctx1_dep4_gen1_dep4_eplb0_mtp1_ccb-NIXL.yaml; DEP8
 * at 512 serves 4,096 in its README), as the MLPerf DeepSeek-R1 submissions' gpu_batch_size is
 * (validation assumption adp-batch-per-rank). Before 2026-12-07 the cap held for the whole replica: 48 GB200s running
 * DeepSeek-R1 data-parallel shared one scheduler's 2,048 sequences.
 */
export function schedulerCap(p: Float64Array, tensor: number): number {
  return p[P.MAX_BATCH]! * dataParallelRanks(p, tensor)
}

/**
 * The microbatch per stage: the requested batch (clamped to what fits), or, for "max", the largest
 * the memory and the scheduler allow that still meets the targets on stage `st`. Writes why the
 * batch stops there (O.BATCH_LIMIT) and, when a requested batch is clamped, O.STATUS.
 */
function chooseMicrobatch(
  p: Float64Array,
  st: Stage,
  capacity: number,
  out: Float64Array,
  guess: number,
): number {
  const pipeline = st.pipeline
  const requested = p[P.BATCH]!
  if (requested > 0) {
    let batch = Math.floor(requested)
    out[O.BATCH_LIMIT] = LIMIT_REQUESTED
    if (batch > capacity) {
      batch = Math.floor(capacity)
      out[O.BATCH_LIMIT] = LIMIT_CAPACITY
      out[O.STATUS] = STATUS_BATCH_CLAMPED
    }
    return Math.max(1, Math.floor(batch / pipeline))
  }
  const scheduler = schedulerCap(p, st.tensor)
  const maxPerReplica = Math.min(capacity, scheduler)
  const cap = Math.max(1, Math.floor(maxPerReplica / pipeline))
  out[O.BATCH_LIMIT] = capacity <= scheduler ? LIMIT_CAPACITY : LIMIT_SCHEDULER
  if (p[P.MIN_TOKENS_PER_S_PER_USER]! > 0 || p[P.MAX_TTFT_S]! > 0) {
    const within = largestMicrobatch(st, cap, guess)
    if (within < cap) out[O.BATCH_LIMIT] = LIMIT_INTERACTIVITY
    return Math.max(1, within)
  }
  return cap
}

/** Scratch for the tensor-parallel trial of evaluatePlan (module-level: no allocation per plan). */
const tensorAttentionOut = new Float64Array(OUT_COUNT)

/**
 * Evaluate one plan into `out`. Returns the cost per million output tokens, or +Infinity when the
 * plan does not fit, or when a "max" batch cannot meet a target (the slots still describe it).
 *
 * A mixture of experts spread over the group with serving.attentionParallelism "auto" (the
 * default) is evaluated with data-parallel and with tensor-parallel attention, and the plan that
 * fits, meets the targets and costs less is kept (out[O.ATTENTION_TENSOR] says which). Neither
 * wins everywhere (kernel/collectives.ts dataParallelRanks): data-parallel saves the all-reduces,
 * the KV cache's copies and the residual stream's repeats, which grow with the batch, and pays a
 * copy of the layers beside the experts on every accelerator, read every step, and idle
 * accelerators when a step has fewer sequences than the group. So large batches go data-parallel
 * and small interactive ones, or chips too small for the copies, tensor-parallel. The analyses'
 * inner loops evaluate their hinted plan with the attention the search chose for it (evaluate.ts
 * tryHint), so only the search pays the second evaluation.
 */
export function evaluatePlan(
  p: Float64Array,
  plan: Plan,
  out: Float64Array,
  lean: boolean,
): number {
  const placement = p[P.EXPERTS_TENSOR_SPLIT]!
  if (placement !== EXPERT_PLACEMENT.auto || !(p[P.EXPERTS]! > 1) || plan.tensor <= 1) {
    const cost = evaluatePlacedPlan(p, plan, out, lean)
    out[O.EXPERTS_SPLIT] = placement === EXPERT_PLACEMENT.split && p[P.EXPERTS]! > 1 ? 1 : 0
    return cost
  }
  // Data-parallel attention, where the scenario asks for it, needs the experts spread: split ones
  // attend split by heads.
  if (p[P.ATTENTION_TENSOR_PARALLEL] === ATTENTION_CODE.data) {
    p[P.EXPERTS_TENSOR_SPLIT] = EXPERT_PLACEMENT.spread
    const cost = evaluatePlacedPlan(p, plan, out, lean)
    p[P.EXPERTS_TENSOR_SPLIT] = EXPERT_PLACEMENT.auto
    out[O.EXPERTS_SPLIT] = 0
    return cost
  }
  // The experts' placement left to the engine: spread over the group (expert parallelism, each
  // rank streaming the experts its tokens touch, the busiest rank setting the pace) or split by
  // tensor parallelism (every rank a slice of every expert, all-reduced like a dense layer), the
  // one that fits, meets the targets and costs less kept, as serving teams choose between
  // TensorRT-LLM's moe_ep_size and moe_tp_size.
  p[P.EXPERTS_TENSOR_SPLIT] = EXPERT_PLACEMENT.spread
  const spreadCost = evaluatePlacedPlan(p, plan, out, lean)
  // Split experts attend split by heads: a group that cannot split them evenly, or that is wider than
  // the heads (a stack that pads them still gives each rank at least one), is not a plan a stack
  // runs that way (a pinned one is priced as asked, but only with the placement it can run).
  if (!splitsExpertsOver(p, plan.tensor) && out[O.STATUS] !== STATUS_UNEVEN_HEADS) {
    p[P.EXPERTS_TENSOR_SPLIT] = EXPERT_PLACEMENT.auto
    out[O.EXPERTS_SPLIT] = 0
    out[O.EXPERTS_OTHER_USD_PER_M] = Number.POSITIVE_INFINITY
    return spreadCost
  }
  p[P.EXPERTS_TENSOR_SPLIT] = EXPERT_PLACEMENT.split
  const splitCost = evaluatePlacedPlan(p, plan, splitExpertsOut, lean)
  p[P.EXPERTS_TENSOR_SPLIT] = EXPERT_PLACEMENT.auto
  if (placementBetter(splitExpertsOut, splitCost, out, spreadCost)) {
    // How the spread plan attended, for the search's patience on each attention (search.ts).
    const spreadTensor = out[O.ATTENTION_TENSOR]!
    const spreadOther = out[O.ATTENTION_OTHER]!
    const spreadOtherCost = out[O.ATTENTION_OTHER_USD_PER_M]!
    out.set(splitExpertsOut)
    out[O.EXPERTS_SPLIT] = 1
    out[O.EXPERTS_OTHER_USD_PER_M] = spreadCost
    out[O.SPREAD_ATTENTION_TENSOR] = spreadTensor
    out[O.SPREAD_ATTENTION_OTHER] = spreadOther
    out[O.SPREAD_ATTENTION_OTHER_USD_PER_M] = spreadOtherCost
    return splitCost
  }
  out[O.EXPERTS_SPLIT] = 0
  out[O.EXPERTS_OTHER_USD_PER_M] = splitCost
  return spreadCost
}

/**
 * Whether a tensor-parallel group of `tensor` can run a mixture of experts with its experts split:
 * its attention then splits by heads, evenly and at most one rank per head (scenario.ts refuses to
 * pin wider; found by a review: Qwen3-235B's 64 heads over TP128 on Groq LPUs).
 */
export function splitsExpertsOver(p: Float64Array, tensor: number): boolean {
  return tensor <= p[P.ATTENTION_HEADS]! && splitsHeadsEvenly(p, tensor)
}

/** The placement of experts an evaluation in `out` ran with (O.EXPERTS_SPLIT), as an EXPERT_PLACEMENT code. */
export function placementOf(out: Float64Array): number {
  return out[O.EXPERTS_SPLIT] === 1 ? EXPERT_PLACEMENT.split : EXPERT_PLACEMENT.spread
}

/** Scratch for the split-experts trial of evaluatePlan (module-level: no allocation per plan). */
const splitExpertsOut = new Float64Array(OUT_COUNT)

/**
 * Whether the plan in `a` ranks before the one in `b` (tensorAttentionBetter's order); a group that
 * cannot split the heads for its placement ranks last.
 */
function placementBetter(a: Float64Array, aCost: number, b: Float64Array, bCost: number): boolean {
  const aUneven = a[O.STATUS] === STATUS_UNEVEN_HEADS
  if (aUneven !== (b[O.STATUS] === STATUS_UNEVEN_HEADS)) return !aUneven
  return tensorAttentionBetter(a, aCost, b, bCost)
}

/** evaluatePlan with the experts' placement as p holds it: the attention choice. */
function evaluatePlacedPlan(p: Float64Array, plan: Plan, out: Float64Array, lean: boolean): number {
  // A plan the user pinned is priced as asked; the search's and the frontier's split heads evenly.
  const pinned = p[P.PIN_TENSOR_PARALLEL]! > 0
  const headsSplit = splitsHeadsEvenly(p, plan.tensor)
  const even = pinned || headsSplit
  const splitsNoHeads = attentionSplitsNoHeads(p)
  if (!even && !splitsNoHeads) return unevenHeads(p, plan, out)
  if (!attentionLeftToEngine(p, plan.tensor)) return evaluatePlanAs(p, plan, out, lean)
  if (!headsSplit && splitsNoHeads) {
    // Tensor-parallel attention cannot split these heads over the group: data-parallel only. A
    // pinned group too takes the attention a stack can run there, and only where that does not fit
    // is it priced split by heads (with the warning simulate.ts gives a pinned uneven plan).
    p[P.ATTENTION_TENSOR_PARALLEL] = ATTENTION_CODE.data
    const cost = evaluatePlanAs(p, plan, out, lean)
    p[P.ATTENTION_TENSOR_PARALLEL] = ATTENTION_CODE.auto
    if (!pinned || Number.isFinite(cost)) {
      out[O.ATTENTION_OTHER] = ATTENTION_OTHER_UNEVEN
      out[O.ATTENTION_OTHER_USD_PER_M] = Number.POSITIVE_INFINITY
      return cost
    }
  }
  p[P.ATTENTION_TENSOR_PARALLEL] = ATTENTION_CODE.data
  const dataCost = evaluatePlanAs(p, plan, out, lean)
  p[P.ATTENTION_TENSOR_PARALLEL] = ATTENTION_CODE.tensor
  const tensorCost = evaluatePlanAs(p, plan, tensorAttentionOut, lean)
  p[P.ATTENTION_TENSOR_PARALLEL] = ATTENTION_CODE.auto
  if (!tensorAttentionBetter(tensorAttentionOut, tensorCost, out, dataCost)) {
    noteOtherAttention(out, tensorAttentionOut, tensorCost)
    return dataCost
  }
  // The data-parallel trial sits in `out`; keep what the deployment text needs of it first.
  const dataStatus = out[O.STATUS]!
  const dataUnmet = out[O.TARGET_UNMET]!
  out.set(tensorAttentionOut)
  out[O.ATTENTION_OTHER] = otherAttentionCode(dataStatus, dataUnmet, out[O.TARGET_UNMET]!)
  out[O.ATTENTION_OTHER_USD_PER_M] = dataCost
  return tensorCost
}

/** ATTENTION_OTHER: tensor-parallel attention could not split the heads over the group. */
export const ATTENTION_OTHER_UNEVEN = 4

/** A plan whose heads the group cannot split evenly: its shape and STATUS_UNEVEN_HEADS, no cost. */
function unevenHeads(p: Float64Array, plan: Plan, out: Float64Array): number {
  for (let i = 0; i < out.length; i++) out[i] = 0
  out[O.STATUS] = STATUS_UNEVEN_HEADS
  out[O.ACCELERATORS] = plan.paid
  out[O.TENSOR_PARALLEL] = plan.tensor
  out[O.PIPELINE_PARALLEL] = plan.pipeline
  out[O.REPLICAS] = plan.replicas
  out[O.ACCELERATORS_PER_REPLICA] = plan.tensor * plan.pipeline
  out[O.LIMIT_W] = p[P.TDP_W]!
  return Number.POSITIVE_INFINITY
}

/**
 * How the attention not chosen fared: 1 costs more, 2 does not fit, 3 misses a target the chosen
 * one meets (4, set apart: it could not split the heads, ATTENTION_OTHER_UNEVEN).
 */
function otherAttentionCode(status: number, unmet: number, chosenUnmet: number): number {
  if (status === STATUS_DOES_NOT_FIT || status === STATUS_POWER_TOO_LOW) return 2
  return unmet !== TARGET_MET && chosenUnmet === TARGET_MET ? 3 : 1
}

function noteOtherAttention(out: Float64Array, other: Float64Array, otherCost: number): void {
  out[O.ATTENTION_OTHER] = otherAttentionCode(
    other[O.STATUS]!,
    other[O.TARGET_UNMET]!,
    out[O.TARGET_UNMET]!,
  )
  out[O.ATTENTION_OTHER_USD_PER_M] = otherCost
}

/** Whether the tensor-parallel trial beats the data-parallel one: it fits, meets more, costs less. */
function tensorAttentionBetter(
  tensor: Float64Array,
  tensorCost: number,
  data: Float64Array,
  dataCost: number,
): boolean {
  const fitsTensor = tensor[O.STATUS] !== STATUS_DOES_NOT_FIT
  const fitsData = data[O.STATUS] !== STATUS_DOES_NOT_FIT
  if (fitsTensor !== fitsData) return fitsTensor
  // Neither fits: the nearer miss, so the message names what is really short.
  if (!fitsTensor) return tensor[O.SHORTFALL_BYTES]! < data[O.SHORTFALL_BYTES]!
  const metTensor = tensor[O.TARGET_UNMET] === TARGET_MET
  if (metTensor !== (data[O.TARGET_UNMET] === TARGET_MET)) return metTensor
  if (Number.isFinite(tensorCost) || Number.isFinite(dataCost)) return tensorCost < dataCost
  return tensor[O.USD_PER_M_OUTPUT]! < data[O.USD_PER_M_OUTPUT]!
}

/** One plan with the attention parallelism p holds (evaluatePlan). */
function evaluatePlanAs(p: Float64Array, plan: Plan, out: Float64Array, lean: boolean): number {
  // A loop, not out.fill(0): the builtin's call costs more than these few stores, per candidate.
  for (let i = 0; i < out.length; i++) out[i] = 0
  out[O.ATTENTION_TENSOR] = spreadsExperts(p) && p[P.ATTENTION_TENSOR_PARALLEL] === 1 ? 1 : 0
  const { tensor, pipeline, replicas, paid } = plan
  const n = tensor * pipeline
  const outputTokens = p[P.OUTPUT_TOKENS]!
  const inputTokens = p[P.INPUT_TOKENS]!
  out[O.ACCELERATORS] = paid
  out[O.TENSOR_PARALLEL] = tensor
  out[O.PIPELINE_PARALLEL] = pipeline
  out[O.EXPERT_PARALLEL] = spreadsExperts(p) ? tensor : 1
  out[O.REPLICAS] = replicas
  out[O.ACCELERATORS_PER_REPLICA] = n
  out[O.LIMIT_W] = p[P.TDP_W]!
  out[O.PREFILL_CLOCK_SHARE] = 1
  out[O.DECODE_CLOCK_SHARE] = 1
  out[O.CLOCK_SHARE] = 1

  const fp = footprint(p, kvCopies(p, tensor), dataParallelRanks(p, tensor))
  const peak = mathPeak(p)
  out[O.MATH_PEAK_FLOPS] = peak
  out[O.WEIGHT_BYTES] = fp.weights
  const usable = usableBytesOn(fp, n, p[P.KV_MEMORY_FRACTION]!)
  const capacity = batchCapacity(usable, fp.weights, fp.sharedPrefix, fp.perSequence)
  out[O.BATCH_CAPACITY] = capacity
  if (!(capacity >= pipeline)) {
    out[O.STATUS] = STATUS_DOES_NOT_FIT
    out[O.SHORTFALL_BYTES] = Math.max(
      1,
      fp.weights + fp.sharedPrefix + pipeline * fp.perSequence - usable,
    )
    return Number.POSITIVE_INFINITY
  }
  if (p[P.TDP_W]! <= p[P.STATIC_W]!) {
    out[O.STATUS] = STATUS_POWER_TOO_LOW
    return Number.POSITIVE_INFINITY
  }

  const rates = energyRates(p, n, peak)
  const full = stageInto(
    FULL_STAGE,
    p,
    plan,
    computeRoof(p, tensor),
    memoryRoof(p, tensor),
    rates.attentionShare,
  )
  let st = full
  const requested = p[P.BATCH]!
  let unmet = TARGET_MET
  let b = chooseMicrobatch(p, st, capacity, out, 0)
  const fullClockBatch = b

  // Decode under the power limit: throttle at the chosen batch, choose the batch again on the
  // slower chip (so the targets still hold), and repeat until the chip is within its limit at
  // the batch it serves. A last throttle at a fixed batch only lengthens every kernel, so it is
  // final (and may leave a target missed by a hair, which the result then says).
  let decodeClock = 1
  // The passes settle on a batch that is the largest meeting the targets on its own clock: every
  // larger batch draws more power, runs slower, and misses them.
  let settled = false
  for (let pass = 0; pass < 4; pass++) {
    // The throttle is always solved from the full-clock work at the batch in hand.
    const throttle = decodeThrottleAt(p, tensor, rates, full, b, out)
    decodeClock = clockShareOf(throttle)
    st = stageAtThrottle(full, throttle)
    if (st === full && pass === 0) {
      settled = true
      break
    }
    if (pass === 3) break
    const again = chooseMicrobatch(p, st, capacity, out, b)
    if (again === b) {
      settled = true
      break
    }
    b = again
  }
  // Where a speed or first-token target sets the batch, the passes above can also swing between a large
  // batch the limit throttles hard and a small one it does not throttle at all, each chosen on the
  // other's clock, and stop wherever the last pass lands: Llama 4 Maverick on TPU v7 with 1.2× its
  // bandwidth served 238 sequences at $3.90 per million where 4,000 meet the target under their own
  // throttle, $0.27 (found by a review; tests/engine/power-target.test.ts). The answer is the
  // largest batch that meets the targets under its own throttle: at most the full-clock choice (a
  // throttle only slows), found by bisection (a larger batch draws more power and runs slower).
  if (
    !settled &&
    requested <= 0 &&
    b !== fullClockBatch &&
    (p[P.MIN_TOKENS_PER_S_PER_USER]! > 0 || p[P.MAX_TTFT_S]! > 0)
  ) {
    const meets = (x: number): boolean =>
      slackAt(stageAtThrottle(full, decodeThrottleAt(p, tensor, rates, full, x, out)), x) <= 0
    let lo = meets(b) ? b : 0
    let hi = fullClockBatch + 1 // the smallest batch known to miss, exclusive bound
    if (lo < fullClockBatch && meets(fullClockBatch)) lo = fullClockBatch
    while (hi - lo > 1 && lo < fullClockBatch) {
      const mid = (lo + hi) >>> 1
      if (mid <= lo) break
      if (meets(mid)) lo = mid
      else hi = mid
    }
    if (lo >= 1) {
      b = lo
      if (b < fullClockBatch) out[O.BATCH_LIMIT] = LIMIT_INTERACTIVITY
    }
    // The batch in hand's own throttle and totals, as the passes leave them.
    const throttle = decodeThrottleAt(p, tensor, rates, full, b, out)
    decodeClock = clockShareOf(throttle)
    st = stageAtThrottle(full, throttle)
  }
  const decodeRoofs = st
  const batch = b * pipeline

  // Prefill of the batch's prompts (one microbatch per stage group, pipelined), under the limit;
  // its own throttle, from the full-clock roofs, sets its clock.
  let prefill = prefillPass(full.prefill, b)
  const pm = full.prefill
  const prefillThrottle = phaseThrottle(
    p,
    tensor,
    rates,
    prefill.flops + rates.attentionFlopExtra * prefill.attentionFlops + prefill.keptExtraFlops,
    prefill.bytes,
    prefill.linkBytes,
    prefillLinearComputeSeconds(pm, b),
    (prefillWeightBytes(pm, b * pm.newTokensPerPrompt) + b * pm.activationBytesPerPrompt) / pm.rm,
    prefillAttentionComputeSeconds(pm, b),
    prefillAttentionMemorySeconds(pm, b),
    b * pm.newTokensPerPrompt * pm.elementwiseSecondsPerToken,
    // The pass's fixed time less its kernel boundaries (working time for power): the step overhead.
    prefill.communicationSeconds + p[P.STEP_OVERHEAD_S]!,
  )
  let prefillClock = 1
  let prefillRc = full.rc
  let prefillRm = full.rm
  if (prefillThrottle && prefillThrottle !== UNTHROTTLED) {
    prefillClock = prefillThrottle.clockShare
    prefillRc = (full.rc * prefillThrottle.clockShare) / prefillThrottle.stretch
    prefillRm = full.rm / prefillThrottle.stretch
  }
  const prefillThrottled = prefillClock < 1 || prefillRm !== full.rm
  if (prefillThrottled)
    prefill = prefillPass(rescalePrefill(pm, prefillRc, prefillRm, PREFILL_AT_CLOCK), b)

  // Totals: the decode slots are for one microbatch on one stage group; the replica does
  // `pipeline` of them in the same time.
  const decodeOnly = decodeTotals(decodeRoofs.model, b, out)
  const steps = out[O.DECODE_STEPS]!
  const decodeS = decodeOnly + steps * decodeRoofs.handOffS
  out[O.DECODE_S] = decodeS
  out[O.DECODE_STEP_S] = decodeS / steps
  out[O.DECODE_FLOPS] = out[O.DECODE_FLOPS]! * pipeline
  out[O.DECODE_ATTENTION_FLOPS] = out[O.DECODE_ATTENTION_FLOPS]! * pipeline
  out[O.DECODE_KEPT_EXTRA_FLOPS] = out[O.DECODE_KEPT_EXTRA_FLOPS]! * pipeline
  out[O.DECODE_BYTES] = out[O.DECODE_BYTES]! * pipeline
  out[O.DECODE_LINK_BYTES] = out[O.DECODE_LINK_BYTES]! * pipeline
  writePrefill(out, prefill)
  out[O.PREFILL_FLOPS] = prefill.flops * pipeline
  out[O.PREFILL_ATTENTION_FLOPS] = prefill.attentionFlops * pipeline
  out[O.PREFILL_KEPT_EXTRA_FLOPS] = prefill.keptExtraFlops * pipeline
  out[O.PREFILL_BYTES] = prefill.bytes * pipeline
  out[O.PREFILL_LINK_BYTES] = prefill.linkBytes * pipeline
  // Data-parallel attention: the ranks wait for the one running a step's prompt (prefill.ts).
  const promptWaitS = dataParallelPromptWaitSeconds(
    prefillThrottled ? PREFILL_AT_CLOCK : pm,
    b,
    steps,
  )
  const prefillS = prefill.seconds + promptWaitS
  out[O.PREFILL_S] = prefillS
  out[O.PREFILL_WAIT_S] = promptWaitS

  out[O.BATCH] = batch
  out[O.KV_BYTES] = batch * fp.perSequence + fp.sharedPrefix
  out[O.PREFILL_CLOCK_SHARE] = prefillClock
  out[O.DECODE_CLOCK_SHARE] = decodeClock
  out[O.CLOCK_SHARE] = (prefillClock * prefillS + decodeClock * decodeS) / (prefillS + decodeS)

  // What a user sees: decode steps with the other requests' prompts interleaved. Those prompts ride
  // in the decode steps as chunks (chunked prefill), so they run at the decode clock: the clock the
  // batch search judged the targets at (tpotAt), not the prefill phase's own, which the power limit
  // can set lower. (Judged at prefill's clock, a batch the search found within the target could
  // miss it, and a plan that meets it be refused.) The prefill phase's own time is that only when
  // neither phase is throttled: prefill draws more than decode, so the limit can slow it while
  // decode runs at full clock (a TP1 plan with processing in memory missed 40 tokens/s by 2 %).
  // Either way without a pass's fixed time, which the steps the chunks ride in pay
  // (interleavedPrefillSeconds).
  const tokens = steps * p[P.TOKENS_PER_STEP]!
  const interleavedPrefillS =
    interleavedPrefillSeconds(decodeRoofs.prefill, b) +
    dataParallelPromptWaitSeconds(decodeRoofs.prefill, b, steps)
  const tpot = (decodeS + interleavedPrefillS * (1 - 1 / batch)) / tokens
  out[O.TPOT_S] = tpot
  out[O.DECODE_ONLY_TPOT_S] = decodeS / tokens
  out[O.TTFT_S] = lean && !(p[P.MAX_TTFT_S]! > 0) ? 0 : ttftAt(decodeRoofs, b)
  const target = p[P.MIN_TOKENS_PER_S_PER_USER]!
  if (target > 0 && tpot * target > 1 + 1e-9) unmet = TARGET_SPEED_UNMET
  else if (p[P.MAX_TTFT_S]! > 0 && out[O.TTFT_S]! > p[P.MAX_TTFT_S]! * (1 + 1e-9))
    unmet = TARGET_TTFT_UNMET
  out[O.TARGET_UNMET] = unmet
  out[O.MEETS_INTERACTIVITY] = unmet === TARGET_SPEED_UNMET ? 0 : 1
  out[O.DECODE_BOUND] = boundOf(
    out[O.DECODE_COMPUTE_S]!,
    out[O.DECODE_MEMORY_S]!,
    out[O.DECODE_COMM_S]!,
    steps * full.model.overhead,
  )

  const cycleS = prefillS + decodeS
  const outputPerCycle = batch * outputTokens
  const replicaThroughput = outputPerCycle / cycleS
  const throughput = replicaThroughput * replicas
  out[O.OUTPUT_TOKENS_PER_S] = throughput
  const replicaServingW = writeEnergy(
    p,
    out,
    n,
    rates,
    prefillS,
    decodeS,
    passBoundarySeconds(p),
    decodeBoundarySeconds(p, full.model),
    outputPerCycle,
    batch * inputTokens,
  )
  // Accelerators of a fixed count that no replica uses are paid for and, conservatively, drawn as
  // if they served.
  writeCost(
    p,
    out,
    paid,
    (replicaServingW * paid) / n,
    p[P.TDP_W]!,
    throughput,
    prefillS,
    cycleS,
    batch * replicas,
  )
  // A requested batch is an operating point the user chose: it is priced even when it misses a
  // target (the result says so); with "max" the targets bind, and missing one rules the plan out.
  return unmet === TARGET_MET || requested > 0 ? out[O.USD_PER_M_OUTPUT]! : Number.POSITIVE_INFINITY
}

/**
 * The physics kernel: one packed scenario in, one packed result out, no allocation.
 * Every analysis (simulate, trajectory, Monte Carlo, Shapley, sweeps) runs through `evaluate`.
 * Equations: engine-model.md §3–4; each step is commented where it is computed.
 */
import {
  BITS_PER_BYTE,
  BLEND_INPUT_WEIGHT,
  HOURS_PER_YEAR,
  MONTHS_PER_YEAR,
  PJ,
  SECONDS_PER_HOUR,
  TOKENS_PER_MILLION,
  WATTS_PER_KW,
  WATTS_PER_MW,
} from './constants'
import { O, OUT_COUNT, P } from './params'
import {
  allReduceBytesPerAccelerator,
  allReduceSeconds,
  allToAllSeconds,
  collectiveBandwidth,
  collectiveLatency,
} from './physics/communication'
import { capitalRecoveryFactor } from './physics/cost'
import { sumOfMaxOfLines, type MaxLineSum } from './physics/decode'
import { batchCapacity, untouchedExpertBytes, weightBytes } from './physics/memory'
import { HOST_IDLE_SHARE } from './physics/power'
import { mathBits, mathPeakFlops, picojoulesPerFlop } from './physics/precision'

const STATUS_OK = 0
const STATUS_DOES_NOT_FIT = 1
const STATUS_BATCH_CLAMPED = 2

const LIMIT_REQUESTED = 0
const LIMIT_CAPACITY = 1
const LIMIT_INTERACTIVITY = 2
const LIMIT_SCHEDULER = 3

const BOUND_COMPUTE = 0
const BOUND_MEMORY = 1
const BOUND_COMMUNICATION = 2
const BOUND_OVERHEAD = 3

/** Scratch for the decode sums (module-level but never observable: reset on every use). */
const lineSum: MaxLineSum = { total: 0, firstTotal: 0, firstSteps: 0 }

/**
 * MoE layers that route tokens with an all-to-all instead of an FFN all-reduce. A dense FFN is packed
 * as a single expert (no routing); with E experts the routed share ramps in as log2(E) from 1 to 2,
 * so a partly adopted mixture-of-experts lever changes communication smoothly.
 */
function expertParallelLayers(p: Float64Array): number {
  const experts = p[P.EXPERTS]!
  if (experts <= 1) return 0
  return p[P.MOE_LAYERS]! * Math.min(1, Math.log2(experts))
}

/** Allocate a result buffer for {@link evaluate}. */
export function createOutput(): Float64Array {
  return new Float64Array(OUT_COUNT)
}

/**
 * The decode phase as a function of batch size B, precomputed once per evaluation. Every term of a
 * decode step is affine in B except the weights an MoE step touches:
 *   step(B) = max(linear FLOPs(B) / R_c, (weights touched(B) + linear bytes(B)) / R_m)   linear kernels
 *           + B × attention seconds per sequence                                        attention kernels
 *           + communication(B) + fixed overhead
 * where attention seconds per sequence is the exact closed-form mean over the steps' contexts of
 * max(attention FLOPs / R_c, KV bytes / R_m) (physics/decode.ts). So the batch search and the
 * totals are O(1) per batch size instead of re-summing the steps.
 */
interface DecodeModel {
  steps: number
  tau: number
  verify: number
  /** Per sequence per step. */
  linearFlops: number
  linearBytes: number
  attentionSeconds: number
  attentionComputeSeconds: number
  attentionFlops: number
  attentionBytes: number
  commFixed: number
  commPerSequence: number
  linkBytesPerSequence: number
  overhead: number
  rc: number
  rm: number
}

const decodeModel: DecodeModel = {
  steps: 0,
  tau: 1,
  verify: 1,
  linearFlops: 0,
  linearBytes: 0,
  attentionSeconds: 0,
  attentionComputeSeconds: 0,
  attentionFlops: 0,
  attentionBytes: 0,
  commFixed: 0,
  commPerSequence: 0,
  linkBytesPerSequence: 0,
  overhead: 0,
  rc: 1,
  rm: 1,
}

/** Fill `m` with the decode model of `p` on an n-accelerator replica with roofs rc, rm. */
function prepareDecode(
  p: Float64Array,
  n: number,
  rc: number,
  rm: number,
  m: DecodeModel,
): DecodeModel {
  const tau = p[P.TOKENS_PER_STEP]!
  const verify = p[P.VERIFY_TOKENS_PER_STEP]!
  const inputTokens = p[P.INPUT_TOKENS]!
  const scale = p[P.PARAM_SCALE]!
  const aBytes = p[P.ACTIVATION_BITS]! / BITS_PER_BYTE
  const kvBytesPerToken = (p[P.KV_ELEMENTS_PER_TOKEN]! * p[P.KV_BITS]!) / BITS_PER_BYTE
  const stateBytes = (p[P.STATE_ELEMENTS_PER_SEQUENCE]! * p[P.STATE_BITS]!) / BITS_PER_BYTE
  const steps = Math.ceil(p[P.OUTPUT_TOKENS]! / tau)

  // Linear kernels, per sequence per step: the always-active matrices, the k experts each token
  // uses, the LM head and the recurrent-state update on `verify` tokens; bytes besides the weights:
  // the KV written for those tokens and the recurrent state read and written.
  const activeLinear =
    (p[P.ALWAYS_ACTIVE_PARAMS]! +
      p[P.EXPERTS_PER_TOKEN]! * p[P.EXPERT_PARAMS]! * p[P.MOE_LAYERS]!) *
    scale
  m.linearFlops =
    verify * (2 * activeLinear + 2 * p[P.LM_HEAD_PARAMS]! * scale + p[P.STATE_FLOPS_PER_TOKEN]!)
  m.linearBytes = verify * kvBytesPerToken + 2 * stateBytes

  // Attention kernels, per sequence: FLOPs and KV bytes grow with the context c_j = S + j tau.
  const f1 = verify * p[P.ATTENTION_FLOPS_PER_CONTEXT]!
  const m1 = kvBytesPerToken
  sumOfMaxOfLines(
    (f1 * inputTokens) / rc,
    (f1 * tau) / rc,
    (m1 * inputTokens) / rm,
    (m1 * tau) / rm,
    steps,
    lineSum,
  )
  const sumContexts = steps * inputTokens + (tau * steps * (steps - 1)) / 2
  m.attentionSeconds = lineSum.total / steps
  m.attentionComputeSeconds = lineSum.firstTotal / steps
  m.attentionFlops = (f1 * sumContexts) / steps
  m.attentionBytes = (m1 * sumContexts) / steps

  // Communication per step: two all-reduces per dense layer; MoE layers swap the FFN all-reduce for
  // an all-to-all dispatch and combine of the tokens' hidden states to the experts' owners.
  const hidden = p[P.HIDDEN_SIZE]!
  const moeLayers = expertParallelLayers(p)
  const allReduces = 2 * p[P.LAYERS]! - moeLayers
  if (n > 1) {
    const bw = collectiveBandwidth(
      n,
      p[P.SCALE_UP_DOMAIN]!,
      p[P.SCALE_UP_BPS]!,
      p[P.SCALE_OUT_BPS]!,
      p[P.EFF_COMMUNICATION]!,
    )
    const alpha = collectiveLatency(
      n,
      p[P.SCALE_UP_DOMAIN]!,
      p[P.COLLECTIVE_LATENCY_S]!,
      p[P.SCALE_OUT_LATENCY_S]!,
    )
    const messagePerSequence = verify * hidden * aBytes
    const a2aPerSequence = (verify / n) * p[P.EXPERTS_PER_TOKEN]! * hidden * aBytes
    // allReduceSeconds(x) = alpha + k x: split into the fixed and the per-sequence part.
    m.commFixed = (allReduces + 2 * moeLayers) * alpha
    m.commPerSequence =
      allReduces * (allReduceSeconds(messagePerSequence, n, bw, alpha) - alpha) +
      2 * moeLayers * (allToAllSeconds(a2aPerSequence, n, bw, alpha) - alpha)
    m.linkBytesPerSequence =
      n *
      (allReduces * allReduceBytesPerAccelerator(messagePerSequence, n) +
        2 * moeLayers * a2aPerSequence * ((n - 1) / n))
  } else {
    m.commFixed = 0
    m.commPerSequence = 0
    m.linkBytesPerSequence = 0
  }
  m.steps = steps
  m.tau = tau
  m.verify = verify
  m.overhead = p[P.STEP_OVERHEAD_S]!
  m.rc = rc
  m.rm = rm
  return m
}

/** Bytes of all weights held in memory. */
function storedWeightBytes(p: Float64Array): number {
  return weightBytes(
    p[P.ALWAYS_ACTIVE_PARAMS]!,
    p[P.EXPERT_PARAMS]!,
    p[P.MOE_LAYERS]!,
    p[P.EXPERTS]!,
    p[P.EMBEDDING_PARAMS]!,
    p[P.LM_HEAD_PARAMS]!,
    p[P.LM_HEAD_TIED]!,
    p[P.PARAM_SCALE]!,
    p[P.WEIGHT_BITS]!,
  )
}

/**
 * Weights read by a pass over `tokens` tokens, bytes: every stored weight except the routed experts
 * those tokens do not use (W_touched of engine-model.md §3; W for a dense model).
 */
function weightsRead(p: Float64Array, tokens: number): number {
  return (
    storedWeightBytes(p) -
    untouchedExpertBytes(
      p[P.EXPERT_PARAMS]!,
      p[P.MOE_LAYERS]!,
      p[P.EXPERTS]!,
      p[P.EXPERTS_PER_TOKEN]!,
      p[P.PARAM_SCALE]!,
      p[P.WEIGHT_BITS]!,
      tokens,
    )
  )
}

/** Weights read by one decode step of `batch` sequences (MoE: only the experts they touch). */
function decodeWeightBytes(p: Float64Array, batch: number, verify: number): number {
  return weightsRead(p, batch * verify)
}

/** Mean decode step time at `batch`, s. O(1). */
function decodeStepSeconds(p: Float64Array, m: DecodeModel, batch: number): number {
  const linearCompute = (m.linearFlops * batch) / m.rc
  const linearMemory = (decodeWeightBytes(p, batch, m.verify) + m.linearBytes * batch) / m.rm
  return (
    (linearCompute > linearMemory ? linearCompute : linearMemory) +
    m.attentionSeconds * batch +
    m.commFixed +
    m.commPerSequence * batch +
    m.overhead
  )
}

/** Decode totals for `batch`, written to `out`; returns the total decode seconds. */
function decodeTotals(p: Float64Array, m: DecodeModel, batch: number, out: Float64Array): number {
  const steps = m.steps
  const weights = decodeWeightBytes(p, batch, m.verify)
  const linearCompute = (m.linearFlops * batch) / m.rc
  const linearMemory = (weights + m.linearBytes * batch) / m.rm
  const linearBound = linearCompute > linearMemory
  const linearStep = linearBound ? linearCompute : linearMemory
  const attention = m.attentionSeconds * batch
  const attentionCompute = m.attentionComputeSeconds * batch
  const comm = m.commFixed + m.commPerSequence * batch
  const total = steps * (linearStep + attention + comm + m.overhead)

  out[O.DECODE_STEPS] = steps
  out[O.DECODE_FLOPS] = steps * batch * (m.linearFlops + m.attentionFlops)
  out[O.DECODE_BYTES] = steps * (weights + batch * (m.linearBytes + m.attentionBytes))
  out[O.DECODE_COMPUTE_S] = steps * ((linearBound ? linearStep : 0) + attentionCompute)
  out[O.DECODE_MEMORY_S] = steps * ((linearBound ? 0 : linearStep) + attention - attentionCompute)
  out[O.DECODE_MEMORY_BOUND_STEPS] = linearBound ? 0 : steps
  out[O.DECODE_COMM_S] = steps * comm
  out[O.DECODE_LINK_BYTES] = steps * m.linkBytesPerSequence * batch
  out[O.DECODE_S] = total
  out[O.DECODE_STEP_S] = total / steps
  return total
}

/**
 * Largest batch in [1, cap] whose mean decode step meets `maxStep` (step time grows with batch).
 * Dense models: the step is the max of two affine functions plus an affine term, so the answer is a
 * closed form; MoE models touch more experts as the batch grows, so a short bisection finishes it.
 * Returns 0 when even one sequence is too slow.
 */
function largestBatchWithin(p: Float64Array, m: DecodeModel, cap: number, maxStep: number): number {
  if (decodeStepSeconds(p, m, 1) > maxStep) return 0
  if (decodeStepSeconds(p, m, cap) <= maxStep) return cap
  // step(B) = max(cB, W(B) + mB) + sB + t. Dense: W is constant, so solve each branch for
  // step = maxStep. MoE: W(B) grows from W(1) to W(all experts), so the same formula with W(all)
  // gives a feasible lower bound and with W(1) an upper bound; bisection finishes inside them.
  const slope = m.attentionSeconds + m.commPerSequence
  const budget = maxStep - m.commFixed - m.overhead
  const byCompute = budget / (m.linearFlops / m.rc + slope)
  const perSequenceMemory = m.linearBytes / m.rm + slope
  const dense = p[P.EXPERTS]! <= 1 || p[P.EXPERTS_PER_TOKEN]! >= p[P.EXPERTS]!
  const allWeights = decodeWeightBytes(p, dense ? 1 : Number.POSITIVE_INFINITY, m.verify)
  const lowGuess = Math.floor(Math.min(byCompute, (budget - allWeights / m.rm) / perSequenceMemory))
  const highGuess = dense
    ? lowGuess
    : Math.floor(
        Math.min(
          byCompute,
          (budget - decodeWeightBytes(p, 1, m.verify) / m.rm) / perSequenceMemory,
        ),
      )
  // Rounding can put the bounds one off: widen by two and check exactly.
  let lo = Math.max(1, Math.min(cap - 1, lowGuess - 1))
  let hi = Math.min(cap, Math.max(lo + 1, highGuess + 2))
  if (decodeStepSeconds(p, m, lo) > maxStep) lo = 1
  if (decodeStepSeconds(p, m, hi) <= maxStep) hi = cap
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1
    if (decodeStepSeconds(p, m, mid) <= maxStep) lo = mid
    else hi = mid
  }
  return lo
}

/** Prefill of `batch` prompts; writes its slots and returns seconds. */
function prefillTotals(
  p: Float64Array,
  n: number,
  batch: number,
  rc: number,
  rm: number,
  out: Float64Array,
): number {
  const scale = p[P.PARAM_SCALE]!
  const inputTokens = p[P.INPUT_TOKENS]!
  const cachedTokens = inputTokens * p[P.PREFIX_HIT_RATE]!
  const newTokens = inputTokens - cachedTokens // tokens that must be computed
  const tokens = batch * newTokens
  const aBytes = p[P.ACTIVATION_BITS]! / BITS_PER_BYTE
  const kvBytesPerToken = (p[P.KV_ELEMENTS_PER_TOKEN]! * p[P.KV_BITS]!) / BITS_PER_BYTE
  const hidden = p[P.HIDDEN_SIZE]!
  const layers = p[P.LAYERS]!

  // FLOPs: 2 x active linear params per new token and logits at the last position (linear kernels),
  // plus causal attention over the prompt: sum over positions p of FLOPs-per-context x p
  // = coefficient x (S^2 - S_cached^2) / 2 (attention kernels).
  const activeLinear =
    (p[P.ALWAYS_ACTIVE_PARAMS]! +
      p[P.EXPERTS_PER_TOKEN]! * p[P.EXPERT_PARAMS]! * p[P.MOE_LAYERS]!) *
    scale
  const linearFlops =
    batch *
    (newTokens * (2 * activeLinear + p[P.STATE_FLOPS_PER_TOKEN]!) +
      2 * p[P.LM_HEAD_PARAMS]! * scale)
  const attentionFlops =
    (batch *
      p[P.ATTENTION_FLOPS_PER_CONTEXT]! *
      (inputTokens * inputTokens - cachedTokens * cachedTokens)) /
    2

  // Bytes: weights touched by all prompt tokens and activations in and out of each layer (linear
  // kernels); KV written and cached prefix KV read (attention kernels).
  const linearBytes = weightsRead(p, tokens) + 2 * layers * tokens * hidden * aBytes
  const attentionBytes = batch * inputTokens * kvBytesPerToken
  const flopsTotal = linearFlops + attentionFlops
  const bytesTotal = linearBytes + attentionBytes

  const moeLayers = expertParallelLayers(p)
  const bw = collectiveBandwidth(
    n,
    p[P.SCALE_UP_DOMAIN]!,
    p[P.SCALE_UP_BPS]!,
    p[P.SCALE_OUT_BPS]!,
    p[P.EFF_COMMUNICATION]!,
  )
  const alpha = collectiveLatency(
    n,
    p[P.SCALE_UP_DOMAIN]!,
    p[P.COLLECTIVE_LATENCY_S]!,
    p[P.SCALE_OUT_LATENCY_S]!,
  )
  const arMessage = tokens * hidden * aBytes
  const allReduces = 2 * layers - moeLayers
  const a2aBytes = (tokens / n) * p[P.EXPERTS_PER_TOKEN]! * hidden * aBytes
  const comm =
    allReduces * allReduceSeconds(arMessage, n, bw, alpha) +
    2 * moeLayers * allToAllSeconds(a2aBytes, n, bw, alpha)
  const linkBytes =
    n *
    (allReduces * allReduceBytesPerAccelerator(arMessage, n) +
      (n > 1 ? 2 * moeLayers * a2aBytes * ((n - 1) / n) : 0))

  const linearComputeS = linearFlops / rc
  const linearMemoryS = linearBytes / rm
  const attentionComputeS = attentionFlops / rc
  const attentionMemoryS = attentionBytes / rm
  const computeS =
    (linearComputeS > linearMemoryS ? linearComputeS : 0) +
    (attentionComputeS > attentionMemoryS ? attentionComputeS : 0)
  const memoryS =
    (linearComputeS > linearMemoryS ? 0 : linearMemoryS) +
    (attentionComputeS > attentionMemoryS ? 0 : attentionMemoryS)
  const overhead = p[P.STEP_OVERHEAD_S]!
  const total = computeS + memoryS + comm + overhead

  out[O.PREFILL_FLOPS] = flopsTotal
  out[O.PREFILL_BYTES] = bytesTotal
  out[O.PREFILL_COMPUTE_S] = computeS
  out[O.PREFILL_MEMORY_S] = memoryS
  out[O.PREFILL_COMM_S] = comm
  out[O.PREFILL_LINK_BYTES] = linkBytes
  out[O.PREFILL_S] = total
  out[O.PREFILL_BOUND] = boundOf(computeS, memoryS, comm, overhead)
  return total
}

function boundOf(computeS: number, memoryS: number, commS: number, overheadS: number): number {
  let bound = BOUND_COMPUTE
  let largest = computeS
  if (memoryS > largest) {
    bound = BOUND_MEMORY
    largest = memoryS
  }
  if (commS > largest) {
    bound = BOUND_COMMUNICATION
    largest = commS
  }
  if (overheadS > largest) bound = BOUND_OVERHEAD
  return bound
}

/** Energy at a boundary: chip; node adds the host's share; facility multiplies node energy by PUE. */
function atBoundary(boundary: number, chipJ: number, hostJ: number, pue: number): number {
  if (boundary === 0) return chipJ
  return boundary === 1 ? chipJ + hostJ : (chipJ + hostJ) * pue
}

/** The replica size whose decode model autoReplicaSize left prepared in `decodeModel` (0 = none). */
const prepared = { accelerators: 0 }

/** Auto replica sizing: weights may take at most this share of the replica's usable memory. */
const AUTO_WEIGHT_SHARE = 0.5 // dimensionless; leaves the rest for KV cache
/** Largest replica auto sizing will choose (SRAM-only chips need hundreds). */
const AUTO_MAX_ACCELERATORS = 4096 // accelerators

/**
 * accelerators = "auto": the smallest power of two whose usable memory holds the weights at most
 * half full and one sequence's KV cache besides, doubled further (up to the scale-up domain) while even one user cannot reach the
 * interactivity target. This is how operators size tensor-parallel groups, and it lets a lever that
 * shrinks the model or grows the memory also shrink the replica instead of paying for idle links.
 */
function autoReplicaSize(
  p: Float64Array,
  weights: number,
  oneSequence: number,
  usablePerAccelerator: number,
): number {
  let n = 1
  // Half the memory for weights, and room for at least one sequence's KV cache besides.
  while (
    n < AUTO_MAX_ACCELERATORS &&
    (weights > AUTO_WEIGHT_SHARE * n * usablePerAccelerator ||
      weights + oneSequence > n * usablePerAccelerator)
  ) {
    n *= 2
  }
  const target = p[P.MIN_TOKENS_PER_S_PER_USER]!
  if (target > 0) {
    const maxStep = p[P.TOKENS_PER_STEP]! / target
    const limit = Math.max(n, p[P.SCALE_UP_DOMAIN]!)
    for (;;) {
      prepared.accelerators = n
      const model = prepareDecode(p, n, computeRoof(p, n), memoryRoof(p, n), decodeModel)
      if (decodeStepSeconds(p, model, 1) <= maxStep || n >= limit) break
      n *= 2
    }
  }
  return n
}

/** Compute roof of an n-accelerator replica, FLOP/s. */
function computeRoof(p: Float64Array, n: number): number {
  const bits = mathBits(p[P.WEIGHT_BITS]!, p[P.ACTIVATION_BITS]!)
  const peak = mathPeakFlops(bits, p[P.PEAK_16_FLOPS]!, p[P.PEAK_8_FLOPS]!, p[P.PEAK_4_FLOPS]!)
  return n * peak * p[P.EFF_COMPUTE]! * (1 - p[P.DESIGN_MISMATCH]!)
}

/** Memory-bandwidth roof of an n-accelerator replica, bytes/s. */
function memoryRoof(p: Float64Array, n: number): number {
  return n * p[P.MEMORY_BANDWIDTH_BPS]! * p[P.EFF_MEMORY]! * (1 - p[P.DESIGN_MISMATCH]!)
}

const searchScratch = new Float64Array(OUT_COUNT)

/**
 * Evaluate one packed scenario. Returns `out` (allocated if not given). `lean` skips the
 * time-to-first-token, which the analyses' inner loops do not read.
 * Status codes and slot meanings are in params.ts (`O`).
 */
export function evaluate(
  p: Float64Array,
  out: Float64Array = createOutput(),
  lean = false,
): Float64Array {
  out.fill(0)
  prepared.accelerators = 0
  const inputTokens = p[P.INPUT_TOKENS]!
  const outputTokens = p[P.OUTPUT_TOKENS]!
  const prefixHit = p[P.PREFIX_HIT_RATE]!

  // Capacity (engine-model.md §3): usable memory minus weights, divided by one sequence's KV at
  // full context. A shared prompt prefix is stored once (PagedAttention block sharing).
  const weights = storedWeightBytes(p)
  const kvBytesPerToken = (p[P.KV_ELEMENTS_PER_TOKEN]! * p[P.KV_BITS]!) / BITS_PER_BYTE
  const stateBytes = (p[P.STATE_ELEMENTS_PER_SEQUENCE]! * p[P.STATE_BITS]!) / BITS_PER_BYTE
  const perSequence =
    (inputTokens * (1 - prefixHit) + outputTokens) * kvBytesPerToken * p[P.KV_WASTE]! + stateBytes
  const sharedPrefix = inputTokens * prefixHit * kvBytesPerToken
  const usablePerAccelerator = p[P.MEMORY_BYTES]! * p[P.KV_MEMORY_FRACTION]!
  const n =
    p[P.ACCELERATORS]! > 0
      ? p[P.ACCELERATORS]!
      : autoReplicaSize(p, weights, sharedPrefix + perSequence, usablePerAccelerator)
  out[O.ACCELERATORS] = n

  // Roofs of the replica. Math runs at the wider of weight and activation formats.
  const bits = mathBits(p[P.WEIGHT_BITS]!, p[P.ACTIVATION_BITS]!)
  const peak = mathPeakFlops(bits, p[P.PEAK_16_FLOPS]!, p[P.PEAK_8_FLOPS]!, p[P.PEAK_4_FLOPS]!)
  const rc = computeRoof(p, n)
  const rm = memoryRoof(p, n)
  out[O.MATH_PEAK_FLOPS] = peak
  const usable = n * usablePerAccelerator
  const capacity = batchCapacity(usable, weights, sharedPrefix, perSequence)
  out[O.WEIGHT_BYTES] = weights
  out[O.BATCH_CAPACITY] = capacity
  if (!(capacity >= 1)) {
    out[O.STATUS] = STATUS_DOES_NOT_FIT
    out[O.SHORTFALL_BYTES] = weights + sharedPrefix + perSequence - usable
    return out
  }

  // Batch: requested (clamped to capacity), or "max": the largest batch that fits, stays under the
  // scheduler cap and meets the interactivity target (TPOT grows monotonically with batch).
  const requested = p[P.BATCH]!
  const cap = Math.min(capacity, p[P.MAX_BATCH]!)
  let batch: number
  let limit: number
  let status = STATUS_OK
  const model = prepared.accelerators === n ? decodeModel : prepareDecode(p, n, rc, rm, decodeModel)
  if (requested > 0) {
    batch = Math.floor(requested)
    limit = LIMIT_REQUESTED
    if (batch > capacity) {
      batch = capacity
      limit = LIMIT_CAPACITY
      status = STATUS_BATCH_CLAMPED
    }
  } else {
    batch = cap
    limit = capacity <= p[P.MAX_BATCH]! ? LIMIT_CAPACITY : LIMIT_SCHEDULER
    const target = p[P.MIN_TOKENS_PER_S_PER_USER]!
    if (target > 0) {
      const within = largestBatchWithin(p, model, cap, p[P.TOKENS_PER_STEP]! / target)
      if (within < cap) {
        limit = LIMIT_INTERACTIVITY
        batch = Math.max(1, within)
      }
    }
  }
  out[O.STATUS] = status
  out[O.BATCH] = batch
  out[O.BATCH_LIMIT] = limit
  out[O.KV_BYTES] = batch * perSequence + sharedPrefix

  // Phase times.
  const prefillS = prefillTotals(p, n, batch, rc, rm, out)
  const decodeS = decodeTotals(p, model, batch, out)
  const decodeStep = out[O.DECODE_STEP_S]!
  const tpot = decodeStep / p[P.TOKENS_PER_STEP]!
  out[O.TPOT_S] = tpot
  out[O.MEETS_INTERACTIVITY] =
    p[P.MIN_TOKENS_PER_S_PER_USER]! > 0 && 1 / tpot < p[P.MIN_TOKENS_PER_S_PER_USER]! ? 0 : 1
  out[O.DECODE_BOUND] = boundOf(
    out[O.DECODE_COMPUTE_S]!,
    out[O.DECODE_MEMORY_S]!,
    out[O.DECODE_COMM_S]!,
    out[O.DECODE_STEPS]! * p[P.STEP_OVERHEAD_S]!,
  )
  const cycleS = prefillS + decodeS
  const outputPerCycle = batch * outputTokens
  const throughput = outputPerCycle / cycleS
  out[O.OUTPUT_TOKENS_PER_S] = throughput

  // TTFT: prefill of one request alone. Computed into scratch so the batch's slots stay intact.
  // Lean evaluations (the analyses' inner loops) need only cost and energy and skip it.
  out[O.TTFT_S] = lean ? 0 : prefillTotals(p, n, 1, rc, rm, searchScratch)

  // Energy, bottom-up (engine-model.md §4): FLOPs x pJ/FLOP + memory bits x pJ/bit + link bits x
  // pJ/bit + static power x time, per accelerator summed over the replica.
  const pjPerFlop = picojoulesPerFlop(p[P.PJ_PER_FLOP_16]!, p[P.PEAK_16_FLOPS]!, peak) * PJ
  const pjPerMemoryByte = p[P.MEMORY_PJ_PER_BIT]! * BITS_PER_BYTE * PJ
  const linkPj = n <= p[P.SCALE_UP_DOMAIN]! ? p[P.SCALE_UP_PJ_PER_BIT]! : p[P.SCALE_OUT_PJ_PER_BIT]!
  const pjPerLinkByte = linkPj * BITS_PER_BYTE * PJ
  const staticW = n * p[P.STATIC_W]!
  const computeJPrefill = out[O.PREFILL_FLOPS]! * pjPerFlop
  const computeJDecode = out[O.DECODE_FLOPS]! * pjPerFlop
  const memoryJPrefill = out[O.PREFILL_BYTES]! * pjPerMemoryByte
  const memoryJDecode = out[O.DECODE_BYTES]! * pjPerMemoryByte
  const linkJPrefill = out[O.PREFILL_LINK_BYTES]! * pjPerLinkByte
  const linkJDecode = out[O.DECODE_LINK_BYTES]! * pjPerLinkByte
  const staticJPrefill = staticW * prefillS
  const staticJDecode = staticW * decodeS
  const chipJPrefill = computeJPrefill + memoryJPrefill + linkJPrefill + staticJPrefill
  const chipJDecode = computeJDecode + memoryJDecode + linkJDecode + staticJDecode
  const hostW = n * p[P.HOST_W]!
  const pue = p[P.PUE]!
  out[O.CHIP_J_PREFILL] = chipJPrefill
  out[O.CHIP_J_DECODE] = chipJDecode
  out[O.STATIC_J_PREFILL] = staticJPrefill
  out[O.STATIC_J_DECODE] = staticJDecode
  out[O.COMPUTE_J_PREFILL] = computeJPrefill
  out[O.COMPUTE_J_DECODE] = computeJDecode
  out[O.MEMORY_J_PREFILL] = memoryJPrefill
  out[O.MEMORY_J_DECODE] = memoryJDecode
  out[O.LINK_J] = linkJPrefill + linkJDecode
  out[O.HOST_J] = hostW * cycleS

  // Boundary: chip; node adds the host's share; facility multiplies node energy by PUE.
  const boundary = p[P.BOUNDARY]!
  const prefillJ = atBoundary(boundary, chipJPrefill, hostW * prefillS, pue)
  const decodeJ = atBoundary(boundary, chipJDecode, hostW * decodeS, pue)
  out[O.J_PER_OUTPUT_TOKEN] = (prefillJ + decodeJ) / outputPerCycle
  out[O.J_PER_INPUT_TOKEN] = prefillJ / (batch * inputTokens)
  out[O.J_PER_OUTPUT_TOKEN_DECODE] = decodeJ / outputPerCycle
  out[O.TOKENS_PER_S_PER_MW] = throughput / ((prefillJ + decodeJ) / cycleS / WATTS_PER_MW)
  const facilityServingW = ((chipJPrefill + chipJDecode) / cycleS + hostW) * pue
  out[O.SERVING_POWER_W] = facilityServingW

  // Cost (engine-model.md §4): replica $/hour over tokens served per hour (utilization-weighted).
  const utilization = p[P.UTILIZATION]!
  let hourly: number
  if (p[P.COST_MODE]! === 1) {
    const rental = n * p[P.RENTAL_USD_PER_HOUR]!
    out[O.C_RENTAL] = rental
    hourly = rental
  } else {
    const perHour =
      (n * capitalRecoveryFactor(p[P.COST_OF_CAPITAL]!, p[P.DEPRECIATION_YEARS]!)) / HOURS_PER_YEAR
    out[O.C_LOGIC] = p[P.CAPEX_LOGIC_USD]! * perHour
    out[O.C_MEMORY] = p[P.CAPEX_MEMORY_USD]! * perHour
    out[O.C_PACKAGING] = p[P.CAPEX_PACKAGING_USD]! * perHour
    out[O.C_OTHER] = p[P.CAPEX_OTHER_USD]! * perHour
    out[O.C_MARGIN] = p[P.CAPEX_MARGIN_USD]! * perHour
    out[O.C_SYSTEM] = p[P.CAPEX_SYSTEM_USD]! * perHour
    out[O.C_NETWORK] = p[P.CAPEX_NETWORK_USD]! * perHour
    const capexTotal =
      p[P.CAPEX_LOGIC_USD]! +
      p[P.CAPEX_MEMORY_USD]! +
      p[P.CAPEX_PACKAGING_USD]! +
      p[P.CAPEX_OTHER_USD]! +
      p[P.CAPEX_MARGIN_USD]! +
      p[P.CAPEX_SYSTEM_USD]! +
      p[P.CAPEX_NETWORK_USD]!
    // Energy: serving power for the utilized share of hours, idle power for the rest.
    const idleFacilityW = n * (p[P.IDLE_W]! + HOST_IDLE_SHARE * p[P.HOST_W]!) * pue
    const averageW = utilization * facilityServingW + (1 - utilization) * idleFacilityW
    out[O.C_ENERGY] = (averageW / WATTS_PER_KW) * p[P.USD_PER_KWH]!
    // Facility: provisioned IT power (TDP + host) at a $/kW-month rate; operations: share of capex.
    const provisionedKw = (n * (p[P.TDP_W]! + p[P.HOST_W]!)) / WATTS_PER_KW
    out[O.C_FACILITY] =
      (provisionedKw * p[P.FACILITY_USD_PER_KW_MONTH]! * MONTHS_PER_YEAR) / HOURS_PER_YEAR
    out[O.C_OPERATIONS] = (n * capexTotal * p[P.OPERATIONS_FRACTION]!) / HOURS_PER_YEAR
    hourly =
      out[O.C_LOGIC]! +
      out[O.C_MEMORY]! +
      out[O.C_PACKAGING]! +
      out[O.C_OTHER]! +
      out[O.C_MARGIN]! +
      out[O.C_SYSTEM]! +
      out[O.C_NETWORK]! +
      out[O.C_ENERGY]! +
      out[O.C_FACILITY]! +
      out[O.C_OPERATIONS]!
  }
  out[O.USD_PER_HOUR] = hourly
  const outputTokensPerHour = throughput * SECONDS_PER_HOUR * utilization
  const usdPerOutput = hourly / outputTokensPerHour
  const usdPerCycle = (hourly * cycleS) / (SECONDS_PER_HOUR * utilization)
  const usdPerInput = (usdPerCycle * (prefillS / cycleS)) / (batch * inputTokens)
  out[O.USD_PER_M_OUTPUT] = usdPerOutput * TOKENS_PER_MILLION
  out[O.USD_PER_M_INPUT] = usdPerInput * TOKENS_PER_MILLION
  out[O.USD_PER_M_BLENDED] =
    ((BLEND_INPUT_WEIGHT * usdPerInput + usdPerOutput) / (BLEND_INPUT_WEIGHT + 1)) *
    TOKENS_PER_MILLION
  out[O.USD_PER_REQUEST] = usdPerCycle / batch
  return out
}

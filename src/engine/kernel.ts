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
import { batchCapacity, weightBytes, weightBytesTouched } from './physics/memory'
import { mathBits, mathPeakFlops, picojoulesPerFlop } from './physics/precision'

/** Idle host draws about half its loaded power (DGX-class servers; L, estimate). */
const HOST_IDLE_SHARE = 0.5 // dimensionless

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
 * Decode time per step summed over all steps for batch `batch`, written to `out` slots; returns the
 * total decode seconds. Pure function of `p` and `batch`.
 */
function decodeTotals(p: Float64Array, n: number, batch: number, rc: number, rm: number, out: Float64Array): number {
  const tau = p[P.TOKENS_PER_STEP]!
  const verify = p[P.VERIFY_TOKENS_PER_STEP]!
  const outputTokens = p[P.OUTPUT_TOKENS]!
  const inputTokens = p[P.INPUT_TOKENS]!
  const scale = p[P.PARAM_SCALE]!
  const wBits = p[P.WEIGHT_BITS]!
  const aBytes = p[P.ACTIVATION_BITS]! / BITS_PER_BYTE
  const kvBytesPerToken = (p[P.KV_ELEMENTS_PER_TOKEN]! * p[P.KV_BITS]!) / BITS_PER_BYTE
  const stateBytes = (p[P.STATE_ELEMENTS_PER_SEQUENCE]! * p[P.STATE_BITS]!) / BITS_PER_BYTE
  const steps = Math.ceil(outputTokens / tau)
  const tokensPerStep = batch * verify // tokens processed per step across the batch

  // FLOPs per step: f0 + f1 c. Linear layers (always-active + the k experts each token uses),
  // the LM head, the recurrent-state update, and attention over c context positions.
  const activeLinear =
    (p[P.ALWAYS_ACTIVE_PARAMS]! + p[P.EXPERTS_PER_TOKEN]! * p[P.EXPERT_PARAMS]! * p[P.MOE_LAYERS]!) * scale
  const f0 = tokensPerStep * (2 * activeLinear + 2 * p[P.LM_HEAD_PARAMS]! * scale + p[P.STATE_FLOPS_PER_TOKEN]!)
  const f1 = tokensPerStep * p[P.ATTENTION_FLOPS_PER_CONTEXT]!

  // Bytes per step: m0 + m1 c. Weights touched by this step's tokens, KV written, recurrent state
  // read and written; KV read grows with the context.
  const weightsRead = weightBytesTouched(
    p[P.ALWAYS_ACTIVE_PARAMS]!,
    p[P.EXPERT_PARAMS]!,
    p[P.MOE_LAYERS]!,
    p[P.EXPERTS]!,
    p[P.EXPERTS_PER_TOKEN]!,
    p[P.LM_HEAD_PARAMS]!,
    scale,
    wBits,
    tokensPerStep,
  )
  const m0 = weightsRead + tokensPerStep * kvBytesPerToken + 2 * batch * stateBytes
  const m1 = batch * kvBytesPerToken

  // Roofline per operator class (llm-analysis style): the linear layers (weights, LM head, state)
  // and attention (KV reads) run as separate kernels, each bound by its own roof, so their times add.
  // Linear work is the same every step; attention grows with the context c_j = inputTokens + j * tau.
  const linearCompute = f0 / rc
  const linearMemory = m0 / rm
  const linearStep = linearCompute > linearMemory ? linearCompute : linearMemory
  const a = (f1 * inputTokens) / rc
  const b = (f1 * tau) / rc
  const d = (m1 * inputTokens) / rm
  const e = (m1 * tau) / rm
  sumOfMaxOfLines(a, b, d, e, steps, lineSum)
  const linearTotal = steps * linearStep
  const computeBoundS = (linearCompute > linearMemory ? linearTotal : 0) + lineSum.firstTotal
  const memoryBoundS = (linearCompute > linearMemory ? 0 : linearTotal) + (lineSum.total - lineSum.firstTotal)

  // Communication per step: two all-reduces per dense layer; MoE layers swap the FFN all-reduce for
  // an all-to-all dispatch and combine of the tokens' hidden states to the experts' owners.
  const hidden = p[P.HIDDEN_SIZE]!
  const layers = p[P.LAYERS]!
  const moeLayers = expertParallelLayers(p)
  const bw = collectiveBandwidth(n, p[P.SCALE_UP_DOMAIN]!, p[P.SCALE_UP_BPS]!, p[P.SCALE_OUT_BPS]!, p[P.EFF_COMMUNICATION]!)
  const alpha = collectiveLatency(n, p[P.SCALE_UP_DOMAIN]!, p[P.COLLECTIVE_LATENCY_S]!, p[P.SCALE_OUT_LATENCY_S]!)
  const arMessage = tokensPerStep * hidden * aBytes
  const allReduces = 2 * layers - moeLayers
  const a2aBytes = (tokensPerStep / n) * p[P.EXPERTS_PER_TOKEN]! * hidden * aBytes
  const commPerStep =
    allReduces * allReduceSeconds(arMessage, n, bw, alpha) + 2 * moeLayers * allToAllSeconds(a2aBytes, n, bw, alpha)
  const linkBytesPerStep =
    n * (allReduces * allReduceBytesPerAccelerator(arMessage, n) + (n > 1 ? 2 * moeLayers * a2aBytes * ((n - 1) / n) : 0))

  const overhead = p[P.STEP_OVERHEAD_S]!
  const total = linearTotal + lineSum.total + steps * (commPerStep + overhead)

  const sumContexts = steps * inputTokens + (tau * steps * (steps - 1)) / 2
  out[O.DECODE_STEPS] = steps
  out[O.DECODE_FLOPS] = steps * f0 + f1 * sumContexts
  out[O.DECODE_BYTES] = steps * m0 + m1 * sumContexts
  out[O.DECODE_COMPUTE_S] = computeBoundS
  out[O.DECODE_MEMORY_S] = memoryBoundS
  out[O.DECODE_MEMORY_BOUND_STEPS] = linearCompute > linearMemory ? 0 : steps
  out[O.DECODE_COMM_S] = steps * commPerStep
  out[O.DECODE_LINK_BYTES] = steps * linkBytesPerStep
  out[O.DECODE_S] = total
  out[O.DECODE_STEP_S] = total / steps
  return total
}

/** Prefill of `batch` prompts; writes its slots and returns seconds. */
function prefillTotals(p: Float64Array, n: number, batch: number, rc: number, rm: number, out: Float64Array): number {
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
    (p[P.ALWAYS_ACTIVE_PARAMS]! + p[P.EXPERTS_PER_TOKEN]! * p[P.EXPERT_PARAMS]! * p[P.MOE_LAYERS]!) * scale
  const linearFlops =
    batch * (newTokens * (2 * activeLinear + p[P.STATE_FLOPS_PER_TOKEN]!) + 2 * p[P.LM_HEAD_PARAMS]! * scale)
  const attentionFlops =
    (batch * p[P.ATTENTION_FLOPS_PER_CONTEXT]! * (inputTokens * inputTokens - cachedTokens * cachedTokens)) / 2

  // Bytes: weights touched by all prompt tokens and activations in and out of each layer (linear
  // kernels); KV written and cached prefix KV read (attention kernels).
  const weightsRead = weightBytesTouched(
    p[P.ALWAYS_ACTIVE_PARAMS]!,
    p[P.EXPERT_PARAMS]!,
    p[P.MOE_LAYERS]!,
    p[P.EXPERTS]!,
    p[P.EXPERTS_PER_TOKEN]!,
    p[P.LM_HEAD_PARAMS]!,
    scale,
    p[P.WEIGHT_BITS]!,
    tokens,
  )
  const linearBytes = weightsRead + 2 * layers * tokens * hidden * aBytes
  const attentionBytes = batch * inputTokens * kvBytesPerToken
  const flopsTotal = linearFlops + attentionFlops
  const bytesTotal = linearBytes + attentionBytes

  const moeLayers = expertParallelLayers(p)
  const bw = collectiveBandwidth(n, p[P.SCALE_UP_DOMAIN]!, p[P.SCALE_UP_BPS]!, p[P.SCALE_OUT_BPS]!, p[P.EFF_COMMUNICATION]!)
  const alpha = collectiveLatency(n, p[P.SCALE_UP_DOMAIN]!, p[P.COLLECTIVE_LATENCY_S]!, p[P.SCALE_OUT_LATENCY_S]!)
  const arMessage = tokens * hidden * aBytes
  const allReduces = 2 * layers - moeLayers
  const a2aBytes = (tokens / n) * p[P.EXPERTS_PER_TOKEN]! * hidden * aBytes
  const comm = allReduces * allReduceSeconds(arMessage, n, bw, alpha) + 2 * moeLayers * allToAllSeconds(a2aBytes, n, bw, alpha)
  const linkBytes =
    n * (allReduces * allReduceBytesPerAccelerator(arMessage, n) + (n > 1 ? 2 * moeLayers * a2aBytes * ((n - 1) / n) : 0))

  const linearComputeS = linearFlops / rc
  const linearMemoryS = linearBytes / rm
  const attentionComputeS = attentionFlops / rc
  const attentionMemoryS = attentionBytes / rm
  const computeS =
    (linearComputeS > linearMemoryS ? linearComputeS : 0) + (attentionComputeS > attentionMemoryS ? attentionComputeS : 0)
  const memoryS =
    (linearComputeS > linearMemoryS ? 0 : linearMemoryS) + (attentionComputeS > attentionMemoryS ? 0 : attentionMemoryS)
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

/** Mean decode step time at `batch`, s (used by the interactivity search). */
function meanStepSeconds(p: Float64Array, n: number, batch: number, rc: number, rm: number, scratch: Float64Array): number {
  return decodeTotals(p, n, batch, rc, rm, scratch) / scratch[O.DECODE_STEPS]!
}

/** Auto replica sizing: weights may take at most this share of the replica's usable memory. */
const AUTO_WEIGHT_SHARE = 0.5 // dimensionless; leaves the rest for KV cache
/** Largest replica auto sizing will choose (SRAM-only chips need hundreds). */
const AUTO_MAX_ACCELERATORS = 4096 // accelerators

/**
 * accelerators = "auto": the smallest power of two whose usable memory holds the weights at most
 * half full, doubled further (up to the scale-up domain) while even one user cannot reach the
 * interactivity target. This is how operators size tensor-parallel groups, and it lets a lever that
 * shrinks the model or grows the memory also shrink the replica instead of paying for idle links.
 */
function autoReplicaSize(p: Float64Array, weights: number, usablePerAccelerator: number): number {
  let n = 1
  while (n < AUTO_MAX_ACCELERATORS && weights > AUTO_WEIGHT_SHARE * n * usablePerAccelerator) n *= 2
  const target = p[P.MIN_TOKENS_PER_S_PER_USER]!
  if (target > 0) {
    const maxStep = p[P.TOKENS_PER_STEP]! / target
    const limit = Math.max(n, p[P.SCALE_UP_DOMAIN]!)
    while (n < limit && meanStepSeconds(p, n, 1, ...roofs(p, n), searchScratch) > maxStep) n *= 2
  }
  return n
}

/** Compute and memory roofs of an n-accelerator replica, FLOP/s and bytes/s. */
function roofs(p: Float64Array, n: number): [number, number] {
  const bits = mathBits(p[P.WEIGHT_BITS]!, p[P.ACTIVATION_BITS]!)
  const peak = mathPeakFlops(bits, p[P.PEAK_16_FLOPS]!, p[P.PEAK_8_FLOPS]!, p[P.PEAK_4_FLOPS]!)
  const derate = 1 - p[P.DESIGN_MISMATCH]!
  return [n * peak * p[P.EFF_COMPUTE]! * derate, n * p[P.MEMORY_BANDWIDTH_BPS]! * p[P.EFF_MEMORY]! * derate]
}

const searchScratch = new Float64Array(OUT_COUNT)

/**
 * Evaluate one packed scenario. Returns `out` (allocated if not given). `lean` skips the
 * time-to-first-token, which the analyses' inner loops do not read.
 * Status codes and slot meanings are in params.ts (`O`).
 */
export function evaluate(p: Float64Array, out: Float64Array = createOutput(), lean = false): Float64Array {
  out.fill(0)
  const inputTokens = p[P.INPUT_TOKENS]!
  const outputTokens = p[P.OUTPUT_TOKENS]!
  const prefixHit = p[P.PREFIX_HIT_RATE]!
  const mismatch = 1 - p[P.DESIGN_MISMATCH]!

  // Capacity (engine-model.md §3): usable memory minus weights, divided by one sequence's KV at
  // full context. A shared prompt prefix is stored once (PagedAttention block sharing).
  const weights = weightBytes(
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
  const kvBytesPerToken = (p[P.KV_ELEMENTS_PER_TOKEN]! * p[P.KV_BITS]!) / BITS_PER_BYTE
  const stateBytes = (p[P.STATE_ELEMENTS_PER_SEQUENCE]! * p[P.STATE_BITS]!) / BITS_PER_BYTE
  const perSequence = (inputTokens * (1 - prefixHit) + outputTokens) * kvBytesPerToken * p[P.KV_WASTE]! + stateBytes
  const sharedPrefix = inputTokens * prefixHit * kvBytesPerToken
  const usablePerAccelerator = p[P.MEMORY_BYTES]! * p[P.KV_MEMORY_FRACTION]!
  const n = p[P.ACCELERATORS]! > 0 ? p[P.ACCELERATORS]! : autoReplicaSize(p, weights, usablePerAccelerator)
  out[O.ACCELERATORS] = n

  // Roofs of the replica. Math runs at the wider of weight and activation formats.
  const bits = mathBits(p[P.WEIGHT_BITS]!, p[P.ACTIVATION_BITS]!)
  const peak = mathPeakFlops(bits, p[P.PEAK_16_FLOPS]!, p[P.PEAK_8_FLOPS]!, p[P.PEAK_4_FLOPS]!)
  const rc = n * peak * p[P.EFF_COMPUTE]! * mismatch
  const rm = n * p[P.MEMORY_BANDWIDTH_BPS]! * p[P.EFF_MEMORY]! * mismatch
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
  let decodeDone = false
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
      const maxStep = p[P.TOKENS_PER_STEP]! / target
      // Try the largest batch first, straight into `out`: most scenarios are capacity-bound and
      // pass, so the decode totals are already the final ones.
      decodeDone = decodeTotals(p, n, batch, rc, rm, out) / out[O.DECODE_STEPS]! <= maxStep
      if (!decodeDone) {
        limit = LIMIT_INTERACTIVITY
        let lo = 1
        let hi = batch
        if (meanStepSeconds(p, n, 1, rc, rm, searchScratch) > maxStep) {
          hi = 1
        } else {
          while (hi - lo > 1) {
            const mid = (lo + hi) >>> 1
            if (meanStepSeconds(p, n, mid, rc, rm, searchScratch) <= maxStep) lo = mid
            else hi = mid
          }
          hi = lo
        }
        batch = hi
      }
    }
  }
  out[O.STATUS] = status
  out[O.BATCH] = batch
  out[O.BATCH_LIMIT] = limit
  out[O.KV_BYTES] = batch * perSequence + sharedPrefix

  // Phase times.
  const prefillS = prefillTotals(p, n, batch, rc, rm, out)
  const decodeS = decodeDone ? out[O.DECODE_S]! : decodeTotals(p, n, batch, rc, rm, out)
  const decodeStep = out[O.DECODE_STEP_S]!
  const tpot = decodeStep / p[P.TOKENS_PER_STEP]!
  out[O.TPOT_S] = tpot
  out[O.MEETS_INTERACTIVITY] = p[P.MIN_TOKENS_PER_S_PER_USER]! > 0 && 1 / tpot < p[P.MIN_TOKENS_PER_S_PER_USER]! ? 0 : 1
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
    const perHour = (n * capitalRecoveryFactor(p[P.COST_OF_CAPITAL]!, p[P.DEPRECIATION_YEARS]!)) / HOURS_PER_YEAR
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
    out[O.C_FACILITY] = (provisionedKw * p[P.FACILITY_USD_PER_KW_MONTH]! * MONTHS_PER_YEAR) / HOURS_PER_YEAR
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
    ((BLEND_INPUT_WEIGHT * usdPerInput + usdPerOutput) / (BLEND_INPUT_WEIGHT + 1)) * TOKENS_PER_MILLION
  out[O.USD_PER_REQUEST] = usdPerCycle / batch
  return out
}

/**
 * The decode phase as a function of batch size B, prepared once per group size. Every term of a
 * decode step is affine in B except the weights an MoE step touches:
 *   step(B) = ov(linear FLOPs(B) / R_c, (weights touched(B) + linear bytes(B)) / R_m)    linear kernels
 *           + B × attention seconds per sequence                                        attention kernels
 *           + communication(B) + fixed overhead (step overhead and kernel boundaries: replica.ts passFixedSeconds)
 *           + draft passes(B)                                        speculative decoding only
 * where ov(c, m) = max(c, m) + overlapLoss × min(c, m) is the roofline with the part of the shorter
 * time a real GEMM leaves exposed (physics/roofline.ts), and attention seconds per sequence is the exact closed-form mean over the steps' contexts of
 * max(attention FLOPs / R_c, KV bytes / R_m) (physics/decode.ts). So the batch search and the
 * totals are O(1) per batch size instead of re-summing the steps.
 *
 * Speculative and multi-token decoding (issue 13 item 5): a step verifies `verify` tokens per
 * sequence (the one the model always produces plus k = verify − 1 drafted) and accepts `tau` of
 * them on average. Verifying is not free: the linear and attention FLOPs, the KV written and the
 * collectives all scale with `verify` (above), and a mixture-of-experts step touches the experts of
 * B × verify tokens. Only the weights and the KV cache are read once for all of them, which is why
 * it pays where decode is memory-bound. The k drafted tokens come from k sequential passes of a
 * draft head: one decoder layer of the target's width plus the target's LM head, as EAGLE-3
 * (Li et al., arXiv 2503.01840; grade H) and DeepSeek-V3's multi-token-prediction module (one
 * transformer block sharing the embedding and output head; DeepSeek-AI, arXiv 2412.19437 §2.2,
 * grade H) are built. Each draft pass costs
 *   max(B × draft FLOPs / R_c, (weights touched by the step / layers + LM head bytes) / R_m)
 *   + B × (attention + collectives of one layer) + the fixed step overhead + one layer's kernel boundaries
 * where the fixed step overhead per pass is an upper bound (a one-layer pass launches fewer kernels, but
 * the sampler and draft bookkeeping run per pass in SGLang and vLLM; grade L), as is the share of an
 * MoE step's touched experts (a pass sees B tokens, the step B × verify). The draft head's own
 * weights (one layer) and KV cache (one layer's) sit inside the runtime's memory reserve.
 */
import { BITS_PER_BYTE } from '../constants'
import { P } from '../params'
import { sumOfMaxOfLines, type MaxLineSum } from '../physics/decode'
import { computeRoofSeconds, memoryRoofSeconds, overlappedSeconds } from '../physics/roofline'
import { expertImbalanceCoefficient, expertImbalanceExcess } from '../physics/routing'

import { largestMeeting } from './bracket'
import {
  dataParallelRanks,
  kvCopies,
  passCollectives,
  spreadsExperts,
  type PassCollectives,
} from './collectives'
import { decodeElementwiseBytesPerToken } from './elementwise'
import { O } from './outputs'
import {
  attentionRoofShare,
  copyWeightsRead,
  emptyWeightsRead,
  draftPassFixedSeconds,
  passFixedSeconds,
  prepareWeightsRead,
  weightsReadWith,
  weightsReadTimeWith,
  type WeightsReadModel,
  headExtraFlopsPerToken,
  keptAttentionExtraFlopsPerToken,
} from './replica'

export interface DecodeModel {
  readonly steps: number
  readonly tau: number
  readonly verify: number
  /** Per sequence per step. */
  readonly linearFlops: number
  /** The routed experts' part of linearFlops, per sequence per step. */
  readonly expertFlops: number
  /**
   * What attention projections and the LM head kept wider than the weights add on the linear compute
   * roof, FLOP per sequence per step (replica.ts keptAttentionExtraFlopsPerToken,
   * headExtraFlopsPerToken); not in linearFlops.
   */
  readonly keptExtraFlops: number
  /**
   * Expert load imbalance over a spread mixture of experts (physics/routing.ts): the busiest rank's
   * expert work exceeds the mean by imbalance / sqrt(tokens per step); 0 when experts are not spread.
   */
  readonly imbalance: number
  /**
   * Ranks that each run the layers beside the routed experts on their own sequences
   * (collectives.ts dataParallelRanks): n under data-parallel attention, else 1. A step of B
   * sequences pays those layers' compute and its attention as max(B, ranks) sequences.
   */
  readonly attentionRanks: number
  readonly linearBytes: number
  readonly attentionSeconds: number
  readonly attentionComputeSeconds: number
  readonly attentionFlops: number
  readonly attentionBytes: number
  /**
   * Bytes the memory-bound kernels between the GEMMs move per sequence per step, all ranks together
   * (elementwise.ts): the residual stream's add + norm, the logits and, for a mixture of experts, the
   * dispatch and combine. Memory-bound, beside the GEMMs, not hidden by them.
   */
  readonly elementwiseBytes: number
  /** The same at the memory roof, s per sequence per step. */
  readonly elementwiseSeconds: number
  readonly commFixed: number
  readonly commPerSequence: number
  readonly linkBytesPerSequence: number
  readonly overhead: number
  /** Exposed share of the shorter roof time of a linear kernel (physics/roofline.ts), 0..1. */
  readonly overlapLoss: number
  readonly rc: number
  /** Attention's compute roof: rc × its format's share (replica.ts attentionRoofShare), FLOP/s. */
  readonly rcAttention: number
  readonly rm: number
  /** Draft passes per step (drafted tokens per sequence), 0 without speculation. */
  readonly draftPasses: number
  /** Per sequence per draft pass: FLOPs of one decoder layer and the LM head on one token. */
  readonly draftFlops: number
  /** The same pass's kept-wide extra on the linear roof: one layer's attention share, the LM head's whole. */
  readonly draftKeptExtraFlops: number
  /** Share of the target's weights a draft pass reads besides the LM head (one layer in `layers`). */
  readonly draftLayerShare: number
  /** LM head bytes each draft pass reads (the head's share of the target's read, replica.ts headRead). */
  readonly draftHeadBytes: number
  /** Per sequence per draft pass: one layer's attention and collectives, s. */
  readonly draftPerSequence: number
  /** Per draft pass: one layer's collective latency and kernel boundaries, and the step overhead, s. */
  readonly draftFixed: number
  /** The weights a step reads, prepared (replica.ts weightsReadWith). */
  readonly weights: WeightsReadModel
  /**
   * What the roofs divide (rescaleDecode): attention FLOPs and KV bytes per sequence at the first
   * step and their growth per step, the draft pass's attention FLOPs and KV bytes at the mean
   * context, the collectives' seconds per token, the layers and attention's share of rc.
   */
  readonly attentionFlopsAtStart: number
  readonly attentionFlopsPerStep: number
  readonly kvBytesAtStart: number
  readonly kvBytesPerStep: number
  readonly draftAttentionFlops: number
  readonly draftKvBytes: number
  readonly commSecondsPerToken: number
  readonly layers: number
  readonly attentionShare: number
}

/** A DecodeModel the kernel may fill in place (prepareDecode's `into`). */
export type MutableDecodeModel = { -readonly [K in keyof DecodeModel]: DecodeModel[K] }

/** A DecodeModel to fill: the power-limit passes reuse two per plan instead of allocating one each. */
export function emptyDecodeModel(): MutableDecodeModel {
  return {
    steps: 0,
    tau: 0,
    verify: 0,
    linearFlops: 0,
    expertFlops: 0,
    keptExtraFlops: 0,
    imbalance: 0,
    attentionRanks: 1,
    linearBytes: 0,
    attentionSeconds: 0,
    attentionComputeSeconds: 0,
    attentionFlops: 0,
    attentionBytes: 0,
    elementwiseBytes: 0,
    elementwiseSeconds: 0,
    commFixed: 0,
    commPerSequence: 0,
    linkBytesPerSequence: 0,
    overhead: 0,
    overlapLoss: 0,
    rc: 0,
    rcAttention: 0,
    rm: 0,
    draftPasses: 0,
    draftFlops: 0,
    draftKeptExtraFlops: 0,
    draftLayerShare: 0,
    draftHeadBytes: 0,
    draftPerSequence: 0,
    draftFixed: 0,
    weights: emptyWeightsRead(),
    attentionFlopsAtStart: 0,
    attentionFlopsPerStep: 0,
    kvBytesAtStart: 0,
    kvBytesPerStep: 0,
    draftAttentionFlops: 0,
    draftKvBytes: 0,
    commSecondsPerToken: 0,
    layers: 0,
    attentionShare: 0,
  }
}

/**
 * The decode model of `p` on an n-accelerator group with roofs rc (FLOP/s) and rm (bytes/s),
 * written into `into` (a new one unless given) and returned.
 */
export function prepareDecode(
  p: Float64Array,
  n: number,
  rc: number,
  rm: number,
  comm: PassCollectives = passCollectives(p, n),
  into: MutableDecodeModel = emptyDecodeModel(),
  attentionShare: number = attentionRoofShare(p),
): DecodeModel {
  const tau = p[P.TOKENS_PER_STEP]!
  const verify = p[P.VERIFY_TOKENS_PER_STEP]!
  const inputTokens = p[P.INPUT_TOKENS]!
  const scale = p[P.PARAM_SCALE]!
  // The group's KV bytes per token: every copy its attention keeps is written and read (kvCopies).
  const kvBytesPerToken =
    (kvCopies(p, n) * p[P.KV_ELEMENTS_PER_TOKEN]! * p[P.KV_BITS]!) / BITS_PER_BYTE
  const stateBytes = (p[P.STATE_ELEMENTS_PER_SEQUENCE]! * p[P.STATE_BITS]!) / BITS_PER_BYTE
  const steps = Math.ceil(p[P.OUTPUT_TOKENS]! / tau)

  // Linear kernels, per sequence per step: the always-active matrices, the k experts each token
  // uses, the LM head and the recurrent-state update on `verify` tokens; bytes besides the weights:
  // the KV written for those tokens and the recurrent state read and written.
  const activeLinear =
    (p[P.ALWAYS_ACTIVE_PARAMS]! +
      p[P.EXPERTS_PER_TOKEN]! * p[P.EXPERT_PARAMS]! * p[P.MOE_LAYERS]!) *
    scale
  const linearFlops =
    verify * (2 * activeLinear + 2 * p[P.LM_HEAD_PARAMS]! * scale + p[P.STATE_FLOPS_PER_TOKEN]!)
  const expertFlops =
    verify * 2 * p[P.EXPERTS_PER_TOKEN]! * p[P.EXPERT_PARAMS]! * p[P.MOE_LAYERS]! * scale
  const linearBytes = verify * kvBytesPerToken + 2 * stateBytes

  // Attention kernels, per sequence: FLOPs and KV bytes grow with the context c_j = S + j tau.
  // Their math runs in its own format, never below 8 bits (replica.ts attentionRoofShare).
  // Requests of unequal length (P.OUTPUT_LENGTH_CV): a long request holds its slot longer, so the
  // sequences in a step are further into their answers than the mean request would be. Over the
  // slot-time the mean position is E[L²] / (2 E[L]) = (mean / 2)(1 + cv²) (length-biased sampling:
  // the inspection paradox of renewal theory), so the context grows by tau (1 + cv²) per step of a
  // mean-length request. cv = 0 leaves tau. The KV cache a sequence reserves stays input + output.
  const cv = p[P.OUTPUT_LENGTH_CV]!
  const growth = tau * (1 + cv * cv)
  const f1 = verify * p[P.ATTENTION_FLOPS_PER_CONTEXT]!
  const m1 = kvBytesPerToken
  const sumContexts = steps * inputTokens + (growth * steps * (steps - 1)) / 2

  // Communication per step (`comm`): each sequence contributes `verify` tokens to every collective.

  // Draft passes (speculative decoding): one decoder layer and the LM head, on one token per
  // sequence, `verify` − 1 times per step.
  const layers = Math.max(1, p[P.LAYERS]!)
  const draftPasses = verify > 1 ? verify - 1 : 0
  // The LM head's math at its own width (replica.ts headBits: quantized checkpoints keep it in
  // BF16), and the kept-wide attention's, on the linear roof.
  const headExtra = headExtraFlopsPerToken(p)
  const keptExtra = keptAttentionExtraFlopsPerToken(p)
  const meanContext = sumContexts / steps
  into.steps = steps
  into.tau = tau
  into.verify = verify
  into.linearFlops = linearFlops
  into.expertFlops = expertFlops
  into.keptExtraFlops = verify * (keptExtra + headExtra)
  into.imbalance = spreadsExperts(p)
    ? expertImbalanceCoefficient(p[P.EXPERTS]!, p[P.EXPERTS_PER_TOKEN]!, n)
    : 0
  into.attentionRanks = dataParallelRanks(p, n)
  into.linearBytes = linearBytes
  into.attentionFlops = (f1 * sumContexts) / steps
  into.attentionBytes = (m1 * sumContexts) / steps
  into.elementwiseBytes = verify * decodeElementwiseBytesPerToken(p, n)
  into.commFixed = comm.fixedSeconds
  into.commPerSequence = comm.secondsPerToken * verify
  into.linkBytesPerSequence = comm.linkBytesPerToken * verify
  into.overhead = passFixedSeconds(p)
  into.overlapLoss = p[P.OVERLAP_LOSS]!
  into.draftPasses = draftPasses
  into.draftFlops = 2 * (activeLinear / layers + p[P.LM_HEAD_PARAMS]! * scale)
  into.draftKeptExtraFlops = keptExtra / layers + headExtra
  into.draftLayerShare = 1 / layers
  into.draftFixed = comm.fixedSeconds / layers + draftPassFixedSeconds(p)
  into.attentionFlopsAtStart = f1 * inputTokens
  into.attentionFlopsPerStep = f1 * growth
  into.kvBytesAtStart = m1 * inputTokens
  into.kvBytesPerStep = m1 * growth
  into.draftAttentionFlops = p[P.ATTENTION_FLOPS_PER_CONTEXT]! * meanContext
  into.draftKvBytes = kvBytesPerToken * meanContext
  into.commSecondsPerToken = comm.secondsPerToken
  into.layers = layers
  into.attentionShare = attentionShare
  setDecodeRoofs(into, rc, rm)
  prepareWeightsRead(p, into.weights, into.attentionRanks, n)
  // The LM head as the target's pass streams it, at its own width; under data-parallel attention
  // every rank reads its own (collectives.ts dataParallelRanks).
  into.draftHeadBytes = into.weights.headRead
  return into
}

/** The parts of a decode model that depend on the roofs rc (FLOP/s) and rm (bytes/s), set in place. */
function setDecodeRoofs(into: MutableDecodeModel, rc: number, rm: number): void {
  const rcAttention = rc * into.attentionShare
  const lineSum = sumOfMaxOfLines(
    into.attentionFlopsAtStart / rcAttention,
    into.attentionFlopsPerStep / rcAttention,
    into.kvBytesAtStart / rm,
    into.kvBytesPerStep / rm,
    into.steps,
    LINE_SUM,
  )
  into.attentionSeconds = lineSum.total / into.steps
  into.attentionComputeSeconds = lineSum.firstTotal / into.steps
  into.elementwiseSeconds = into.elementwiseBytes / rm
  into.rc = rc
  into.rcAttention = rcAttention
  into.rm = rm
  const draftAttention = Math.max(into.draftAttentionFlops / rcAttention, into.draftKvBytes / rm)
  into.draftPerSequence = (draftAttention + into.commSecondsPerToken) / into.layers
}

/**
 * `from` on other roofs (a clock the power limit set), written into `into` and returned: the same
 * as prepareDecode of the same parameters and group with roofs rc, rm, without reading them again.
 * Field by field on purpose: Object.assign made the analyses' hot loop about 1.5x slower; a missed
 * field fails tests/engine/kernel-prepared.test.ts, which compares with a fresh prepareDecode.
 */
export function rescaleDecode(
  from: DecodeModel,
  rc: number,
  rm: number,
  into: MutableDecodeModel,
): DecodeModel {
  into.steps = from.steps
  into.tau = from.tau
  into.verify = from.verify
  into.linearFlops = from.linearFlops
  into.expertFlops = from.expertFlops
  into.keptExtraFlops = from.keptExtraFlops
  into.imbalance = from.imbalance
  into.attentionRanks = from.attentionRanks
  into.linearBytes = from.linearBytes
  into.attentionSeconds = from.attentionSeconds
  into.attentionComputeSeconds = from.attentionComputeSeconds
  into.attentionFlops = from.attentionFlops
  into.attentionBytes = from.attentionBytes
  into.elementwiseBytes = from.elementwiseBytes
  into.elementwiseSeconds = from.elementwiseSeconds
  into.commFixed = from.commFixed
  into.commPerSequence = from.commPerSequence
  into.linkBytesPerSequence = from.linkBytesPerSequence
  into.overhead = from.overhead
  into.overlapLoss = from.overlapLoss
  into.rc = from.rc
  into.rcAttention = from.rcAttention
  into.rm = from.rm
  into.draftPasses = from.draftPasses
  into.draftFlops = from.draftFlops
  into.draftKeptExtraFlops = from.draftKeptExtraFlops
  into.draftLayerShare = from.draftLayerShare
  into.draftHeadBytes = from.draftHeadBytes
  into.draftPerSequence = from.draftPerSequence
  into.draftFixed = from.draftFixed
  into.attentionFlopsAtStart = from.attentionFlopsAtStart
  into.attentionFlopsPerStep = from.attentionFlopsPerStep
  into.kvBytesAtStart = from.kvBytesAtStart
  into.kvBytesPerStep = from.kvBytesPerStep
  into.draftAttentionFlops = from.draftAttentionFlops
  into.draftKvBytes = from.draftKvBytes
  into.commSecondsPerToken = from.commSecondsPerToken
  into.layers = from.layers
  into.attentionShare = from.attentionShare
  copyWeightsRead(from.weights, into.weights)
  setDecodeRoofs(into, rc, rm)
  return into
}

/**
 * Scratch for prepareDecode's sum of maxima: read right after it is written, so nothing passes from
 * one call to the next (the kernel's hot loops stay free of allocation).
 */
const LINE_SUM: MaxLineSum = { total: 0, firstTotal: 0, firstSteps: 0 }

/**
 * Weights one draft pass reads, given the target's weights touched `weights` (which hold the LM head
 * once): one layer's share of the rest, and the LM head whole, bytes.
 */
function draftWeightBytes(m: DecodeModel, weights: number): number {
  return (weights - m.weights.headRead) * m.draftLayerShare + m.draftHeadBytes
}

/** The draft passes of one step at `batch`, given the target's weights touched `weights`, s. */
function draftSeconds(m: DecodeModel, batch: number, weights: number): number {
  const compute = ((m.draftFlops + m.draftKeptExtraFlops) * batch) / m.rc
  const memory = draftWeightBytes(m, weights) / m.rm
  return (
    m.draftPasses *
    (overlappedSeconds(compute, memory, m.overlapLoss) + m.draftPerSequence * batch + m.draftFixed)
  )
}

/**
 * The draft passes of one step at `batch` split the way a clock change acts on them (power.ts):
 * linear kernels on the compute roof, on the memory roof, and the rest (one layer's attention and
 * collectives, the fixed overhead), s. All 0 without speculation.
 */
export function draftComputeSeconds(m: DecodeModel, batch: number): number {
  return (m.draftPasses * (m.draftFlops + m.draftKeptExtraFlops) * batch) / m.rc
}
export function draftMemorySeconds(m: DecodeModel, batch: number): number {
  if (!(m.draftPasses > 0)) return 0
  const weights = decodeWeightBytes(m, batch)
  return (m.draftPasses * draftWeightBytes(m, weights)) / m.rm
}
export function draftOtherSeconds(m: DecodeModel, batch: number): number {
  return m.draftPasses * (m.draftPerSequence * batch + m.draftFixed)
}

/** Weights read by one decode step of `batch` sequences (MoE: only the experts they touch). */
export function decodeWeightBytes(m: DecodeModel, batch: number): number {
  return weightsReadWith(m.weights, batch * m.verify)
}

/**
 * The same as the memory roof's time sees them: spread experts count at the busiest rank's share
 * (replica.ts weightsReadTimeWith).
 */
export function decodeWeightTimeBytes(m: DecodeModel, batch: number): number {
  return weightsReadTimeWith(m.weights, batch * m.verify)
}

/**
 * The linear kernels of one step at `batch` on the compute roof, s: their FLOPs over the group's
 * peak, the routed experts' part stretched to the busiest rank's share when experts are spread.
 */
export function decodeLinearComputeSeconds(m: DecodeModel, batch: number): number {
  const excess = expertImbalanceExcess(m.imbalance, batch * m.verify)
  // The layers beside the experts run each sequence on one rank under data-parallel attention.
  const besideExperts =
    (m.linearFlops - m.expertFlops + m.keptExtraFlops) * Math.max(batch, m.attentionRanks)
  return (besideExperts + m.expertFlops * (1 + excess) * batch) / m.rc
}

/** Mean decode step time at `batch`, s. O(1). */
export function decodeStepSeconds(m: DecodeModel, batch: number): number {
  const weights = decodeWeightBytes(m, batch)
  const linearCompute = decodeLinearComputeSeconds(m, batch)
  const linearMemory = (decodeWeightTimeBytes(m, batch) + m.linearBytes * batch) / m.rm
  const step =
    overlappedSeconds(linearCompute, linearMemory, m.overlapLoss) +
    m.attentionSeconds * Math.max(batch, m.attentionRanks) +
    m.elementwiseSeconds * batch +
    m.commFixed +
    m.commPerSequence * batch +
    m.overhead
  return m.draftPasses > 0 ? step + draftSeconds(m, batch, weights) : step
}

/** Decode totals for `batch`, written to `out`; returns the total decode seconds. */
export function decodeTotals(m: DecodeModel, batch: number, out: Float64Array): number {
  const steps = m.steps
  const weights = decodeWeightBytes(m, batch)
  const linearCompute = decodeLinearComputeSeconds(m, batch)
  const linearMemory = (decodeWeightTimeBytes(m, batch) + m.linearBytes * batch) / m.rm
  const linearBound = linearCompute > linearMemory
  const linearComputeShare = computeRoofSeconds(linearCompute, linearMemory, m.overlapLoss)
  const linearMemoryShare = memoryRoofSeconds(linearCompute, linearMemory, m.overlapLoss)
  const linearStep = linearComputeShare + linearMemoryShare
  const attentionSequences = Math.max(batch, m.attentionRanks)
  const attention = m.attentionSeconds * attentionSequences
  const attentionCompute = m.attentionComputeSeconds * attentionSequences
  const elementwise = m.elementwiseSeconds * batch
  const comm = m.commFixed + m.commPerSequence * batch
  // Draft passes: their linear kernels on whichever roof binds, the rest (one layer's attention and
  // collectives, the fixed overhead) counted as memory time and overhead.
  let draftCompute = 0
  let draftMemory = 0
  let draftFlops = 0
  let draftKeptExtra = 0
  let draftBytes = 0
  let draftOther = 0
  if (m.draftPasses > 0) {
    const k = m.draftPasses
    draftFlops = k * m.draftFlops * batch
    draftKeptExtra = k * m.draftKeptExtraFlops * batch
    const linearBytes = k * draftWeightBytes(m, weights)
    const c = (draftFlops + draftKeptExtra) / m.rc
    const b = linearBytes / m.rm
    draftCompute = computeRoofSeconds(c, b, m.overlapLoss)
    draftMemory = memoryRoofSeconds(c, b, m.overlapLoss)
    draftOther = k * (m.draftPerSequence * batch + m.draftFixed)
    // Bytes moved (for the energy): the linear kernels' and one layer's KV reads per pass.
    draftBytes = linearBytes + k * batch * m.attentionBytes * m.draftLayerShare
  }
  const total =
    steps *
    (linearStep +
      attention +
      elementwise +
      comm +
      m.overhead +
      draftCompute +
      draftMemory +
      draftOther)

  out[O.DECODE_STEPS] = steps
  out[O.DECODE_FLOPS] = steps * (batch * (m.linearFlops + m.attentionFlops) + draftFlops)
  out[O.DECODE_ATTENTION_FLOPS] = steps * batch * m.attentionFlops
  out[O.DECODE_KEPT_EXTRA_FLOPS] = steps * (batch * m.keptExtraFlops + draftKeptExtra)
  out[O.DECODE_BYTES] =
    steps * (weights + batch * (m.linearBytes + m.attentionBytes + m.elementwiseBytes) + draftBytes)
  out[O.DECODE_COMPUTE_S] = steps * (linearComputeShare + attentionCompute + draftCompute)
  out[O.DECODE_MEMORY_S] =
    steps *
    (linearMemoryShare + attention - attentionCompute + elementwise + draftMemory + draftOther)
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
 * closed form; MoE models touch more experts as the batch grows, so interpolation inside the bounds finishes
 * it (bracket.ts).
 * Returns 0 when even one sequence is too slow.
 */
export function largestBatchWithin(
  p: Float64Array,
  m: DecodeModel,
  cap: number,
  maxStep: number,
): number {
  const one = decodeStepSeconds(m, 1) - maxStep
  if (one > 0) return 0
  const top = decodeStepSeconds(m, cap) - maxStep
  if (top <= 0) return cap
  // step(B) = max(cB, W(B) + mB) + sB + t. Dense: W is constant, so solve each branch for
  // step = maxStep. MoE: W(B) grows from W(1) to W(all experts), so the same formula with W(all)
  // gives a feasible lower bound and with W(1) an upper bound; bisection finishes inside them.
  // Draft passes (speculative decoding) add k(max(dB, D(W)) + eB + f): bounded above by the sum of
  // both branches (for the feasible bound) and below by either branch (for the upper bound). Spread
  // experts' load imbalance adds a term in sqrt(B) that the bounds leave out: they are checked
  // below, and fall back to the whole range when they miss.
  // The exposed share of the shorter roof (physics/roofline.ts) makes the linear kernels at most
  // (1 + overlapLoss) × their larger roof: the feasible bound stretches both roofs by it.
  const stretch = 1 + m.overlapLoss
  const slope = m.attentionSeconds + m.elementwiseSeconds + m.commPerSequence
  const budget = maxStep - m.commFixed - m.overhead
  const perSequenceMemory = m.linearBytes / m.rm + slope
  const perSequenceMemoryStretched = (stretch * m.linearBytes) / m.rm + slope
  const dense = p[P.EXPERTS]! <= 1 || p[P.EXPERTS_PER_TOKEN]! >= p[P.EXPERTS]!
  const allWeights = decodeWeightBytes(m, dense ? 1 : Number.POSITIVE_INFINITY)
  const oneWeights = dense ? allWeights : decodeWeightBytes(m, 1)
  const k = m.draftPasses
  const draftCompute = (k * (m.draftFlops + m.draftKeptExtraFlops)) / m.rc
  const draftSlope = k * m.draftPerSequence
  const draftAll = (k * draftWeightBytes(m, allWeights)) / m.rm
  const draftOne = (k * draftWeightBytes(m, oneWeights)) / m.rm
  const linearCompute = (m.linearFlops + m.keptExtraFlops) / m.rc
  const lowGuess = Math.floor(
    Math.min(
      (budget - k * m.draftFixed - stretch * draftAll) /
        (stretch * linearCompute + slope + stretch * draftCompute + draftSlope),
      (budget - k * m.draftFixed - stretch * draftAll - (stretch * allWeights) / m.rm) /
        (perSequenceMemoryStretched + stretch * draftCompute + draftSlope),
    ),
  )
  const highGuess = Math.floor(
    Math.min(
      (budget - k * m.draftFixed) / (linearCompute + slope + draftCompute + draftSlope),
      (budget - k * m.draftFixed - draftOne - oneWeights / m.rm) / (perSequenceMemory + draftSlope),
    ),
  )
  // Rounding can put the bounds one off: widen by two and check exactly.
  let lo = Math.max(1, Math.min(cap - 1, lowGuess - 1))
  let hi = Math.min(cap, Math.max(lo + 1, highGuess + 2))
  let sLo = decodeStepSeconds(m, lo) - maxStep
  if (sLo > 0) {
    lo = 1
    sLo = one
  }
  let sHi = decodeStepSeconds(m, hi) - maxStep
  if (sHi <= 0) {
    hi = cap
    sHi = top
  }
  return largestMeeting(stepSlack, { p, m, maxStep }, lo, sLo, hi, sHi)
}

/** A decode step's time above `maxStep` at `batch`, s (<= 0: within it). */
function stepSlack(c: { p: Float64Array; m: DecodeModel; maxStep: number }, batch: number): number {
  return decodeStepSeconds(c.m, batch) - c.maxStep
}

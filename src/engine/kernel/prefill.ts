/**
 * Prefill of a batch of prompts: linear kernels over every new prompt token, causal attention over
 * the prompt, the collectives of one pass. Compute-bound for all but the shortest prompts.
 * Everything but the weights an MoE pass touches is linear in the batch, so the per-prompt
 * quantities are prepared once per group and roofs (`preparePrefill`) and a batch costs O(1).
 */
import { BITS_PER_BYTE } from '../constants'
import { P } from '../params'
import { computeRoofSeconds, memoryRoofSeconds, overlappedSeconds } from '../physics/roofline'
import { expertImbalanceCoefficient, expertImbalanceExcess } from '../physics/routing'

import {
  dataParallelRanks,
  kvCopies,
  passCollectives,
  spreadsExperts,
  type PassCollectives,
} from './collectives'
import { prefillElementwiseBytesPerToken } from './elementwise'
import { O } from './outputs'
import {
  attentionRoofShare,
  boundOf,
  copyWeightsRead,
  emptyWeightsRead,
  passFixedSeconds,
  prepareWeightsRead,
  type WeightsReadModel,
  weightsReadWith,
  headExtraFlopsPerToken,
  keptAttentionExtraFlopsPerToken,
} from './replica'

export interface PrefillModel {
  readonly newTokensPerPrompt: number
  readonly linearFlopsPerPrompt: number
  /** The routed experts' part of linearFlopsPerPrompt. */
  readonly expertFlopsPerPrompt: number
  /**
   * What attention projections and the LM head kept wider than the weights add on the linear compute
   * roof, FLOP per prompt (replica.ts keptAttentionExtraFlopsPerToken on every new token,
   * headExtraFlopsPerToken once); not in linearFlopsPerPrompt.
   */
  readonly keptExtraFlopsPerPrompt: number
  /** Expert load imbalance coefficient over spread experts (physics/routing.ts); 0 when none. */
  readonly imbalance: number
  /**
   * Ranks that each run the layers beside the routed experts on their own prompts (collectives.ts
   * dataParallelRanks); a pass of b prompts pays those layers and its attention as max(b, ranks).
   */
  readonly attentionRanks: number
  readonly attentionFlopsPerPrompt: number
  readonly activationBytesPerPrompt: number
  readonly attentionBytesPerPrompt: number
  /**
   * Bytes the memory-bound kernels between the GEMMs move per token, all ranks (elementwise.ts): the
   * residual stream's add + norm and, for a mixture of experts, the dispatch and combine.
   */
  readonly elementwiseBytesPerToken: number
  /** The same at the memory roof, s per token: memory-bound, beside the GEMMs, not hidden by them. */
  readonly elementwiseSecondsPerToken: number
  readonly commFixed: number
  readonly commPerToken: number
  readonly linkBytesPerToken: number
  readonly overhead: number
  /** Exposed share of the shorter roof time of a linear kernel (physics/roofline.ts), 0..1. */
  readonly overlapLoss: number
  readonly rc: number
  /** Attention's compute roof: rc × its format's share (replica.ts attentionRoofShare), FLOP/s. */
  readonly rcAttention: number
  readonly rm: number
  /** The weights a pass reads, prepared (replica.ts weightsReadWith). */
  readonly weights: WeightsReadModel
  /** Attention's share of rc (replica.ts attentionRoofShare), for rescalePrefill. */
  readonly attentionShare: number
}

export interface PrefillPass {
  readonly seconds: number
  readonly flops: number
  /** The attention kernels' part of `flops` (their own format: replica.ts attentionRoofShare). */
  readonly attentionFlops: number
  /** Kept-wide attention projections' extra FLOPs on the linear roof (not in `flops`). */
  readonly keptExtraFlops: number
  readonly bytes: number
  readonly computeSeconds: number
  readonly memorySeconds: number
  readonly communicationSeconds: number
  readonly linkBytes: number
  readonly bound: number
}

/** A PrefillModel the kernel may fill in place (preparePrefill's `into`). */
export type MutablePrefillModel = { -readonly [K in keyof PrefillModel]: PrefillModel[K] }

/** A PrefillModel to fill: the power-limit passes reuse a few per plan instead of allocating each. */
export function emptyPrefillModel(): MutablePrefillModel {
  return {
    newTokensPerPrompt: 0,
    linearFlopsPerPrompt: 0,
    expertFlopsPerPrompt: 0,
    keptExtraFlopsPerPrompt: 0,
    imbalance: 0,
    attentionRanks: 1,
    attentionFlopsPerPrompt: 0,
    activationBytesPerPrompt: 0,
    attentionBytesPerPrompt: 0,
    elementwiseBytesPerToken: 0,
    elementwiseSecondsPerToken: 0,
    commFixed: 0,
    commPerToken: 0,
    linkBytesPerToken: 0,
    overhead: 0,
    overlapLoss: 0,
    rc: 0,
    rcAttention: 0,
    rm: 0,
    weights: emptyWeightsRead(),
    attentionShare: 0,
  }
}

/**
 * The per-prompt quantities of `p` on an n-accelerator group with roofs rc (FLOP/s), rm (bytes/s),
 * written into `into` (a new one unless given) and returned.
 */
export function preparePrefill(
  p: Float64Array,
  n: number,
  rc: number,
  rm: number,
  collectives: PassCollectives = passCollectives(p, n),
  into: MutablePrefillModel = emptyPrefillModel(),
  attentionShare: number = attentionRoofShare(p),
): PrefillModel {
  const scale = p[P.PARAM_SCALE]!
  const inputTokens = p[P.INPUT_TOKENS]!
  const cachedTokens = inputTokens * p[P.PREFIX_HIT_RATE]!
  const newTokens = inputTokens - cachedTokens // tokens that must be computed
  const aBytes = p[P.ACTIVATION_BITS]! / BITS_PER_BYTE
  // The group's KV bytes per token, every copy its attention keeps (kvCopies).
  const kvBytesPerToken =
    (kvCopies(p, n) * p[P.KV_ELEMENTS_PER_TOKEN]! * p[P.KV_BITS]!) / BITS_PER_BYTE
  // FLOPs: 2 x active linear params per new token and logits at the last position (linear kernels),
  // plus causal attention over the prompt: sum over positions of FLOPs-per-context x position
  // = coefficient x (S^2 - S_cached^2) / 2 (attention kernels).
  const activeLinear =
    (p[P.ALWAYS_ACTIVE_PARAMS]! +
      p[P.EXPERTS_PER_TOKEN]! * p[P.EXPERT_PARAMS]! * p[P.MOE_LAYERS]!) *
    scale
  // Bytes besides the weights: activations in and out of each layer (linear kernels); KV
  // written and cached prefix KV read (attention kernels): activationBytesPerPrompt and
  // attentionBytesPerPrompt.
  into.newTokensPerPrompt = newTokens
  into.linearFlopsPerPrompt =
    newTokens * (2 * activeLinear + p[P.STATE_FLOPS_PER_TOKEN]!) + 2 * p[P.LM_HEAD_PARAMS]! * scale
  into.expertFlopsPerPrompt =
    newTokens * 2 * p[P.EXPERTS_PER_TOKEN]! * p[P.EXPERT_PARAMS]! * p[P.MOE_LAYERS]! * scale
  // The kept-wide attention on every new token; the LM head's wider math once, at the last position.
  into.keptExtraFlopsPerPrompt =
    newTokens * keptAttentionExtraFlopsPerToken(p) + headExtraFlopsPerToken(p)
  into.imbalance = spreadsExperts(p)
    ? expertImbalanceCoefficient(p[P.EXPERTS]!, p[P.EXPERTS_PER_TOKEN]!, n)
    : 0
  into.attentionRanks = dataParallelRanks(p, n)
  into.attentionFlopsPerPrompt =
    (p[P.ATTENTION_FLOPS_PER_CONTEXT]! *
      (inputTokens * inputTokens - cachedTokens * cachedTokens)) /
    2
  into.activationBytesPerPrompt = 2 * p[P.LAYERS]! * newTokens * p[P.HIDDEN_SIZE]! * aBytes
  into.attentionBytesPerPrompt = inputTokens * kvBytesPerToken
  into.elementwiseBytesPerToken = prefillElementwiseBytesPerToken(p, n)
  into.commFixed = collectives.fixedSeconds
  into.commPerToken = collectives.secondsPerToken
  into.linkBytesPerToken = collectives.linkBytesPerToken
  into.overhead = passFixedSeconds(p)
  into.overlapLoss = p[P.OVERLAP_LOSS]!
  into.attentionShare = attentionShare
  setPrefillRoofs(into, rc, rm)
  prepareWeightsRead(p, into.weights, into.attentionRanks)
  return into
}

/** The parts of a prefill model that depend on the roofs rc (FLOP/s) and rm (bytes/s), in place. */
function setPrefillRoofs(into: MutablePrefillModel, rc: number, rm: number): void {
  into.elementwiseSecondsPerToken = into.elementwiseBytesPerToken / rm
  into.rc = rc
  into.rcAttention = rc * into.attentionShare
  into.rm = rm
}

/**
 * `from` on other roofs (a clock the power limit set), written into `into` and returned: the same
 * as preparePrefill of the same parameters and group with roofs rc, rm, without reading them again.
 * Field by field on purpose: Object.assign made the analyses' hot loop about 1.5x slower; a missed
 * field fails tests/engine/kernel-prepared.test.ts, which compares with a fresh preparePrefill.
 */
export function rescalePrefill(
  from: PrefillModel,
  rc: number,
  rm: number,
  into: MutablePrefillModel,
): PrefillModel {
  into.newTokensPerPrompt = from.newTokensPerPrompt
  into.linearFlopsPerPrompt = from.linearFlopsPerPrompt
  into.expertFlopsPerPrompt = from.expertFlopsPerPrompt
  into.keptExtraFlopsPerPrompt = from.keptExtraFlopsPerPrompt
  into.imbalance = from.imbalance
  into.attentionRanks = from.attentionRanks
  into.attentionFlopsPerPrompt = from.attentionFlopsPerPrompt
  into.activationBytesPerPrompt = from.activationBytesPerPrompt
  into.attentionBytesPerPrompt = from.attentionBytesPerPrompt
  into.elementwiseBytesPerToken = from.elementwiseBytesPerToken
  into.elementwiseSecondsPerToken = from.elementwiseSecondsPerToken
  into.commFixed = from.commFixed
  into.commPerToken = from.commPerToken
  into.linkBytesPerToken = from.linkBytesPerToken
  into.overhead = from.overhead
  into.overlapLoss = from.overlapLoss
  into.rc = from.rc
  into.rcAttention = from.rcAttention
  into.rm = from.rm
  into.attentionShare = from.attentionShare
  copyWeightsRead(from.weights, into.weights)
  setPrefillRoofs(into, rc, rm)
  return into
}

/**
 * The linear kernels of a prefill pass over `batch` prompts on the compute roof, s; the routed
 * experts' part stretched to the busiest rank's share when experts are spread (physics/routing.ts).
 */
export function prefillLinearComputeSeconds(m: PrefillModel, batch: number): number {
  const excess = expertImbalanceExcess(m.imbalance, batch * m.newTokensPerPrompt)
  // The layers beside the experts run each prompt on one rank under data-parallel attention.
  const besideExperts =
    (m.linearFlopsPerPrompt - m.expertFlopsPerPrompt + m.keptExtraFlopsPerPrompt) *
    Math.max(batch, m.attentionRanks)
  return (besideExperts + batch * m.expertFlopsPerPrompt * (1 + excess)) / m.rc
}

/**
 * What data-parallel attention adds to the prompts of a continuously batched replica, s: its ranks
 * meet at every expert layer, so a decode step lasts as long as its busiest rank. A step carries
 * m = batch ÷ steps new prompts (each sequence is prefilled once in the `steps` decode steps of its
 * answer), each on one rank, which runs its prompt's attention and the layers beside the experts
 * while the others wait. With m below one, each of the `batch` prompts has a step to itself; with m
 * between one and the ranks, each of the `steps` steps waits for one prompt; with a prompt for every
 * rank, nobody waits. So those parts cost as if max(batch, min(batch, steps) × ranks) prompts were
 * spread over the group, instead of the max(batch, ranks) prefillSeconds charges. 0 without
 * data-parallel attention, and where a step carries a prompt for every rank. A scheduler that holds prompts back
 * until every rank has one (TensorRT-LLM's attention_dp_config enable_balance) trades this wait for
 * time to first token; the engine does not model it.
 */
export function dataParallelPromptWaitSeconds(
  m: PrefillModel,
  batch: number,
  steps: number,
): number {
  if (!(m.attentionRanks > 1)) return 0
  const waiting =
    Math.max(batch, Math.min(batch, steps) * m.attentionRanks) - Math.max(batch, m.attentionRanks)
  if (!(waiting > 0)) return 0
  const linear =
    (m.linearFlopsPerPrompt - m.expertFlopsPerPrompt + m.keptExtraFlopsPerPrompt) / m.rc
  const attention = Math.max(
    m.attentionFlopsPerPrompt / m.rcAttention,
    m.attentionBytesPerPrompt / m.rm,
  )
  return waiting * (linear + attention)
}

/** Prefill's attention kernels over `batch` prompts on the compute roof, s (unsplit prompts: max(b, ranks)). */
export function prefillAttentionComputeSeconds(m: PrefillModel, batch: number): number {
  return (Math.max(batch, m.attentionRanks) * m.attentionFlopsPerPrompt) / m.rcAttention
}

/** The same on the memory roof, s. */
export function prefillAttentionMemorySeconds(m: PrefillModel, batch: number): number {
  return (Math.max(batch, m.attentionRanks) * m.attentionBytesPerPrompt) / m.rm
}

/** Weights read by a prefill pass over `tokens` new tokens (MoE: only the experts they touch). */
export function prefillWeightBytes(m: PrefillModel, tokens: number): number {
  return weightsReadWith(m.weights, tokens)
}

/** Prefill of `batch` prompts, s. O(1), no allocation. */
export function prefillSeconds(m: PrefillModel, batch: number): number {
  const tokens = batch * m.newTokensPerPrompt
  const linearCompute = prefillLinearComputeSeconds(m, batch)
  const linearMemory = (prefillWeightBytes(m, tokens) + batch * m.activationBytesPerPrompt) / m.rm
  const attentionCompute = prefillAttentionComputeSeconds(m, batch)
  const attentionMemory = prefillAttentionMemorySeconds(m, batch)
  return (
    overlappedSeconds(linearCompute, linearMemory, m.overlapLoss) +
    (attentionCompute > attentionMemory ? attentionCompute : attentionMemory) +
    m.elementwiseSecondsPerToken * tokens +
    m.commFixed +
    m.commPerToken * tokens +
    m.overhead
  )
}

/** Prefill of `batch` prompts with its breakdown. */
export function prefillPass(m: PrefillModel, batch: number): PrefillPass {
  const tokens = batch * m.newTokensPerPrompt
  const linearFlops = batch * m.linearFlopsPerPrompt
  const attentionFlops = batch * m.attentionFlopsPerPrompt
  const linearBytes = prefillWeightBytes(m, tokens) + batch * m.activationBytesPerPrompt
  const attentionBytes = batch * m.attentionBytesPerPrompt
  const elementwiseBytes = tokens * m.elementwiseBytesPerToken
  const comm = m.commFixed + m.commPerToken * tokens
  const linearComputeS = prefillLinearComputeSeconds(m, batch)
  const linearMemoryS = linearBytes / m.rm
  const attentionComputeS = prefillAttentionComputeSeconds(m, batch)
  const attentionMemoryS = prefillAttentionMemorySeconds(m, batch)
  const computeS =
    computeRoofSeconds(linearComputeS, linearMemoryS, m.overlapLoss) +
    (attentionComputeS > attentionMemoryS ? attentionComputeS : 0)
  const memoryS =
    memoryRoofSeconds(linearComputeS, linearMemoryS, m.overlapLoss) +
    (attentionComputeS > attentionMemoryS ? 0 : attentionMemoryS) +
    tokens * m.elementwiseSecondsPerToken
  return {
    seconds: computeS + memoryS + comm + m.overhead,
    flops: linearFlops + attentionFlops,
    attentionFlops,
    keptExtraFlops: batch * m.keptExtraFlopsPerPrompt,
    bytes: linearBytes + attentionBytes + elementwiseBytes,
    computeSeconds: computeS,
    memorySeconds: memoryS,
    communicationSeconds: comm,
    linkBytes: m.linkBytesPerToken * tokens,
    bound: boundOf(computeS, memoryS, comm, m.overhead),
  }
}

/** Write a prefill pass into the result slots. */
export function writePrefill(out: Float64Array, pass: PrefillPass): void {
  out[O.PREFILL_FLOPS] = pass.flops
  out[O.PREFILL_ATTENTION_FLOPS] = pass.attentionFlops
  out[O.PREFILL_KEPT_EXTRA_FLOPS] = pass.keptExtraFlops
  out[O.PREFILL_BYTES] = pass.bytes
  out[O.PREFILL_COMPUTE_S] = pass.computeSeconds
  out[O.PREFILL_MEMORY_S] = pass.memorySeconds
  out[O.PREFILL_COMM_S] = pass.communicationSeconds
  out[O.PREFILL_LINK_BYTES] = pass.linkBytes
  out[O.PREFILL_S] = pass.seconds
  out[O.PREFILL_BOUND] = pass.bound
}

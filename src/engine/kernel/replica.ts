/** What a replica holds and how fast it can go: weight bytes and the two roofs. */
import { P } from '../params'
import { passBoundarySeconds as boundarySecondsOf } from '../physics/kernels'
import { expertsTouchedFromLog, untouchedExpertBytes, weightBytes } from '../physics/memory'
import { attentionMathBits, mathBits, mathPeakFlops } from '../physics/precision'
import { busiestRankTouchedExperts, expertRankQuantile, fullestRanks } from '../physics/routing'

import { spreadsExperts } from './collectives'

/**
 * Precision per operation in low-bit checkpoints: the attention projections keep a wider format where
 * the model's published checkpoints leave them unquantized (P.KEPT_ATTENTION_BITS). NVIDIA's recipe
 * for DeepSeek's NVFP4 checkpoints disables the quantizers of every attention module ("*attn*",
 * TensorRT Model Optimizer examples/deepseek/ptq.py), so MLA keeps the FP8 of the released model
 * (the later -v2 checkpoint quantizes only its output projection as well); gpt-oss lists self_attn
 * among the modules its MXFP4 checkpoint does not convert (config.json quantization_config,
 * modules_to_not_convert). The generic stack's wider streaming (streamFactorAt) takes each width
 * apart. Those weights
 * are stored, read and multiplied at the kept width: the bits here and the compute in
 * keptAttentionExtraFlopsPerToken.
 */
export function keptAttentionBits(p: Float64Array): number {
  return keptWidth(p, P.KEPT_ATTENTION_BITS)
}

/** The width a part of the model keeps (slot `kept`, in bits), or the weights' own where that is wider. */
function keptWidth(p: Float64Array, kept: number): number {
  const keptBits = p[kept]!
  const bits = p[P.WEIGHT_BITS]!
  return keptBits > bits ? keptBits : bits
}

/**
 * The always-active parameters counted at the weights' width: each kept-wide attention weight
 * counts kept ÷ weight bits times, so the bytes come out at the mix of widths.
 */
export function alwaysActiveStoredParams(p: Float64Array): number {
  const params = p[P.ALWAYS_ACTIVE_PARAMS]!
  const bits = p[P.WEIGHT_BITS]!
  const kept = keptAttentionBits(p)
  return kept > bits ? params * (1 + p[P.KEPT_ATTENTION_SHARE]! * (kept / bits - 1)) : params
}

/**
 * What the kept-wide attention projections add to a token's linear work on the linear layers'
 * compute roof, FLOP: their 2 × params FLOPs run at the kept format's peak, not the linear one's,
 * so they take peak(linear) ÷ peak(kept) times as long. Counted as extra FLOPs at the linear roof;
 * energy per FLOP goes as 1 ÷ the format's peak (physics/precision.ts picojoulesPerFlop), so the
 * same extra also prices their energy. 0 where nothing is kept wider, or where the math already
 * runs at least as wide (BF16 activations).
 */
export function keptAttentionExtraFlopsPerToken(p: Float64Array): number {
  const attention = p[P.ALWAYS_ACTIVE_PARAMS]! * p[P.KEPT_ATTENTION_SHARE]! * p[P.PARAM_SCALE]!
  return wideMathExtraFlops(p, keptAttentionBits(p), attention)
}

/**
 * The extra FLOPs at the linear roof of `params` weights multiplied at `bits` instead of the weights'
 * format: 2 × params × (peak(linear) ÷ peak(kept) − 1); 0 where they are not wider, or where the
 * math already runs at least as wide.
 */
function wideMathExtraFlops(p: Float64Array, bits: number, params: number): number {
  const weightBits = p[P.WEIGHT_BITS]!
  if (!(bits > weightBits)) return 0
  const activations = p[P.ACTIVATION_BITS]!
  const linearPeak = peakAtBits(p, mathBits(weightBits, activations))
  const widePeak = peakAtBits(p, mathBits(bits, activations))
  if (!(widePeak < linearPeak)) return 0
  return 2 * params * (linearPeak / widePeak - 1)
}

/**
 * Precision per operation, the model's ends: quantized checkpoints quantize the linear layers inside
 * the blocks and leave the embedding table and the LM head wide (P.KEPT_HEAD_BITS, BF16 by default:
 * TensorRT Model Optimizer disables every "*lm_head*" quantizer and gives nn.Embedding none;
 * llm-compressor's recipes ignore lm_head; DeepSeek-V3's FP8 and gpt-oss's MXFP4 releases store both
 * in BF16; catalog/models.ts QUANTIZED_HEAD_CITATION). Stored, read and multiplied at that width:
 * the bytes here, the LM head's slower math in headExtraFlopsPerToken.
 */
export function headBits(p: Float64Array): number {
  return keptWidth(p, P.KEPT_HEAD_BITS)
}

/** The embedding table's and the LM head's width over the weights' (1 where none is kept wider). */
function headWidthRatio(p: Float64Array): number {
  return headBits(p) / p[P.WEIGHT_BITS]!
}

/**
 * Bytes of all weights held in memory by a group whose layers beside the routed experts are held
 * `copies` times (kernel/collectives.ts dataParallelRanks: n under data-parallel attention, else 1).
 */
export function storedWeightBytes(p: Float64Array, copies = 1): number {
  const head = headWidthRatio(p)
  const all = weightBytes(
    alwaysActiveStoredParams(p),
    p[P.EXPERT_PARAMS]!,
    p[P.MOE_LAYERS]!,
    p[P.EXPERTS]!,
    p[P.EMBEDDING_PARAMS]! * head,
    p[P.LM_HEAD_PARAMS]! * head,
    p[P.LM_HEAD_TIED]!,
    p[P.PARAM_SCALE]!,
    p[P.WEIGHT_BITS]!,
  )
  return copies > 1 ? all + (copies - 1) * replicatedWeightBytes(p) : all
}

/**
 * Bytes of the embedding table and the LM head (one matrix where they are tied) held `copies` times,
 * at their width (headBits).
 */
function headStoredBytes(p: Float64Array, copies: number): number {
  const head = p[P.LM_HEAD_TIED]! > 0 ? 0 : p[P.LM_HEAD_PARAMS]!
  return (copies * (p[P.EMBEDDING_PARAMS]! + head) * p[P.PARAM_SCALE]! * headBits(p)) / 8
}

/**
 * Bytes of the ends a pass reads, held `copies` times: the LM head (the tied table where they share
 * one), every pass. An embedding lookup reads only its tokens' rows (a few kilobytes each: not
 * counted), not the table: engine-model.md §3 counts the whole table in W_touched, which charged
 * every decode step of Llama 3.1 8B 1.05 GB it does not move in BF16, 0.5 GB in FP8.
 */
function headReadBytes(p: Float64Array, copies: number): number {
  return (copies * p[P.LM_HEAD_PARAMS]! * p[P.PARAM_SCALE]! * headBits(p)) / 8
}

/**
 * What a wide LM head adds to a token's linear work on the linear layers' compute roof, FLOP (as
 * keptAttentionExtraFlopsPerToken for attention): its 2 × params FLOPs run at the head format's peak.
 * Once per generated (or verified) token, and once per prompt, at its last position.
 */
export function headExtraFlopsPerToken(p: Float64Array): number {
  return wideMathExtraFlops(p, headBits(p), p[P.LM_HEAD_PARAMS]! * p[P.PARAM_SCALE]!)
}

/**
 * Bytes of the weights beside the routed experts: attention, dense and shared-expert FFNs, the
 * embedding and the LM head. What every rank holds under data-parallel attention.
 */
export function replicatedWeightBytes(p: Float64Array): number {
  const head = headWidthRatio(p)
  return weightBytes(
    alwaysActiveStoredParams(p),
    0,
    0,
    0,
    p[P.EMBEDDING_PARAMS]! * head,
    p[P.LM_HEAD_PARAMS]! * head,
    p[P.LM_HEAD_TIED]!,
    p[P.PARAM_SCALE]!,
    p[P.WEIGHT_BITS]!,
  )
}

/**
 * Software maturity (serving.stack). A tuned stack (TensorRT-LLM, vLLM or SGLang with their FP8/FP4
 * GEMMs, as every measurement the derates were fitted on ran) reads weights at their stored width and
 * multiplies at the format's own peak. A generic stack (plain framework code) has no fused kernel for
 * a format below 16 bits: it stores the weights narrow but dequantises them and multiplies in BF16,
 * so it moves and computes as much as BF16 does. Our H200 in plain PyTorch (data/gpu-calibration,
 * docs/validation.md §3) measured FP8 at 0.87–1.14× the BF16 time in decode and prefill where the
 * format's own kernels would give about 0.5×. Those six pairs are what this rule was read from, so
 * they are in-sample for it; grade M.
 *
 * SERVING_STACK_GENERIC is the share g of low-bit work that runs on generic kernels: 1 for a generic
 * stack, 0 for a tuned one, in between while the compiler-stack lever brings a generic stack's
 * kernels up to date (levers/catalog.ts). Bytes and math time mix linearly in g. The same share sets
 * the kernels a layer launches, 6 tuned to 23 generic (physics/kernels.ts): a generic stack also lacks
 * the fusions, so the compiler-stack lever lowers both the count (through g) and the time per boundary.
 */
const GENERIC_STACK_BITS = 16

/** How many times the stored bytes of weights `bits` wide a pass streams: 1, up to 16 ÷ bits on a generic stack. */
function streamFactorAt(p: Float64Array, bits: number): number {
  const generic = p[P.SERVING_STACK_GENERIC]!
  return generic > 0 && bits < GENERIC_STACK_BITS
    ? 1 + generic * (GENERIC_STACK_BITS / bits - 1)
    : 1
}

/** streamFactorAt for the weights' own format. */
function streamFactor(p: Float64Array): number {
  return streamFactorAt(p, p[P.WEIGHT_BITS]!)
}

/**
 * Bytes of the attention projections kept wider than the weights (keptAttentionBits), held `copies`
 * times (data-parallel attention); 0 where none are. A generic stack streams them at their own
 * width's factor, not the narrow weights': everything it streams is 16 bits wide.
 */
function keptAttentionBytes(p: Float64Array, copies: number): number {
  const kept = keptAttentionBits(p)
  if (!(kept > p[P.WEIGHT_BITS]!)) return 0
  const attention = p[P.ALWAYS_ACTIVE_PARAMS]! * p[P.KEPT_ATTENTION_SHARE]! * p[P.PARAM_SCALE]!
  return (copies * attention * kept) / 8
}

/**
 * The weights a pass reads, prepared: every stored weight except the routed experts its tokens do
 * not use (W_touched of engine-model.md §3; W for a dense model), as wide as the stack streams them.
 * What does not depend on the tokens is prepared once per stage (decode.ts and prefill.ts keep one
 * each), so the batch search's many questions cost a few operations and one exponential each
 * instead of re-reading a dozen parameters; weightsReadWith answers them.
 */
export interface WeightsReadModel {
  /** How many times the stored bytes a pass streams (streamFactor). */
  stream: number
  /** Every stored weight a pass streams but the kept-wide attention and the ends (keptRead), bytes. */
  stored: number
  /**
   * What a pass reads at its own width: the kept-wide attention projections and the LM head, as the
   * stack streams them, bytes.
   */
  keptRead: number
  /**
   * Of keptRead, the LM head as a pass streams it, bytes: a draft pass reads it whole beside one
   * layer's share of the rest (kernel/decode.ts draftWeightBytes).
   */
  headRead: number
  /** Routed experts per MoE layer (0: dense). */
  experts: number
  /** Experts each token picks. */
  perToken: number
  /** ln(1 − perToken / experts): the chance a token misses an expert, as a logarithm. */
  logMiss: number
  /** Bytes of one routed expert over every MoE layer. */
  expertBytes: number
  /** Ranks the routed experts are spread over (expert parallelism), 1 when split or dense. */
  expertRanks: number
  /**
   * Blom's z for the largest of the ranks that hold the most experts (physics/routing.ts
   * fullestRanks: all of expertRanks where they divide the experts); 0 for one rank.
   */
  expertRankZ: number
  /**
   * The last answer of weightsReadWith and its token count (NaN: none since the fields above were
   * set). A plan's evaluation asks for the same batch several times in a row (the step, its totals,
   * its power-limit throttle), and each answer of a mixture of experts costs an exponential.
   */
  lastTokens: number
  lastRead: number
}

export function emptyWeightsRead(): WeightsReadModel {
  return {
    stream: 0,
    stored: 0,
    keptRead: 0,
    headRead: 0,
    experts: 0,
    perToken: 0,
    logMiss: 0,
    expertBytes: 0,
    expertRanks: 1,
    expertRankZ: 0,
    lastTokens: Number.NaN,
    lastRead: 0,
  }
}

/** Copy a prepared weights-read model. */
export function copyWeightsRead(from: WeightsReadModel, into: WeightsReadModel): void {
  into.stream = from.stream
  into.stored = from.stored
  into.keptRead = from.keptRead
  into.headRead = from.headRead
  into.experts = from.experts
  into.perToken = from.perToken
  into.logMiss = from.logMiss
  into.expertBytes = from.expertBytes
  into.expertRanks = from.expertRanks
  into.expertRankZ = from.expertRankZ
  into.lastTokens = from.lastTokens
  into.lastRead = from.lastRead
}

/**
 * Fill `into` with the token-independent inputs of the weights read for `p`, the layers beside the
 * experts held `copies` times (storedWeightBytes); returns it.
 */
export function prepareWeightsRead(
  p: Float64Array,
  into: WeightsReadModel,
  copies = 1,
  tensor = 1,
): WeightsReadModel {
  const experts = p[P.EXPERTS]!
  const perToken = p[P.EXPERTS_PER_TOKEN]!
  into.stream = streamFactor(p)
  const kept = keptAttentionBytes(p, copies)
  into.stored = storedWeightBytes(p, copies) - kept - headStoredBytes(p, copies)
  into.headRead = streamFactorAt(p, headBits(p)) * headReadBytes(p, copies)
  into.keptRead = (kept > 0 ? streamFactorAt(p, keptAttentionBits(p)) * kept : 0) + into.headRead
  into.experts = experts
  into.perToken = perToken
  into.logMiss = experts > 0 && perToken < experts ? Math.log(1 - perToken / experts) : 0
  into.expertBytes =
    (p[P.EXPERT_PARAMS]! * p[P.MOE_LAYERS]! * p[P.PARAM_SCALE]! * p[P.WEIGHT_BITS]!) / 8
  const spread = spreadsExperts(p) && tensor > 1 && experts > perToken && perToken > 0
  into.expertRanks = spread ? Math.min(tensor, experts) : 1
  into.expertRankZ = spread ? expertRankQuantile(fullestRanks(experts, into.expertRanks)) : 0
  into.lastTokens = Number.NaN
  return into
}

/**
 * The weights a pass over `tokens` tokens reads as its memory TIME sees them: with the routed experts
 * spread over r ranks (expert parallelism), each MoE layer lasts as long as the rank that reads the
 * most touched experts, so the group's expert bytes count as r × the busiest rank's
 * (physics/routing.ts busiestRankTouchedExperts). Equal to weightsReadWith otherwise. The bytes
 * moved (energy) stay weightsReadWith's.
 */
export function weightsReadTimeWith(w: WeightsReadModel, tokens: number): number {
  const read = weightsReadWith(w, tokens)
  if (!(w.expertRanks > 1)) return read
  const touched = w.experts - untouchedExperts(w, tokens)
  const busiest = busiestRankTouchedExperts(w.experts, w.expertRanks, touched, w.expertRankZ)
  const excess = w.expertRanks * busiest - touched
  return excess > 0 ? read + w.stream * excess * w.expertBytes : read
}

/**
 * Weights read by a pass over `tokens` tokens from a prepared model: all stored weights but the
 * routed experts no token picks, E (1 − k/E)^T of them (physics/memory.ts expertsTouched).
 */
export function weightsReadWith(w: WeightsReadModel, tokens: number): number {
  if (tokens === w.lastTokens) return w.lastRead
  const read = w.stream * (w.stored - untouchedExperts(w, tokens) * w.expertBytes) + w.keptRead
  w.lastTokens = tokens
  w.lastRead = read
  return read
}

/** Expected routed experts per layer that `tokens` tokens leave untouched. */
function untouchedExperts(w: WeightsReadModel, tokens: number): number {
  const experts = w.experts
  if (experts <= 0 || w.perToken >= experts) return 0
  return experts - expertsTouchedFromLog(experts, w.logMiss, tokens)
}

/**
 * The weights read as the engine-model spec writes them, term by term (tests compare the two), less
 * the embedding table, which a lookup does not stream (headReadBytes).
 */
export function weightsReadBySpec(p: Float64Array, tokens: number): number {
  const kept = keptAttentionBytes(p, 1)
  return (
    streamFactorAt(p, keptAttentionBits(p)) * kept +
    streamFactorAt(p, headBits(p)) * headReadBytes(p, 1) +
    streamFactor(p) *
      (storedWeightBytes(p) -
        kept -
        headStoredBytes(p, 1) -
        untouchedExpertBytes(
          p[P.EXPERT_PARAMS]!,
          p[P.MOE_LAYERS]!,
          p[P.EXPERTS]!,
          p[P.EXPERTS_PER_TOKEN]!,
          p[P.PARAM_SCALE]!,
          p[P.WEIGHT_BITS]!,
          tokens,
        ))
  )
}

/**
 * Peak FLOP/s of one accelerator at the format the math runs in (the wider of weights and
 * activations). On generic kernels (share g) the math runs at 16 bits: the time per FLOP mixes the
 * two peaks, 1 / ((1 − g) / peak + g / peak16).
 */
export function mathPeak(p: Float64Array): number {
  return peakAtBits(p, mathBits(p[P.WEIGHT_BITS]!, p[P.ACTIVATION_BITS]!))
}

/** Peak FLOP/s of one accelerator for math at `bits`, on the scenario's serving stack. */
function peakAtBits(p: Float64Array, bits: number): number {
  const peak = mathPeakFlops(bits, p[P.PEAK_16_FLOPS]!, p[P.PEAK_8_FLOPS]!, p[P.PEAK_4_FLOPS]!)
  const generic = p[P.SERVING_STACK_GENERIC]!
  if (!(generic > 0) || bits >= GENERIC_STACK_BITS) return peak
  const peak16 = mathPeakFlops(
    GENERIC_STACK_BITS,
    p[P.PEAK_16_FLOPS]!,
    p[P.PEAK_8_FLOPS]!,
    p[P.PEAK_4_FLOPS]!,
  )
  return 1 / ((1 - generic) / peak + generic / peak16)
}

/**
 * Attention's share of the linear layers' compute roof (≤ 1): its math runs in the wider of the
 * activation and KV-cache formats and never below 8 bits (physics/precision.ts attentionMathBits),
 * so with FP4 weights and activations it runs at the FP8 peak, and with a BF16 KV cache at BF16.
 * Energy per FLOP follows the format's peak (physics/precision.ts picojoulesPerFlop), so an
 * attention FLOP costs 1 / share of a linear one (energy.ts).
 */
export function attentionRoofShare(p: Float64Array): number {
  const linearBits = mathBits(p[P.WEIGHT_BITS]!, p[P.ACTIVATION_BITS]!)
  const bits = attentionMathBits(p[P.ACTIVATION_BITS]!, p[P.KV_BITS]!)
  if (bits <= linearBits) return 1
  return peakAtBits(p, bits) / peakAtBits(p, linearBits)
}

/** Compute roof of an n-accelerator group, FLOP/s. */
export function computeRoof(p: Float64Array, n: number): number {
  return n * mathPeak(p) * p[P.EFF_COMPUTE]! * (1 - p[P.DESIGN_MISMATCH]!)
}

/** Memory-bandwidth roof of an n-accelerator group, bytes/s. */
export function memoryRoof(p: Float64Array, n: number): number {
  return n * p[P.MEMORY_BANDWIDTH_BPS]! * p[P.EFF_MEMORY]! * (1 - p[P.DESIGN_MISMATCH]!)
}

/**
 * The kernel boundaries of one forward pass (a decode step or a prefill pass), s (physics/kernels.ts).
 * A routed mixture of experts adds its layers' extra kernels; a dense FFN packed as one expert does not;
 * multi-head latent attention adds its projections' kernels.
 *
 * Power: a boundary lasts microseconds, far shorter than a chip's clock and voltage control acts on,
 * so the chip draws through it what it draws while its kernels run. The power limit and the energy
 * therefore treat boundary time as working time (plan.ts decodeThrottle, energy.ts writeEnergy), not
 * as the static-power time of the step overhead (the host scheduling, the chip waiting).
 */
export function passBoundarySeconds(p: Float64Array): number {
  const experts = p[P.EXPERTS]!
  const routed = experts > 1 && p[P.EXPERTS_PER_TOKEN]! < experts
  return boundarySecondsOf(
    p[P.KERNEL_BOUNDARY_S]!,
    Math.max(1, p[P.LAYERS]!),
    routed ? p[P.MOE_LAYERS]! : 0,
    p[P.SERVING_STACK_GENERIC]!,
    p[P.MLA_LAYERS]!,
  )
}

/** Fixed time of one forward pass besides its work, s: the step overhead (scheduling, sampling) and its kernel boundaries. */
export function passFixedSeconds(p: Float64Array): number {
  return p[P.STEP_OVERHEAD_S]! + passBoundarySeconds(p)
}

/**
 * Fixed time of one draft pass (speculative decoding) besides its collectives, s: the step overhead (an
 * upper bound: kernel/decode.ts) and the kernel boundaries of the one decoder layer it runs.
 */
export function draftPassFixedSeconds(p: Float64Array): number {
  return p[P.STEP_OVERHEAD_S]! + passBoundarySeconds(p) / Math.max(1, p[P.LAYERS]!)
}

export const BOUND_COMPUTE = 0
export const BOUND_MEMORY = 1
export const BOUND_COMMUNICATION = 2
export const BOUND_OVERHEAD = 3

/** The largest of the four times names the bound (ties go to the earlier). */
export function boundOf(
  computeS: number,
  memoryS: number,
  commS: number,
  overheadS: number,
): number {
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

/**
 * Collective communication of one forward pass over an n-accelerator group, for prefill and decode
 * alike: two all-reduces per dense layer (after attention and after the FFN, Megatron-style tensor
 * parallelism); MoE layers swap the FFN all-reduce for an all-to-all dispatch and combine of the
 * tokens' hidden states to the experts' owners; data-parallel attention leaves only the all-to-all. Every collective is alpha + bytes / bandwidth
 * (physics/communication.ts), so a pass of T tokens costs fixed + T x perToken.
 */
import { BITS_PER_BYTE } from '../constants'
import { ATTENTION_CODE, P } from '../params'
import {
  allReduceBytesPerAccelerator,
  allReduceSeconds,
  allToAllSeconds,
  collectiveBandwidth,
  collectiveLatency,
} from '../physics/communication'

/** Time and traffic of one pass's collectives, affine in the tokens of the pass. */
export interface PassCollectives {
  /** Latency of every collective of the pass, s. */
  readonly fixedSeconds: number
  /** Bandwidth time per token of the pass, s. */
  readonly secondsPerToken: number
  /** Bytes on the links per token of the pass, all accelerators together. */
  readonly linkBytesPerToken: number
}

/** Bits per element of a reduced activation (BF16 partial outputs), whatever the GEMM format. */
export const COLLECTIVE_OUTPUT_BITS = 16
/** The narrowest format an MoE dispatch travels in (FP8, DeepSeek-V3 §3.3). */
export const MIN_DISPATCH_BITS = 8

const NONE: PassCollectives = { fixedSeconds: 0, secondsPerToken: 0, linkBytesPerToken: 0 }

/** A mixture of experts whose experts are spread over the group (expert parallelism), not split across it. */
export function spreadsExperts(p: Float64Array): boolean {
  return p[P.EXPERTS]! > 1 && p[P.EXPERTS_TENSOR_SPLIT] !== 1
}

/**
 * How many times an n-accelerator group holds (and reads) the KV cache of its sequences.
 *
 * Attention split by query heads (tensor parallel) gives each accelerator the KV heads its query
 * heads read: with more accelerators than KV heads every KV head is held by several of them, and a
 * multi-head latent attention cache (one latent per token, shared by all heads) by every one. vLLM's
 * QKVParallelLinear keeps tp_size / num_key_value_heads replicas of each KV head when the GPUs
 * outnumber them (vllm/model_executor/layers/linear.py); for DeepSeek's MLA the LMSYS SGLang v0.4
 * post (Dec 2024) gives the duplicated KV cache as why it added data-parallel attention. With
 * ceil(h / n) heads on each of n accelerators the group holds n ceil(h / n) / h copies: 1 when n
 * divides the h heads, n / h when n > h. For a width that neither divides nor is a multiple of h
 * (3 or 12 accelerators for 8 heads, which vLLM and TensorRT-LLM refuse but the search may try on a
 * larger domain) it is the fullest accelerator's load, the one that binds, times n.
 *
 * All three stacks attend tensor-parallel by default; data-parallel attention (each accelerator
 * attends its own sequences, the cache held once) is their high-throughput option for a mixture of
 * experts: SGLang --enable-dp-attention, TensorRT-LLM enable_attention_dp, vLLM --data-parallel-size
 * with --enable-expert-parallel. Where a mixture of experts is spread over the group (wide expert
 * parallelism, kernel/search.ts), serving.attentionParallelism sets it, or under "auto" the plan's
 * evaluation tries both (kernel/plan.ts evaluatePlan); `tensorAttention` is the choice (default:
 * what the parameters hold, "tensor" or not). Dense layers and experts split across the group
 * attend tensor-parallel. What data-parallel attention costs (replicated weights, unsplit
 * sequences) is in dataParallelRanks.
 */
export function kvCopies(
  p: Float64Array,
  n: number,
  tensorAttention: boolean = p[P.ATTENTION_TENSOR_PARALLEL] === 1,
): number {
  const heads = p[P.KV_HEADS]!
  if (!(heads >= 1) || n <= 1) return 1
  if (spreadsExperts(p) && !tensorAttention) return 1
  return (n * Math.ceil(heads / n)) / heads
}

/**
 * Whether a tensor-parallel group of `tensor` accelerators can split the attention heads as serving
 * stacks do: vLLM's and TensorRT-LLM's attention layers require the query heads to divide evenly over
 * the group, and the KV heads too, or the group to be a multiple of them, each then replicated
 * (vLLM QKVParallelLinear; Megatron-LM, Shoeybi et al. 2019, §3). Where the stack pads heads
 * (P.EVEN_HEAD_SPLIT 0) any group splits them. Only a plan whose attention is split by heads needs
 * it: data-parallel attention (a spread mixture of experts) attends whole sequences on each rank.
 */
export function splitsHeadsEvenly(p: Float64Array, tensor: number): boolean {
  if (!(tensor > 1) || !(p[P.EVEN_HEAD_SPLIT]! > 0)) return true
  if (p[P.ATTENTION_HEADS]! % tensor !== 0) return false
  const kv = p[P.KV_HEADS]!
  return !(kv > 0) || kv % tensor === 0 || tensor % kv === 0
}

/**
 * Whether a plan of `tensor` accelerators leaves its attention to the engine: a mixture of experts
 * spread over more than one accelerator under serving.attentionParallelism "auto", which the plan's
 * evaluation (plan.ts evaluatePlan) and the frontier's sweep (frontier.ts) try both ways.
 */
export function attentionLeftToEngine(p: Float64Array, tensor: number): boolean {
  return p[P.ATTENTION_TENSOR_PARALLEL] === ATTENTION_CODE.auto && tensor > 1 && spreadsExperts(p)
}

/**
 * Attention runs data-parallel: a mixture of experts spread over its group, unless the scenario says
 * its attention is tensor-parallel (serving.attentionParallelism "tensor").
 */
export function attentionDataParallel(p: Float64Array): boolean {
  return spreadsExperts(p) && p[P.ATTENTION_TENSOR_PARALLEL] !== 1
}

/**
 * How many of an n-accelerator group's ranks run the layers beside the routed experts each on their
 * own sequences: n under data-parallel attention, else 1 (one tensor-parallel group).
 *
 * Data-parallel attention is not free. Every rank holds and reads its own copy of those layers'
 * weights: attention, the dense and shared-expert FFNs, the embedding and the LM head (TensorRT-LLM
 * with enable_attention_dp builds its DeepSeek-V3 dense and shared-expert MLPs at TP 1 and keeps the
 * LM head whole; SGLang's DP attention likewise replicates the attention weights). A sequence's
 * attention and those layers run on one rank, so with fewer sequences than ranks the rest wait: a
 * step takes as long as max(B, n) sequences at the group's rate (rounding to whole sequences per
 * rank left out), and one prompt's prefill runs on one accelerator. What it saves: no all-reduce
 * (collectives.ts), the KV cache held once (kvCopies), the residual stream normalised once
 * (elementwise.ts).
 */
export function dataParallelRanks(p: Float64Array, n: number): number {
  return n > 1 ? 1 + (n - 1) * dataParallelShare(p) : 1
}

/**
 * How far the layers beside the experts run data-parallel, 0..1: 1 under data-parallel attention
 * with a whole mixture of experts. A partly adopted mixture-of-experts lever ramps it in as log2 of
 * the expert count, as the all-to-all ramps in (expertParallelLayers), so the first per cent of
 * adoption does not switch a dense model's group from tensor- to data-parallel at a stroke.
 */
export function dataParallelShare(p: Float64Array): number {
  return attentionDataParallel(p) ? Math.min(1, Math.log2(p[P.EXPERTS]!)) : 0
}

/**
 * Whether attention splits no heads at all: wholly data-parallel (a spread mixture of experts under
 * data-parallel attention). A partly adopted mixture-of-experts lever ramps data-parallel attention
 * in (dataParallelShare), and below 1 the rest is still split by heads.
 */
export function attentionSplitsNoHeads(p: Float64Array): boolean {
  return dataParallelShare(p) >= 1
}

/**
 * MoE layers that route tokens with an all-to-all instead of an FFN all-reduce. A dense FFN is packed
 * as a single expert (no routing); with E experts the routed share ramps in as log2(E) from 1 to 2,
 * so a partly adopted mixture-of-experts lever changes communication smoothly.
 *
 * Experts split by tensor parallelism (P.EXPERTS_TENSOR_SPLIT) route nothing: every accelerator
 * computes its slice of every expert for every token, and the layer ends in an all-reduce like a
 * dense FFN. That is what TensorRT-LLM does unless told otherwise (tensorrt_llm/mapping.py: with
 * neither moe_tp_size nor moe_ep_size given, moe_tp_size = tp_size and moe_ep_size = 1), and vLLM
 * too (expert parallelism is off unless --enable-expert-parallel); grade H for the placement.
 */
export function expertParallelLayers(p: Float64Array): number {
  if (!spreadsExperts(p)) return 0
  const experts = p[P.EXPERTS]!
  return p[P.MOE_LAYERS]! * Math.min(1, Math.log2(experts))
}

type MutablePassCollectives = { -readonly [K in keyof PassCollectives]: PassCollectives[K] }

/** A PassCollectives for passCollectives to fill in place (hot loops that must not allocate). */
export function emptyPassCollectives(): MutablePassCollectives {
  return { ...NONE }
}

/**
 * The collectives of one pass over an n-accelerator tensor/expert-parallel group: a new object, or
 * `into` filled in place.
 */
export function passCollectives(
  p: Float64Array,
  n: number,
  into?: MutablePassCollectives,
): PassCollectives {
  if (n <= 1) {
    if (!into) return NONE
    into.fixedSeconds = 0
    into.secondsPerToken = 0
    into.linkBytesPerToken = 0
    return into
  }
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
  // What crosses the links is not the GEMM input format. A row-parallel GEMM accumulates in FP32 and
  // writes BF16, and the all-reduce sums those BF16 partial outputs (quantising to FP8 happens after
  // the reduction and the norm: TensorRT-LLM AllReduceFusionOp RESIDUAL_RMS_NORM_QUANT_FP8; vLLM and
  // SGLang all-reduce in the model dtype). The MoE dispatch may travel in the activation format but no
  // lower than FP8, and the combine returns BF16 expert outputs (DeepSeek-V3, arXiv 2412.19437 §3.3:
  // "dispatch in FP8 … combine in BF16"). So an FP8 or FP4 model does not halve its collectives.
  const activationBits = p[P.ACTIVATION_BITS]!
  const reduceBytes =
    (p[P.HIDDEN_SIZE]! * Math.max(activationBits, COLLECTIVE_OUTPUT_BITS)) / BITS_PER_BYTE
  const dispatchBytes =
    (p[P.HIDDEN_SIZE]! * Math.max(activationBits, MIN_DISPATCH_BITS)) / BITS_PER_BYTE
  const moeLayers = expertParallelLayers(p)
  // Data-parallel attention runs every layer beside the experts on one rank per sequence: no
  // all-reduce is left, only the experts' all-to-all (dataParallelRanks).
  const allReduces = (1 - dataParallelShare(p)) * (2 * p[P.LAYERS]! - moeLayers)
  // What one accelerator sends in a dispatch and in a combine per token of the pass.
  const share = p[P.EXPERTS_PER_TOKEN]! / n
  const dispatchPerToken = share * dispatchBytes
  const combinePerToken = share * reduceBytes
  const result = into ?? emptyPassCollectives()
  result.fixedSeconds = (allReduces + 2 * moeLayers) * alpha
  result.secondsPerToken =
    allReduces * (allReduceSeconds(reduceBytes, n, bw, alpha) - alpha) +
    moeLayers *
      (allToAllSeconds(dispatchPerToken, n, bw, alpha) -
        alpha +
        allToAllSeconds(combinePerToken, n, bw, alpha) -
        alpha)
  result.linkBytesPerToken =
    n *
    (allReduces * allReduceBytesPerAccelerator(reduceBytes, n) +
      moeLayers * (dispatchPerToken + combinePerToken) * ((n - 1) / n))
  return result
}

/**
 * The on-device dispatch and combine of a mixture-of-experts layer: the memory-bound kernels around
 * the expert GEMMs that sort each token's activations into one copy per chosen expert and, after the
 * experts, sum the copies back with the router's weights. TensorRT-LLM's MoE runs them as
 * expandInputRowsKernel (permute) and finalizeMoeRoutingKernel (un-permute and reduce)
 * (cpp/tensorrt_llm/kernels/mixtureOfExperts/moe_kernels.cu); vLLM's fused_moe gathers the rows by
 * sorted token index and sums the k outputs (moe_sum) the same way. Per token of an MoE layer:
 *
 *   permute:  read the token (h elements), write k copies (k·h), in the activation format the
 *             expert GEMMs read, never below FP8 (DeepSeek-V3, arXiv 2412.19437 §3.3, dispatches in
 *             FP8);
 *   combine:  read the k expert outputs (k·h) and write the token (h), in 16 bits (GEMM outputs
 *             are written in BF16 whatever the GEMM format, as for the collectives).
 *
 * These kernels do no math worth the name, so they run at the memory roof and do not overlap the
 * GEMMs they sit between. Experts split by tensor parallelism (TensorRT-LLM's and vLLM's default)
 * give every rank every token: each rank permutes and combines all of them, full width, so the
 * group moves n times the bytes, a cost that tensor parallelism does not divide (it divides the
 * GEMMs). Spread experts (expert parallelism) permute each token once, on its own rank, before the
 * all-to-all (collectives.ts), and combine it once after.
 *
 * Only the routing kernels are counted: the activations every GEMM reads and writes are not yet in
 * the engine's decode memory traffic for dense layers either, so counting the experts' larger
 * operands here would charge an MoE for traffic a dense model is not charged for.
 */
import { BITS_PER_BYTE } from '../constants'
import { P } from '../params'

import { COLLECTIVE_OUTPUT_BITS, MIN_DISPATCH_BITS, spreadsExperts } from './collectives'

/**
 * Bytes the dispatch and combine kernels move per token of a pass, all ranks of an n-accelerator
 * group together (0 for a dense model).
 */
export function dispatchBytesPerToken(p: Float64Array, n: number): number {
  const experts = p[P.EXPERTS]!
  const k = p[P.EXPERTS_PER_TOKEN]!
  if (!(experts > 1) || !(k < experts)) return 0
  const hidden = p[P.HIDDEN_SIZE]!
  const permuteBytes = Math.max(p[P.ACTIVATION_BITS]!, MIN_DISPATCH_BITS) / BITS_PER_BYTE
  const combineBytes = COLLECTIVE_OUTPUT_BITS / BITS_PER_BYTE
  const perLayer = (1 + k) * hidden * permuteBytes + (k + 1) * hidden * combineBytes
  const ranks = spreadsExperts(p) ? 1 : Math.max(1, n)
  // A dense FFN is packed as one expert; a partly adopted mixture-of-experts lever ramps the routed
  // share in as log2(experts), as the collectives do (collectives.ts expertParallelLayers), so the
  // cost does not jump at the first per cent of adoption.
  const routedLayers = p[P.MOE_LAYERS]! * Math.min(1, Math.log2(experts))
  return ranks * routedLayers * perLayer
}

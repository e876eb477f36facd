/**
 * The memory-bound kernels between the GEMMs: what a forward pass moves through memory besides the
 * weights, the KV cache and the GEMMs' own operands, per token of the pass, all ranks of an
 * n-accelerator group together. They do no math worth the name, so they run at the memory roof and
 * do not overlap the GEMMs they sit between.
 *
 *   residual stream: every layer of a pre-norm transformer adds its attention and its FFN output to
 *     the residual stream and normalises it for the next block, twice per layer. The stacks run each
 *     as one fused kernel that reads the block's output and the residual and writes both back: the
 *     new residual and its normalised copy (vLLM fused_add_rms_norm, csrc/layernorm_kernels.cu;
 *     TensorRT-LLM's residual + RMSNorm, fused into its all-reduce where it can be): three vectors of
 *     the hidden size in 16 bits and the normalised one in the format the next GEMM reads, never
 *     below 8 bits (as the dispatch, collectives.ts MIN_DISPATCH_BITS).
 *   logits: the LM head writes one score per vocabulary entry for every generated token in 32 bits
 *     (TensorRT-LLM logits_dtype float32; vLLM's sampler casts to float32), and the sampler reads
 *     them back: 2 × vocabulary × 4 bytes per generated token. Prefill scores only the last position
 *     of a prompt, left out there (one token beside the prompt's).
 *   mixture of experts: the permute and combine around the experts (dispatch.ts).
 *
 * Tensor parallelism does not divide any of this: every rank of a tensor-parallel group holds every
 * token's full hidden state after the all-reduce and normalises it itself (inference stacks do not
 * shard the residual stream: that is training's sequence parallelism), and every rank samples from
 * the gathered logits (TensorRT-LLM gathers them to all ranks). So the group moves n times a rank's
 * bytes, and the time per token stays what it is on one accelerator while the GEMMs' time falls as
 * 1/n: one reason the gain from a larger group shrinks. Data-parallel attention beside spread experts
 * keeps each token on its own rank, counted once. On SRAM dataflow parts the same bytes move at the
 * on-chip bandwidth their memory roof already is.
 */
import { BITS_PER_BYTE } from '../constants'
import { P } from '../params'

import { COLLECTIVE_OUTPUT_BITS, dataParallelShare, MIN_DISPATCH_BITS } from './collectives'
import { dispatchBytesPerToken } from './dispatch'

/** Fused residual-add + RMSNorm kernels per layer (before attention, before the FFN). */
export const NORMS_PER_LAYER = 2
/** Bits per logit the LM head writes and the sampler reads (float32). */
export const LOGIT_BITS = 32

/**
 * Ranks that hold each token's hidden state: all n unless attention is data-parallel, ramping with
 * a partly adopted mixture-of-experts lever as the rest of data-parallel attention does
 * (collectives.ts dataParallelShare).
 */
function ranksHoldingEachToken(p: Float64Array, n: number): number {
  if (n <= 1) return 1
  return n - (n - 1) * dataParallelShare(p)
}

/** Bytes the residual-add + RMSNorm kernels move per token of a pass, all ranks together. */
export function residualStreamBytesPerToken(p: Float64Array, n: number): number {
  const normedBits = Math.max(p[P.ACTIVATION_BITS]!, MIN_DISPATCH_BITS)
  const perNorm = (p[P.HIDDEN_SIZE]! * (3 * COLLECTIVE_OUTPUT_BITS + normedBits)) / BITS_PER_BYTE
  return ranksHoldingEachToken(p, n) * NORMS_PER_LAYER * p[P.LAYERS]! * perNorm
}

/** Bytes the logits move per generated token (written by the LM head, read by the sampler), all ranks. */
export function logitsBytesPerToken(p: Float64Array, n: number): number {
  const hidden = p[P.HIDDEN_SIZE]!
  if (!(hidden > 0)) return 0
  const vocabulary = p[P.LM_HEAD_PARAMS]! / hidden
  return (ranksHoldingEachToken(p, n) * 2 * vocabulary * LOGIT_BITS) / BITS_PER_BYTE
}

/** Per token of a prefill pass: the residual stream and any expert dispatch, all ranks together. */
export function prefillElementwiseBytesPerToken(p: Float64Array, n: number): number {
  return residualStreamBytesPerToken(p, n) + dispatchBytesPerToken(p, n)
}

/** Per token a decode step verifies: the same and the logits of that token. */
export function decodeElementwiseBytesPerToken(p: Float64Array, n: number): number {
  return prefillElementwiseBytesPerToken(p, n) + logitsBytesPerToken(p, n)
}

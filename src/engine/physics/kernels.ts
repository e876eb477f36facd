/**
 * Kernel boundaries: the fixed time a forward pass pays per kernel it launches, whatever the batch.
 *
 * A serving stack runs each decoder layer as a handful of kernels (norm, QKV GEMM, rotary and KV
 * write, attention, output GEMM, MLP GEMMs and activation). Every kernel boundary costs time in which
 * no weight streams: the launch gap between kernels (small with CUDA graphs, not zero), the ramp
 * until enough loads are in flight to saturate memory, and the tail where the last thread blocks
 * leave most of the chip idle. At batch 1 a memory-bound step is short enough that this is a large
 * share of it: vLLM and SGLang use at most about 50 % of an H100's bandwidth on Llama-3.2-1B at
 * batch 1, against 78 % for one kernel that has no boundaries (Spector, Juravsky et al., "Look Ma,
 * No Bubbles! Designing a Low-Latency Megakernel for Llama-1B", Hazy Research, 27 May 2025; grade M).
 *
 *   pass fixed time = t_boundary × (layers × kernels per layer + MoE layers × extra MoE kernels
 *                                   + MLA layers × extra MLA kernels)
 *
 * t_boundary is measured on our H200 (validation/fit-kernel.ts: decode steps of two model shapes,
 * CUDA graphs, batch 1 and 8) and is a family default (catalog/families.ts): GPUs launch kernels;
 * chips that run a whole step as one compiled, statically scheduled program (TPU, Trainium,
 * Inferentia, the SRAM dataflow parts) get 0, which is optimistic at small batch and says so in
 * their source. Gaudi 3 and user-defined parts (family "custom") keep the GPU value: launches are
 * the safer assumption where nothing says otherwise. The kernel counts are per stack (below). The per-step costs
 * that do not scale with the layers (sampling, scheduling, the LM head's launch) stay in the step
 * overhead fitted with the derates.
 */

/**
 * Kernels per decoder layer on a tuned serving stack: about a hundred kernels for the 16 layers of
 * Llama-3.2-1B in vLLM and SGLang (Hazy Research, above), embedding, final norm, LM head and sampling
 * included, so about 6 per layer (grade M).
 */
export const KERNELS_PER_LAYER_TUNED = 6 // kernels per layer
/**
 * Kernels per decoder layer in plain PyTorch, counted in scripts/gpu/llama_bench.py decode_step:
 * two fused RMSNorms, QKV, rotary on q and on k (negate, concatenate, two multiplies and an add
 * each), two KV-cache copies, attention (SDPA), output projection, two residual adds, gate-up,
 * SiLU, multiply and down projection (grade H for the count of the calls; L for the assumption that
 * rms_norm runs as one kernel in PyTorch 2.11).
 */
export const KERNELS_PER_LAYER_GENERIC = 23 // kernels per layer
/**
 * Kernels a routed mixture-of-experts layer adds to a dense one: the router GEMM, top-k softmax,
 * the token permutation (alignment to expert blocks) and the combine (weighted sum), around grouped
 * GEMMs that take the dense MLP's place (vLLM's fused_moe path: topk_softmax, moe_align_block_size,
 * two fused_moe GEMMs with silu_and_mul between, moe_sum; grade M). Shared experts are left out (they
 * overlap on a second stream: below) and multi-head latent attention's projections are counted
 * apart (EXTRA_KERNELS_PER_MLA_LAYER): a floor, not an estimate.
 */
export const EXTRA_KERNELS_PER_MOE_LAYER = 4 // kernels per MoE layer
/**
 * Kernels multi-head latent attention (DeepSeek-V2/V3, Kimi K2) adds to a layer's attention in
 * decode, beyond the QKV GEMM, rotary and cache write, attention kernel and output GEMM a
 * grouped-query layer launches. Counted in vLLM's MultiHeadLatentAttentionWrapper.forward
 * (vllm/model_executor/layers/mla.py) and its MLA backends' decode path
 * (vllm/v1/attention/backends/mla/common.py): the query path is two GEMMs with an RMSNorm between
 * (fused_qkv_a_proj, q_a_layernorm, q_b_proj: one GEMM and one norm more), the latent gets its own
 * RMSNorm (kv_a_layernorm), and the absorbed up-projections run as two batched GEMMs around the
 * attention kernel (q_nope × W_UK_T before it, × W_UV after it). Five kernels; the transposing
 * copies and concatenations around the batched GEMMs are left out, so a floor (grade M). Prefill
 * runs the unabsorbed path instead (the latent up-projected by kv_b_proj, then ordinary attention):
 * a comparable count, charged the same here. The shared
 * experts of these models are not counted: vLLM runs them on a second CUDA stream beside the routed
 * experts at decode batch sizes (VLLM_SHARED_EXPERTS_STREAM_TOKEN_THRESHOLD, 256 tokens), so their
 * launches overlap the routed experts' rather than adding boundaries.
 */
export const EXTRA_KERNELS_PER_MLA_LAYER = 5 // kernels per MLA layer

/**
 * Fixed time of one forward pass's kernel boundaries, s: `boundarySeconds` per kernel, with the
 * layer's kernels between the tuned and the generic count by `genericShare` (serving.stack, which
 * the compiler-stack lever lowers).
 */
export function passBoundarySeconds(
  boundarySeconds: number,
  layers: number,
  moeLayers: number,
  genericShare: number,
  mlaLayers: number,
): number {
  const perLayer =
    KERNELS_PER_LAYER_TUNED + (KERNELS_PER_LAYER_GENERIC - KERNELS_PER_LAYER_TUNED) * genericShare
  return (
    boundarySeconds *
    (layers * perLayer +
      moeLayers * EXTRA_KERNELS_PER_MOE_LAYER +
      mlaLayers * EXTRA_KERNELS_PER_MLA_LAYER)
  )
}

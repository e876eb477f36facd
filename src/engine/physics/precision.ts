/**
 * Math throughput and energy per FLOP as a function of number format width.
 *
 * Matrix math runs at the peak of the wider of the weight and activation formats (engine-model.md §2):
 * W4A16 computes at the fp16 peak, W8A8 at the 8-bit peak. Fractional widths appear when a lever
 * is partly adopted (a fleet where some share of traffic runs at the lower precision); the peak is
 * then interpolated geometrically between the bracketing formats, which is the throughput-weighted
 * mean of a traffic mix in log space.
 */

/** Peak FLOP/s at a math width of `bits`, given the 16-, 8- and 4-bit peaks (FLOP/s). */
export function mathPeakFlops(bits: number, peak16: number, peak8: number, peak4: number): number {
  const m = lastPeak
  if (m.bits === bits && m.peak16 === peak16 && m.peak8 === peak8 && m.peak4 === peak4)
    return m.flops
  let flops: number
  if (bits >= 16)
    flops = peak16 * (16 / bits) // fp32 and wider: proportionally slower
  else if (bits >= 8) flops = peak16 * Math.pow(peak8 / peak16, Math.log2(16 / bits))
  else if (bits >= 4) flops = peak8 * Math.pow(peak4 / peak8, Math.log2(8 / bits))
  else flops = peak4
  m.bits = bits
  m.peak16 = peak16
  m.peak8 = peak8
  m.peak4 = peak4
  m.flops = flops
  return flops
}

/**
 * One-entry memo of mathPeakFlops: a plan's evaluation asks for the same peak several times (the
 * compute roof, attention's share of it, the draft's and the power limit's roofs), each a pow and a
 * log2, about a twentieth of the Monte Carlo's time. The function is pure, so the memo cannot change
 * a result.
 */
const lastPeak = {
  bits: Number.NaN,
  peak16: Number.NaN,
  peak8: Number.NaN,
  peak4: Number.NaN,
  flops: 0,
}

/**
 * Narrowest format attention's matrix math (Q·Kᵀ and P·V, with the softmax between them) runs in,
 * bits. Shipping serving stacks run their attention kernels in BF16 or FP8 whatever the weights'
 * format: TensorRT-LLM's NVFP4 checkpoints quantise the linear layers to FP4 and run the fused
 * attention (FMHA / XQA) in FP8 with an FP8 KV cache (TensorRT-LLM documentation, "Numerical
 * precision": FP8 context FMHA, FP8 KV cache; the MLPerf NVFP4 submissions pair FP4 weights with
 * FP8 KV); vLLM and SGLang attention backends (FlashAttention, FlashInfer) take BF16 or FP8 inputs.
 * 4-bit attention exists only as research kernels (SageAttention3, arXiv 2505.11594, 2025; grade L
 * for production use). Grade M.
 */
export const MIN_ATTENTION_BITS = 8 // bits

/**
 * Width attention's math runs in: Q comes in the activation format and K, V in the KV-cache
 * format, so the wider of the two, and never below MIN_ATTENTION_BITS.
 */
export function attentionMathBits(activationBits: number, kvBits: number): number {
  const wider = activationBits > kvBits ? activationBits : kvBits
  return wider > MIN_ATTENTION_BITS ? wider : MIN_ATTENTION_BITS
}

/** Width at which matrix math runs: the wider of weights and activations, bits. */
export function mathBits(weightBits: number, activationBits: number): number {
  return weightBits > activationBits ? weightBits : activationBits
}

/**
 * Energy per FLOP at a given peak, pJ. A chip spends about the same power at its peak in any format
 * (the narrower datapath does more operations per joule), so energy per FLOP scales inversely with
 * the format's peak: pJ(bits) = pJ16 x peak16 / peak(bits).
 */
export function picojoulesPerFlop(pj16: number, peak16: number, peakAtBits: number): number {
  return (pj16 * peak16) / peakAtBits
}

/**
 * Narrowest weight and KV-cache width a lever may reach, bits. 4-bit floating point (E2M1) is the
 * narrowest element format with shipping hardware support and published accuracy:
 * - the OCP Microscaling Formats (MX) Specification v1.0 (2023) defines MXFP4 (E2M1, 32-element
 *   blocks) as its narrowest type;
 * - NVIDIA Blackwell runs NVFP4 (E2M1, 16-element blocks, FP8 scales) natively, with < 1 % accuracy
 *   loss against FP8 on DeepSeek-R1 and Llama 3 (developer.nvidia.com/blog/introducing-nvfp4-for-
 *   efficient-and-accurate-low-precision-inference, June 2025);
 * - 4-bit KV caches ship as NVFP4 KV in TensorRT Model Optimizer, < 1 % accuracy loss (developer.
 *   nvidia.com/blog/optimizing-inference-for-long-context-and-large-batch-sizes-with-nvfp4-kv-cache,
 *   Dec 2025).
 * Sub-4-bit schemes (2-bit KV in KIVI, ICML 2024; ternary BitNet b1.58) have no hardware format and
 * run through software dequantisation, so they are outside what the engine models as a format.
 */
export const MIN_STORED_BITS = 4 // bits per weight or KV-cache element

/**
 * Narrowest activation width a lever may reach on a chip, bits. Activations feed the matrix units,
 * so they are only worth narrowing to a width the chip computes in: 4 bits where it has 4-bit math
 * (its 4-bit peak exceeds its 8-bit peak: Blackwell NVFP4, MI355X MXFP4), otherwise 8 bits (W8A8
 * FP8/INT8 is shipping and near-lossless: Kurtic et al., ACL 2025). `peak8` and `peak4` are the
 * packed peaks, where a chip without 4-bit math carries its 8-bit peak in the 4-bit slot (pack.ts).
 */
export function minActivationBits(peak8: number, peak4: number): number {
  return peak4 > peak8 ? 4 : 8
}

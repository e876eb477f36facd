/**
 * Memory footprint: weight bytes, KV-cache bytes, experts touched, and the largest batch that fits.
 * Sources: engine-model.md §3 (capacity formula); PagedAttention (Kwon et al., SOSP 2023) for KV
 * sharing of common prefixes and <4 % allocation waste.
 */

/**
 * Expected number of distinct routed experts a layer touches when `tokens` tokens each pick
 * `perToken` of `experts` uniformly: E x (1 - (1 - k/E)^T). Dense models (experts = 0) touch none.
 */
export function expertsTouched(experts: number, perToken: number, tokens: number): number {
  if (experts <= 0) return 0
  // One expert that every token uses (a dense FFN) is always touched; skip the power.
  if (perToken >= experts) return experts
  const missProbability = 1 - perToken / experts
  // (1 - k/E)^T = exp(T ln(1 - k/E)); the logarithm is memoised because the batch search asks for
  // many T with the same experts.
  if (missProbability !== lastMiss.probability) {
    lastMiss.probability = missProbability
    lastMiss.log = Math.log(missProbability)
  }
  return expertsTouchedFromLog(experts, lastMiss.log, tokens)
}

/**
 * expertsTouched for 0 < perToken < experts, given ln(1 − perToken/experts): for a caller that
 * prepares the logarithm once (kernel/replica.ts prepareWeightsRead).
 */
export function expertsTouchedFromLog(experts: number, logMiss: number, tokens: number): number {
  const exponent = tokens * logMiss
  // exp underflows to exactly 0 below about -745.13 (IEEE double): a prefill pass over thousands
  // of tokens touches every expert, and the exponential call is skipped with the same result.
  if (exponent < EXP_UNDERFLOW) return experts
  return experts * (1 - Math.exp(exponent))
}

/** Below this, Math.exp returns exactly 0 (its smallest subnormal result is exp(-745.13)). */
const EXP_UNDERFLOW = -746

/** One-entry memo of ln(1 - k/E) for expertsTouched (pure, so caching cannot change results). */
const lastMiss = { probability: Number.NaN, log: 0 }

/** Bytes of all weights held in memory. */
export function weightBytes(
  alwaysActiveParams: number,
  expertParams: number,
  moeLayers: number,
  experts: number,
  embeddingParams: number,
  lmHeadParams: number,
  lmHeadTied: number,
  paramScale: number,
  weightBits: number,
): number {
  const lmHeadStored = lmHeadTied > 0 ? 0 : lmHeadParams
  const params =
    (alwaysActiveParams + expertParams * moeLayers * experts + embeddingParams + lmHeadStored) *
    paramScale
  return (params * weightBits) / 8
}

/**
 * Bytes of the routed experts that a pass over `tokens` tokens leaves untouched: the weights read
 * are all stored weights minus these (engine-model.md §3: W_touched(B); 0 for a dense model) and
 * minus the embedding table, of which a lookup reads only its tokens' rows (kernel/replica.ts
 * headReadBytes; the spec counts the whole table).
 */
export function untouchedExpertBytes(
  expertParams: number,
  moeLayers: number,
  experts: number,
  expertsPerToken: number,
  paramScale: number,
  weightBits: number,
  tokens: number,
): number {
  const untouched = experts - expertsTouched(experts, expertsPerToken, tokens)
  return (untouched * expertParams * moeLayers * paramScale * weightBits) / 8
}

/**
 * Bytes of the weights that the runtime's reserve is not taken from. A runtime keeps a share (1 − f)
 * of memory back for activations, workspace and its context, but the two kinds of serving stack take
 * it from different totals. vLLM's gpu_memory_utilization f bounds weights and KV cache together:
 * f of all memory (vLLM docs, default 0.9). TensorRT-LLM gives the KV cache f of the memory left
 * once the weights are loaded: trtllm-bench sizes it as fraction × (total − engine size)
 * (tensorrt_llm/bench/build/tuning.py, calc_engine_setting) and the runtime's
 * KvCacheConfig.free_gpu_memory_fraction defaults to 0.9 of free memory. So weights + KV may fill
 * f × memory + (1 − f) × W under the "free" rule (serving.kvMemoryRule; the tuned stack's default)
 * and f × memory under the "total" rule (the generic stack's). For a 70B model in FP8 on one H100
 * (its embedding table and LM head in BF16) the KV cache gets 11.9 GB instead of 4.7 GB.
 */
export function reserveCreditBytes(
  weightBytesTotal: number,
  memoryFraction: number,
  freeRule: number,
  memoryBytesTotal: number,
): number {
  // Weights can fill at most all of memory: beyond it nothing is left to reserve from (and they
  // do not fit), so the credit never makes the usable bytes exceed the memory itself.
  const held = weightBytesTotal < memoryBytesTotal ? weightBytesTotal : memoryBytesTotal
  return freeRule > 0 ? (1 - memoryFraction) * held : 0
}

/**
 * Largest batch whose KV cache fits: floor((usable - W - sharedPrefix) / perSequence), where usable is
 * what weights and KV cache may fill (weightsAndKvBytes).
 * Returns a number < 1 when not even one sequence fits.
 */
export function batchCapacity(
  usableBytes: number,
  weightBytesTotal: number,
  sharedPrefixBytes: number,
  bytesPerSequence: number,
): number {
  return Math.floor((usableBytes - weightBytesTotal - sharedPrefixBytes) / bytesPerSequence)
}

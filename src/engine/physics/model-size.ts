/**
 * Parameter counts, attention cost and KV-cache size derived from a model's architecture.
 * Formulas follow the HuggingFace implementations of Llama (GQA), Mixtral/DeepSeek (MoE),
 * DeepSeek-V3 (multi-head latent attention, MLA) and Jamba (Mamba layers).
 */
import type { ModelSpec } from '../catalog/types'

export interface ModelGeometry {
  readonly headDim: number
  readonly attentionLayers: number
  readonly ssmLayers: number
  /** Linear params every token touches: attention/SSM mixers, dense FFNs, shared experts, routers. */
  readonly alwaysActiveParams: number
  /** The attention projections' part of alwaysActiveParams (Q, K, V and output; MLA's low-rank ones). */
  readonly attentionParams: number
  /** Params of one routed expert in one layer. */
  readonly expertParams: number
  readonly moeLayers: number
  readonly embeddingParams: number
  readonly lmHeadParams: number
  /** Attention FLOPs per query token per context position, all attention layers. */
  readonly attentionFlopsPerContext: number
  /** KV-cache elements per token, all attention layers. */
  readonly kvElementsPerToken: number
  /** Recurrent state elements per sequence, all SSM layers. */
  readonly stateElementsPerSequence: number
  /** Recurrent state update FLOPs per token, all SSM layers. */
  readonly stateFlopsPerToken: number
  readonly totalParams: number
  readonly activeParams: number
}

/** DeepSeek-V3's q_lora_rank; used when an MLA model does not give one. */
const DEFAULT_Q_LORA_RANK = 1536 // elements
/** FLOPs per state element per token in a selective-scan update (decay, input, output: ~3 MACs). */
const STATE_FLOPS_PER_ELEMENT = 6 // FLOP

export function modelGeometry(m: ModelSpec): ModelGeometry {
  const headDim = m.headDim ?? m.hiddenSize / m.heads
  const attentionLayers = Math.round(m.layers * m.attentionLayerFraction)
  const ssmLayers = m.layers - attentionLayers
  const h = m.hiddenSize

  let attentionParamsPerLayer: number
  let attentionFlopsPerContextPerLayer: number
  let kvElementsPerLayer: number
  if (m.attention === 'mla') {
    // Multi-head latent attention (DeepSeek-V3 §2.1.1): low-rank q and kv projections; the cache
    // holds the compressed latent (kv_lora_rank) plus the decoupled RoPE key (qk_rope_head_dim).
    const r = m.kvLoraRank ?? 512
    const rope = m.qkRopeHeadDim ?? 64
    const qRank = m.qLoraRank ?? DEFAULT_Q_LORA_RANK
    const vDim = m.vHeadDim ?? headDim
    attentionParamsPerLayer =
      h * qRank +
      qRank * m.heads * (headDim + rope) +
      h * (r + rope) +
      r * m.heads * (headDim + vDim) +
      m.heads * vDim * h
    // With the up-projections absorbed, scores use the latent (r + rope) and values use r.
    attentionFlopsPerContextPerLayer = 2 * m.heads * (2 * r + rope)
    kvElementsPerLayer = r + rope
  } else {
    attentionParamsPerLayer =
      h * m.heads * headDim + 2 * h * m.kvHeads * headDim + m.heads * headDim * h
    // QK^T and AV: 2 FLOPs per multiply-add, each over headDim, per head.
    attentionFlopsPerContextPerLayer = 4 * m.heads * headDim
    kvElementsPerLayer = 2 * m.kvHeads * headDim
  }

  const moeLayers = m.experts > 0 ? (m.moeLayers ?? m.layers) : 0
  const denseFfnLayers = m.layers - moeLayers
  const expertWidth = m.moeIntermediateSize ?? m.intermediateSize
  const expertParams = 3 * h * expertWidth // SwiGLU: gate, up, down
  const sharedParams = moeLayers * ((m.sharedExperts ?? 0) * expertParams + h * m.experts) // + router
  const ssmParams = ssmLayers * (m.ssmParamsPerLayer ?? 0)
  const alwaysActiveParams =
    attentionLayers * attentionParamsPerLayer +
    ssmParams +
    denseFfnLayers * 3 * h * m.intermediateSize +
    sharedParams

  const embeddingParams = m.vocabSize * h
  const lmHeadParams = m.vocabSize * h
  const stateElementsPerSequence = ssmLayers * (m.ssmStateElementsPerLayer ?? 0)
  const totalParams =
    alwaysActiveParams +
    moeLayers * m.experts * expertParams +
    embeddingParams +
    (m.tiedEmbeddings ? 0 : lmHeadParams)
  const activeParams =
    alwaysActiveParams +
    moeLayers * m.expertsPerToken * expertParams +
    embeddingParams +
    (m.tiedEmbeddings ? 0 : lmHeadParams)

  return {
    headDim,
    attentionLayers,
    ssmLayers,
    alwaysActiveParams,
    attentionParams: attentionLayers * attentionParamsPerLayer,
    expertParams,
    moeLayers,
    embeddingParams,
    lmHeadParams,
    attentionFlopsPerContext: attentionLayers * attentionFlopsPerContextPerLayer,
    kvElementsPerToken: attentionLayers * kvElementsPerLayer,
    stateElementsPerSequence,
    stateFlopsPerToken: STATE_FLOPS_PER_ELEMENT * stateElementsPerSequence,
    totalParams,
    activeParams,
  }
}

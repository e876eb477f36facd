/**
 * Catalogue types. Every number in a catalogue entry carries a citation in `sources`,
 * keyed by the field name (nested fields use a dotted path, e.g. `peakTflops.fp8`).
 * A test walks every entry and fails if a numeric field has no citation.
 */

/** Evidence grade, as in docs/lever-evidence.md: H = primary or peer-reviewed, M = vendor claim
 * or reliable secondary report, L = secondary only or an estimate derived here. */
export type EvidenceGrade = 'H' | 'M' | 'L'

export interface Citation {
  readonly source: string
  readonly grade: EvidenceGrade
  readonly note?: string
}

export type Sources = Readonly<Record<string, Citation>>

/** Number formats a user can pick for weights, activations and KV cache. */
export type NumberFormat = 'fp32' | 'fp16' | 'bf16' | 'fp8' | 'int8' | 'fp4' | 'int4'

/** Hardware families share one set of default efficiency derates (calibrated, see docs/validation.md). */
export type HardwareFamily =
  | 'nvidia-ampere'
  | 'nvidia-hopper'
  | 'nvidia-blackwell'
  | 'nvidia-rubin'
  | 'amd-cdna3'
  | 'amd-cdna4'
  | 'google-tpu'
  | 'aws-neuron'
  | 'sram-dataflow'
  | 'custom'

export type MemoryKind = 'HBM2e' | 'HBM3' | 'HBM3e' | 'HBM4' | 'SRAM' | 'GDDR6' | 'GDDR7' | 'LPDDR5'

export interface AcceleratorSpec {
  readonly id: string
  readonly name: string
  readonly vendor: string
  readonly family: HardwareFamily
  /** First calendar year in which the part ships in volume (not its announcement year): the
   * roadmap check (roadmap.ts) compares a lever-built chip of year Y with the parts whose
   * volumeYear <= Y. Cited under `sources.volumeYear`. */
  readonly volumeYear: number
  /** True for parts not yet shipping in volume: figures are announcements, not datasheets. */
  readonly projected: boolean
  /** Dense (no sparsity) peak tensor throughput, TFLOP/s (or TOPS for int8), per accelerator.
   * 0 = no native support for that format; the engine then runs it at the next wider format's peak. */
  readonly peakTflops: {
    readonly fp16: number
    readonly fp8: number
    readonly int8: number
    readonly fp4: number
  }
  /** Memory capacity usable for weights and KV cache, GB (1e9 bytes), per accelerator. */
  readonly memoryGB: number
  /** Peak memory bandwidth, TB/s (1e12 bytes/s), per accelerator. */
  readonly memoryBandwidthTBps: number
  readonly memoryKind: MemoryKind
  /** Board/module power limit, W. */
  readonly tdpW: number
  /** Scale-up (NVLink-class) bandwidth per accelerator per direction, GB/s. */
  readonly scaleUpGBps: number
  /** Accelerators in one scale-up domain (NVLink / ICI / Infinity Fabric island). */
  readonly scaleUpDomain: number
  /** Scale-out network bandwidth per accelerator, Gb/s. */
  readonly scaleOutGbps: number
  /** Logic process node, nm-class (e.g. 4 for TSMC 4N). */
  readonly processNm: number
  /** Purchase price of the accelerator alone, USD (estimate; used by the TCO build-up). */
  readonly priceUsd: number
  /** Rental price per accelerator-hour, USD (used when economics.mode = 'rental'). */
  readonly usdPerHour: number
  readonly sources: Sources
}

export type AttentionKind = 'mha' | 'gqa' | 'mla'

/** The formats a model is published in: what its released checkpoint stores and how its own
 * reference inference runs it. The engine uses this as the default precision (an honest 2026
 * baseline: DeepSeek-V3 ships FP8, gpt-oss MXFP4, most others BF16). */
export interface NativePrecision {
  readonly weights: NumberFormat
  readonly activations: NumberFormat
  readonly kvCache: NumberFormat
}

export interface ModelSpec {
  readonly id: string
  readonly name: string
  /** Publisher of the weights. */
  readonly vendor: string
  readonly year: number
  /** Context window: prompt plus output tokens the released model is configured for. */
  readonly contextTokens: number
  /** Formats of the released checkpoint; cited under `sources.nativePrecision`. */
  readonly nativePrecision: NativePrecision
  /**
   * Where the model's published low-bit checkpoints quantize everything but attention: the format the
   * attention projections keep (DeepSeek's NVFP4 checkpoints keep MLA at FP8; gpt-oss keeps attention
   * in BF16 beside its MXFP4 experts). Weights stored narrower keep attention at this width.
   * Cited under `sources.quantizedAttentionFormat`.
   */
  readonly quantizedAttentionFormat?: NumberFormat
  /**
   * The format the model's quantized checkpoints keep the embedding table and the LM head in
   * (catalog/models.ts QUANTIZED_HEAD_FORMAT where a model says nothing else: BF16). Weights stored
   * narrower keep these at this width. Cited under `sources.quantizedHeadFormat`.
   */
  readonly quantizedHeadFormat?: NumberFormat
  readonly layers: number
  readonly hiddenSize: number
  /** Query heads. */
  readonly heads: number
  /** Key/value heads (GQA); equals heads for MHA. */
  readonly kvHeads: number
  /** Per-head dimension; defaults to hiddenSize / heads. */
  readonly headDim?: number
  /** Dense FFN width (SwiGLU: three matrices of hiddenSize x intermediateSize). */
  readonly intermediateSize: number
  readonly vocabSize: number
  /** Routed experts per MoE layer; 0 = dense model. */
  readonly experts: number
  readonly expertsPerToken: number
  /** Always-active shared experts per MoE layer (DeepSeek). */
  readonly sharedExperts?: number
  /** FFN width of one expert; defaults to intermediateSize. */
  readonly moeIntermediateSize?: number
  /** Number of layers whose FFN is a MoE layer; defaults to all layers when experts > 0. */
  readonly moeLayers?: number
  /** Share of layers that are attention layers: 1 for a transformer, less for a state-space hybrid. */
  readonly attentionLayerFraction: number
  readonly attention: AttentionKind
  /** MLA: compressed KV width (DeepSeek kv_lora_rank) and decoupled RoPE key width. */
  readonly kvLoraRank?: number
  readonly qkRopeHeadDim?: number
  /** MLA: compressed query width (DeepSeek q_lora_rank); defaults to 1536. */
  readonly qLoraRank?: number
  /** MLA: value head width (DeepSeek v_head_dim); defaults to headDim. */
  readonly vHeadDim?: number
  /** State-space layers: recurrent state per layer per sequence, in elements (d_inner x d_state + conv). */
  readonly ssmStateElementsPerLayer?: number
  /** State-space layers: linear parameters per SSM layer (in/out projections). */
  readonly ssmParamsPerLayer?: number
  /** Input embedding and LM head share one matrix. */
  readonly tiedEmbeddings: boolean
  /** Published total and active parameter counts, billions, for checking the derived counts. */
  readonly publishedTotalParamsB: number
  readonly publishedActiveParamsB: number
  readonly sources: Sources
}

export type WorkloadId = 'chat' | 'rag' | 'coding' | 'agentic' | 'voice' | 'reasoning'

export interface WorkloadSpec {
  readonly id: WorkloadId
  readonly name: string
  readonly description: string
  readonly inputTokens: number
  readonly outputTokens: number
  /** Interactivity target: output tokens/s each user must see. 0 = none. */
  readonly minOutputTokensPerSecondPerUser: number
  /** Share of prompt tokens served from a prefix (KV) cache. */
  readonly prefixCacheHitRate: number
  /** How much output lengths vary: standard deviation ÷ mean (0 = all equal). */
  readonly outputLengthCv: number
  readonly sources: Sources
}

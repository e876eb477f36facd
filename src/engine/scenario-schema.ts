/**
 * The scenario input format (engine-model.md §6) as a zod schema. Every field is optional; a partial
 * nested object merges field by field with the defaults. Unknown fields are rejected so a typo is
 * reported instead of silently ignored.
 */
import { LEVER_IDS } from './levers/ids'
import { z } from './zod'

const formats = ['fp32', 'fp16', 'bf16', 'fp8', 'int8', 'fp4', 'int4'] as const
export const numberFormatSchema = z.enum(formats)

const positive = (max: number) => z.number().positive().max(max)
const nonNegative = (max: number) => z.number().min(0).max(max)
const share = z.number().gt(0).max(1)
const count = (min: number, max: number) => z.number().int().min(min).max(max)
const effectValue = z.number().min(-1e12).max(1e12)

export const hardwareObjectSchema = z.strictObject({
  base: z.string().optional(),
  id: z.string().max(80).optional(),
  name: z.string().max(120).optional(),
  vendor: z.string().max(80).optional(),
  family: z
    .enum([
      'nvidia-ampere',
      'nvidia-hopper',
      'nvidia-blackwell',
      'nvidia-rubin',
      'amd-cdna3',
      'amd-cdna4',
      'google-tpu',
      'aws-neuron',
      'sram-dataflow',
      'custom',
    ])
    .optional(),
  volumeYear: count(2015, 2040).optional(),
  /** Former name of volumeYear, still read so links made before the rename keep working. */
  year: count(2015, 2040).optional(),
  peakTflops: z
    .strictObject({
      fp16: positive(1e6).optional(),
      fp8: nonNegative(1e6).optional(),
      int8: nonNegative(1e6).optional(),
      fp4: nonNegative(1e6).optional(),
    })
    .optional(),
  memoryGB: positive(1e6).optional(),
  memoryBandwidthTBps: positive(1e5).optional(),
  memoryKind: z
    .enum(['HBM2e', 'HBM3', 'HBM3e', 'HBM4', 'SRAM', 'GDDR6', 'GDDR7', 'LPDDR5'])
    .optional(),
  tdpW: positive(1e6).optional(),
  scaleUpGBps: positive(1e6).optional(),
  scaleUpDomain: count(1, 1_000_000).optional(),
  scaleOutGbps: positive(1e6).optional(),
  processNm: positive(100).optional(),
  priceUsd: nonNegative(1e8).optional(),
  usdPerHour: positive(1e5).optional(),
})

export const modelObjectSchema = z.strictObject({
  base: z.string().optional(),
  id: z.string().max(80).optional(),
  name: z.string().max(120).optional(),
  layers: count(1, 1000).optional(),
  hiddenSize: count(1, 1_000_000).optional(),
  heads: count(1, 10_000).optional(),
  kvHeads: count(1, 10_000).optional(),
  headDim: count(1, 100_000).optional(),
  intermediateSize: count(1, 10_000_000).optional(),
  vocabSize: count(1, 10_000_000).optional(),
  experts: count(0, 100_000).optional(),
  expertsPerToken: count(0, 100_000).optional(),
  sharedExperts: count(0, 1000).optional(),
  moeIntermediateSize: count(1, 10_000_000).optional(),
  moeLayers: count(0, 1000).optional(),
  attentionLayerFraction: share.optional(),
  attention: z.enum(['mha', 'gqa', 'mla']).optional(),
  kvLoraRank: count(1, 100_000).optional(),
  qkRopeHeadDim: count(0, 100_000).optional(),
  qLoraRank: count(1, 100_000).optional(),
  vHeadDim: count(1, 100_000).optional(),
  ssmStateElementsPerLayer: nonNegative(1e9).optional(),
  ssmParamsPerLayer: nonNegative(1e12).optional(),
  tiedEmbeddings: z.boolean().optional(),
  contextTokens: count(1, 100_000_000).optional(),
  /** The format the attention projections keep when the weights are stored narrower (catalog/types.ts). */
  quantizedAttentionFormat: numberFormatSchema.optional(),
  /** The format the embedding table and the LM head keep when the weights are stored narrower. */
  quantizedHeadFormat: numberFormatSchema.optional(),
})

export const workloadObjectSchema = z.strictObject({
  preset: z.string().optional(),
  inputTokens: count(1, 10_000_000).optional(),
  outputTokens: count(1, 1_000_000).optional(),
  batchSize: z.union([count(1, 10_000_000), z.literal('max')]).optional(),
  minOutputTokensPerSecondPerUser: nonNegative(100_000).optional(),
  /** Time-to-first-token target, seconds; 0 or absent = none. */
  maxTtftSeconds: nonNegative(3600).optional(),
  prefixCacheHitRate: z.number().min(0).max(0.99).optional(),
  /**
   * Spread of the output lengths: standard deviation ÷ mean (0 = all requests equally long, the
   * default). A reasoning trace set with a long tail has about 1.25 (MLPerf DeepSeek-R1).
   */
  outputLengthCv: nonNegative(10).optional(),
})

export const scenarioInputSchema = z.strictObject({
  schemaVersion: z.literal(1).optional(),
  name: z.string().max(200).optional(),
  hardware: z.union([z.string(), hardwareObjectSchema]).optional(),
  accelerators: z.union([count(1, 100_000), z.literal('auto')]).optional(),
  /** Pin a deployment plan instead of searching: accelerators per stage and pipeline stages. */
  deployment: z
    .strictObject({
      tensorParallel: count(1, 100_000).optional(),
      pipelineParallel: count(1, 64).optional(),
      /**
       * A mixture of experts only: 1 splits every expert across the tensor-parallel group
       * (TensorRT-LLM's and vLLM's default); equal to tensorParallel spreads the experts over it
       * (expert parallelism). Needs tensorParallel. Left out, the engine prices both placements on
       * every plan and keeps the cheaper (the result's deployment.expertParallel says which).
       */
      expertParallel: count(1, 100_000).optional(),
    })
    .optional(),
  model: z.union([z.string(), modelObjectSchema]).optional(),
  precision: z
    .strictObject({
      weights: numberFormatSchema.optional(),
      activations: numberFormatSchema.optional(),
      kvCache: numberFormatSchema.optional(),
    })
    .optional(),
  workload: z.union([z.string(), workloadObjectSchema]).optional(),
  efficiency: z
    .strictObject({
      compute: share.optional(),
      memory: share.optional(),
      communication: share.optional(),
      stepOverheadSeconds: nonNegative(1).optional(),
      kernelBoundarySeconds: nonNegative(0.001).optional(),
      overlapLoss: z.number().min(0).max(1).optional(),
      collectiveLatencySeconds: nonNegative(1).optional(),
    })
    .optional(),
  serving: z
    .strictObject({
      kvMemoryFraction: share.optional(),
      /**
       * What kvMemoryFraction is a share of: "free" (the memory the weights leave: the KV cache gets
       * that share of it, as TensorRT-LLM's free_gpu_memory_fraction) or "total" (weights and KV
       * cache together fill that share of all memory, as vLLM's gpu_memory_utilization). Default:
       * "free" on the tuned stack, "total" on the generic one.
       */
      kvMemoryRule: z.enum(['free', 'total']).optional(),
      kvWaste: z.number().min(1).max(4).optional(),
      tokensPerStep: z.number().min(1).max(16).optional(),
      verifyTokensPerStep: z.number().min(1).max(64).optional(),
      /**
       * How the stack runs speculation: "adaptive" (the default: it drafts less as the batch grows
       * and switches off where verifying costs more than it saves, as SGLang's and vLLM's batch
       * thresholds and SmartSpec do) or "fixed" (the configured draft at every batch, as a stack
       * launched with a set draft length runs it: what a measured run with speculation forced on
       * shows, even where it costs more).
       */
      speculationPolicy: z.enum(['adaptive', 'fixed']).optional(),
      /**
       * How a mixture of experts spread over the group runs attention: "data" (the high-throughput
       * option: each accelerator attends its own sequences, the KV cache is held once, and every
       * accelerator holds its own copy of the layers beside the experts; SGLang
       * --enable-dp-attention, TensorRT-LLM enable_attention_dp, vLLM --data-parallel-size), "tensor"
       * (split by query heads, every stack's own default: with more accelerators than KV heads, or
       * multi-head latent attention, the cache is held on several of them) or "auto" (the default:
       * each plan evaluated both ways, the one that fits, meets the targets and costs less kept). Ignored for dense models and experts
       * split across the group: they attend tensor-parallel.
       */
      attentionParallelism: z.enum(['auto', 'data', 'tensor']).optional(),
      maxBatchSize: count(1, 65_536).optional(),
      utilization: share.optional(),
      /**
       * Software maturity: "tuned" (TensorRT-LLM, vLLM or SGLang with fused low-bit kernels, as the
       * calibration's measurements ran) or "generic" (plain framework code: formats below 16 bits
       * are stored narrow but run as BF16).
       */
      stack: z.enum(['tuned', 'generic']).optional(),
    })
    .optional(),
  economics: z
    .strictObject({
      mode: z.enum(['tco', 'rental']).optional(),
      usdPerHour: positive(1e5).optional(),
      acceleratorPriceUsd: nonNegative(1e8).optional(),
      vendorMarginFraction: z.number().min(0).max(0.95).optional(),
      systemUsdPerAccelerator: nonNegative(1e8).optional(),
      networkUsdPerAccelerator: nonNegative(1e8).optional(),
      years: z.number().min(1).max(20).optional(),
      costOfCapital: nonNegative(1).optional(),
      usdPerKwh: nonNegative(10).optional(),
      pue: z.number().min(1).max(5).optional(),
      facilityUsdPerKwMonth: nonNegative(10_000).optional(),
      operationsFraction: nonNegative(1).optional(),
    })
    .optional(),
  energy: z
    .strictObject({
      boundary: z.enum(['chip', 'node', 'facility']).optional(),
      pjPerFlop16: positive(1000).optional(),
      memoryPjPerBit: positive(1000).optional(),
      scaleUpPjPerBit: positive(1000).optional(),
      scaleOutPjPerBit: positive(1000).optional(),
      staticW: nonNegative(1e6).optional(),
      hostW: nonNegative(1e6).optional(),
    })
    .optional(),
  levers: z
    .partialRecord(z.enum(LEVER_IDS as [string, ...string[]]), z.number().min(0).max(1))
    .optional(),
  /** Per lever id, per engine parameter the lever acts on: the [low, base, high] effect at full adoption. */
  leverOverrides: z
    .partialRecord(
      z.enum(LEVER_IDS as [string, ...string[]]),
      z.record(z.string().max(40), z.tuple([effectValue, effectValue, effectValue])),
    )
    .optional(),
  year: count(2026, 2030).optional(),
  assumptions: z.enum(['article', 'evidence']).optional(),
})

export type ScenarioInput = z.input<typeof scenarioInputSchema>

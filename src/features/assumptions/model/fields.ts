/**
 * Every editable assumption of the scenario format, as data: the custom accelerator and model
 * (every field of src/engine/scenario-schema.ts), prices, energy, efficiencies and serving.
 */
import type { FieldLookup } from '@/lib/field-message'

import type { Path } from './paths'

export type FieldKind = 'number' | 'integer' | 'text' | 'select' | 'boolean'

export interface FieldSpec {
  readonly path: Path
  readonly label: string
  readonly unit?: string
  readonly kind: FieldKind
  readonly options?: readonly string[]
  /** One line of small print: what the number means. */
  readonly help?: string
  /** What the default is called where the catalogue leaves the field unset ("derived" otherwise). */
  readonly unsetDefault?: string
}

export interface SectionSpec {
  readonly id: 'hardware' | 'model' | 'economics' | 'energy' | 'efficiency' | 'serving'
  readonly title: string
  readonly description: string
  readonly fields: readonly FieldSpec[]
}

const num = (path: Path, label: string, unit?: string, help?: string): FieldSpec => ({
  path,
  label,
  kind: 'number',
  ...(unit ? { unit } : {}),
  ...(help ? { help } : {}),
})
const int = (path: Path, label: string, unit?: string, help?: string): FieldSpec => ({
  ...num(path, label, unit, help),
  kind: 'integer',
})
const text = (path: Path, label: string, help?: string): FieldSpec => ({
  path,
  label,
  kind: 'text',
  ...(help ? { help } : {}),
})
const pick = (path: Path, label: string, options: readonly string[], help?: string): FieldSpec => ({
  path,
  label,
  kind: 'select',
  options,
  ...(help ? { help } : {}),
})

/**
 * The accelerator's price and rental rate: one quantity each, held on the accelerator
 * (state/one-value.ts) and offered in two cards, the accelerator's and the prices'. Both cards edit
 * and reset the same value, so they can never show two.
 */
const ACCELERATOR_PRICE = num(
  ['hardware', 'priceUsd'],
  'Accelerator price',
  '$',
  'Used by the TCO build-up; the same value in both cards',
)
const RENTAL_PRICE = num(
  ['hardware', 'usdPerHour'],
  'Rental price',
  '$/accelerator-hour',
  'Used by rental economics; the same value in both cards',
)

/** Paths shown in more than one section: a section's reset clears them too. */
export const SHARED_PATHS: readonly Path[] = [ACCELERATOR_PRICE.path, RENTAL_PRICE.path]

export const HARDWARE_FIELDS: readonly FieldSpec[] = [
  text(['hardware', 'name'], 'Name', 'Shown in charts and exports'),
  text(['hardware', 'id'], 'Id'),
  text(['hardware', 'vendor'], 'Vendor'),
  pick(
    ['hardware', 'family'],
    'Family',
    [
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
    ],
    'Sets the default efficiency derates',
  ),
  int(['hardware', 'volumeYear'], 'Volume year', 'year'),
  num(['hardware', 'peakTflops', 'fp16'], 'Peak 16-bit', 'TFLOP/s', 'Dense, no sparsity'),
  num(['hardware', 'peakTflops', 'fp8'], 'Peak fp8', 'TFLOP/s', '0 = no native fp8'),
  num(['hardware', 'peakTflops', 'int8'], 'Peak int8', 'TOPS', '0 = no native int8'),
  num(['hardware', 'peakTflops', 'fp4'], 'Peak fp4', 'TFLOP/s', '0 = no native fp4'),
  num(['hardware', 'memoryGB'], 'Memory', 'GB'),
  num(['hardware', 'memoryBandwidthTBps'], 'Memory bandwidth', 'TB/s', 'Sets decode speed'),
  pick(
    ['hardware', 'memoryKind'],
    'Memory kind',
    ['HBM2e', 'HBM3', 'HBM3e', 'HBM4', 'SRAM', 'GDDR6', 'LPDDR5'],
    'Sets energy per bit moved',
  ),
  num(['hardware', 'tdpW'], 'Power limit', 'W'),
  num(['hardware', 'scaleUpGBps'], 'Scale-up bandwidth', 'GB/s', 'NVLink-class, per direction'),
  int(['hardware', 'scaleUpDomain'], 'Scale-up domain', 'accelerators'),
  num(['hardware', 'scaleOutGbps'], 'Scale-out bandwidth', 'Gb/s'),
  num(['hardware', 'processNm'], 'Process node', 'nm'),
  ACCELERATOR_PRICE,
  RENTAL_PRICE,
]

export const MODEL_FIELDS: readonly FieldSpec[] = [
  text(['model', 'name'], 'Name'),
  text(['model', 'id'], 'Id'),
  int(['model', 'layers'], 'Layers'),
  int(['model', 'hiddenSize'], 'Hidden size', 'elements'),
  int(['model', 'heads'], 'Attention heads'),
  int(['model', 'kvHeads'], 'KV heads', undefined, 'Grouped-query attention; ≤ heads'),
  int(['model', 'headDim'], 'Head dimension', 'elements', 'Default: hidden size ÷ heads'),
  int(['model', 'intermediateSize'], 'FFN width', 'elements'),
  int(['model', 'vocabSize'], 'Vocabulary', 'tokens'),
  int(['model', 'contextTokens'], 'Context window', 'tokens', 'Prompt plus output'),
  int(['model', 'experts'], 'Routed experts', undefined, '0 = dense'),
  int(['model', 'expertsPerToken'], 'Experts per token'),
  int(['model', 'sharedExperts'], 'Shared experts'),
  int(['model', 'moeIntermediateSize'], 'Expert FFN width', 'elements'),
  int(['model', 'moeLayers'], 'MoE layers'),
  num(['model', 'attentionLayerFraction'], 'Attention layer share', '0–1', '1 for a transformer'),
  pick(['model', 'attention'], 'Attention', ['mha', 'gqa', 'mla']),
  int(['model', 'kvLoraRank'], 'MLA KV rank', 'elements'),
  int(['model', 'qkRopeHeadDim'], 'MLA RoPE key width', 'elements'),
  int(['model', 'qLoraRank'], 'MLA query rank', 'elements'),
  int(['model', 'vHeadDim'], 'MLA value head width', 'elements'),
  {
    ...pick(
      ['model', 'quantizedAttentionFormat'],
      'Attention kept at',
      ['bf16', 'fp16', 'fp8', 'int8', 'fp4', 'int4'],
      'Format the attention projections keep when the weights are stored narrower; the weights’ own format or narrower: none kept',
    ),
    unsetDefault: 'as the other weights',
  },
  {
    ...pick(
      ['model', 'quantizedHeadFormat'],
      'Embedding and LM head kept at',
      ['bf16', 'fp16', 'fp8', 'int8', 'fp4', 'int4'],
      'Format the embedding table and the LM head keep when the weights are stored narrower (quantized checkpoints leave both at BF16); the weights’ own format or narrower: none kept',
    ),
    unsetDefault: 'bf16',
  },
  num(['model', 'ssmStateElementsPerLayer'], 'SSM state per layer', 'elements'),
  num(['model', 'ssmParamsPerLayer'], 'SSM parameters per layer'),
  {
    path: ['model', 'tiedEmbeddings'],
    label: 'Tied embeddings',
    kind: 'boolean',
    help: 'Input embedding and LM head share one matrix',
  },
]

export const ECONOMICS_FIELDS: readonly FieldSpec[] = [
  pick(
    ['economics', 'mode'],
    'Cost model',
    ['tco', 'rental'],
    'tco: capex build-up; rental: $ per accelerator-hour',
  ),
  num(['economics', 'usdPerKwh'], 'Electricity price', '$/kWh'),
  num(['economics', 'pue'], 'PUE', '≥ 1', 'Facility power ÷ IT power'),
  ACCELERATOR_PRICE,
  num(['economics', 'vendorMarginFraction'], 'Vendor margin', 'share of price'),
  num(['economics', 'systemUsdPerAccelerator'], 'Host and chassis', '$/accelerator'),
  num(['economics', 'networkUsdPerAccelerator'], 'Network', '$/accelerator'),
  num(['economics', 'years'], 'Depreciation', 'years'),
  num(['economics', 'costOfCapital'], 'Cost of capital', 'per year, 0–1'),
  num(['economics', 'facilityUsdPerKwMonth'], 'Facility', '$/kW-month'),
  num(['economics', 'operationsFraction'], 'Operations', 'share of capex per year'),
  RENTAL_PRICE,
]

export const ENERGY_FIELDS: readonly FieldSpec[] = [
  pick(
    ['energy', 'boundary'],
    'Energy counted at',
    ['chip', 'node', 'facility'],
    'facility = node × PUE',
  ),
  num(['energy', 'pjPerFlop16'], 'Energy per 16-bit FLOP', 'pJ'),
  num(['energy', 'memoryPjPerBit'], 'Memory energy', 'pJ/bit'),
  num(['energy', 'scaleUpPjPerBit'], 'Scale-up link energy', 'pJ/bit'),
  num(['energy', 'scaleOutPjPerBit'], 'Scale-out link energy', 'pJ/bit'),
  num(['energy', 'staticW'], 'Static power', 'W', 'Drawn while busy, whatever the work'),
  num(['energy', 'hostW'], 'Host power share', 'W/accelerator'),
]

export const EFFICIENCY_FIELDS: readonly FieldSpec[] = [
  num(['efficiency', 'compute'], 'Compute efficiency', 'share of peak'),
  num(['efficiency', 'memory'], 'Memory efficiency', 'share of peak'),
  num(['efficiency', 'communication'], 'Link efficiency', 'share of peak'),
  num(['efficiency', 'stepOverheadSeconds'], 'Overhead per step', 's'),
  num(['efficiency', 'kernelBoundarySeconds'], 'Time per kernel boundary', 's'),
  num(
    ['efficiency', 'overlapLoss'],
    'Overlap loss',
    'share',
    'Part of the shorter of a layer’s math and weight-streaming time not hidden behind the longer; 0 is the ideal roofline',
  ),
  num(['efficiency', 'collectiveLatencySeconds'], 'Collective latency', 's'),
]

export const SERVING_FIELDS: readonly FieldSpec[] = [
  num(
    ['serving', 'utilization'],
    'Utilisation',
    'share of paid hours',
    'Hours serving useful tokens',
  ),
  num(['serving', 'kvMemoryFraction'], 'Usable memory', 'share'),
  pick(
    ['serving', 'kvMemoryRule'],
    'Usable memory is a share of',
    ['free', 'total'],
    'free = what the weights leave (TensorRT-LLM); total = all memory, weights included (vLLM)',
  ),
  num(['serving', 'kvWaste'], 'KV cache waste', '× (≥ 1)'),
  num(['serving', 'tokensPerStep'], 'Accepted tokens per step', 'tokens'),
  num(['serving', 'verifyTokensPerStep'], 'Processed tokens per step', 'tokens'),
  pick(
    ['serving', 'speculationPolicy'],
    'Speculation',
    ['adaptive', 'fixed'],
    'adaptive = the stack drafts less, or not at all, where it costs more; fixed = the configured draft at every batch',
  ),
  pick(
    ['serving', 'attentionParallelism'],
    'Attention parallelism (MoE, experts spread)',
    ['auto', 'data', 'tensor'],
    'auto = each plan tried both ways, the one that fits, meets the targets and costs less kept; data = each accelerator attends its own sequences, KV cache held once, the layers beside the experts on every accelerator (--enable-dp-attention, enable_attention_dp); tensor = split by heads, the stacks’ default: KV heads copied when outnumbered',
  ),
  int(
    ['serving', 'maxBatchSize'],
    'Largest batch per scheduler',
    'sequences',
    'the scheduler’s cap on running sequences (max_batch_size); under data-parallel attention every accelerator schedules its own, so a replica runs up to this many per accelerator',
  ),
  pick(
    ['serving', 'stack'],
    'Serving software',
    ['tuned', 'generic'],
    'tuned = fused kernels for each format (TensorRT-LLM, vLLM, SGLang); generic = plain framework code, formats below 16 bits run as BF16',
  ),
]

export const SECTIONS: readonly SectionSpec[] = [
  {
    id: 'hardware',
    title: 'Custom accelerator',
    description: 'Start from a catalogue accelerator and change any of its figures.',
    fields: HARDWARE_FIELDS,
  },
  {
    id: 'model',
    title: 'Custom model',
    description: 'Start from a catalogue model and change its shape.',
    fields: MODEL_FIELDS,
  },
  {
    id: 'economics',
    title: 'Prices and economics',
    description: 'Electricity, capex build-up and its financing.',
    fields: ECONOMICS_FIELDS,
  },
  {
    id: 'energy',
    title: 'Energy',
    description: 'Energy per operation and per bit, and where it is counted.',
    fields: ENERGY_FIELDS,
  },
  {
    id: 'efficiency',
    title: 'Efficiency',
    description: 'Achieved share of the hardware peaks, and fixed overheads.',
    fields: EFFICIENCY_FIELDS,
  },
  {
    id: 'serving',
    title: 'Serving',
    description: 'How the serving system uses the hardware.',
    fields: SERVING_FIELDS,
  },
]

const ALL_FIELDS = SECTIONS.flatMap((s) => s.fields)

/** The field spec for a dotted path, if the editor has one. */
export function fieldByKey(key: string): FieldSpec | undefined {
  return ALL_FIELDS.find((f) => f.path.join('.') === key)
}

/** The label and unit of an editor field, for messages about it (lib/field-message.ts). */
export const assumptionFieldWords: FieldLookup = fieldByKey

import type {
  AcceleratorSpec,
  ModelSpec,
  NumberFormat,
  ScenarioInput,
  WorkloadSpec,
} from '@/engine/index'
import { formatNumber } from '@/lib/format'

export interface SelectOption {
  readonly value: string
  readonly label: string
}

export interface OptionGroup {
  readonly label: string
  readonly options: readonly SelectOption[]
}

/** "NVIDIA H100 SXM5 80GB" → "H100 SXM5 80GB": the vendor is the option group. */
export function shortHardwareName(spec: Pick<AcceleratorSpec, 'name' | 'vendor'>): string {
  const prefixes = [`${spec.vendor} Instinct `, `Google Cloud `, `${spec.vendor} `]
  const prefix = prefixes.find((p) => spec.name.startsWith(p))
  return prefix ? spec.name.slice(prefix.length) : spec.name
}

const BYTES_PER_GIB = 2 ** 30
const BYTES_PER_GB = 1e9

/**
 * Memory as its vendor sells it: DRAM in binary gigabytes ("80 GiB": an H100 80GB holds 80 × 2^30
 * bytes, 85.9 GB), on-chip SRAM and capacities that are not whole GiB (an edit) in decimal GB.
 */
export function memoryCapacityText(spec: Pick<AcceleratorSpec, 'memoryGB' | 'memoryKind'>): string {
  const gib = (spec.memoryGB * BYTES_PER_GB) / BYTES_PER_GIB
  if (spec.memoryKind !== 'SRAM' && Math.abs(gib - Math.round(gib)) < 1e-6)
    return `${formatNumber(Math.round(gib))} GiB`
  return `${formatNumber(spec.memoryGB)} GB`
}

/** "H100 SXM5 80GB · 80 GiB · 3.35 TB/s · 2023", with "projected" for parts not yet shipping. */
export function hardwareOptionLabel(spec: AcceleratorSpec): string {
  const parts = [
    shortHardwareName(spec),
    memoryCapacityText(spec),
    `${formatNumber(spec.memoryBandwidthTBps)} TB/s`,
    String(spec.volumeYear),
  ]
  if (spec.projected) parts.push('projected')
  return parts.join(' · ')
}

type HardwareInput = NonNullable<ScenarioInput['hardware']>
/** The figures the hardware line shows; an edit to one of them is marked on the line. */
type DescribedKey = 'memoryGB' | 'memoryKind' | 'memoryBandwidthTBps' | 'peakTflops.fp16' | 'tdpW'

export interface EffectiveHardware {
  /** The catalogue entry with the user's edits on top: what the engine uses. */
  readonly spec: AcceleratorSpec
  /** Which of the line's figures the user edited. */
  readonly edited: ReadonlySet<DescribedKey>
}

/**
 * The accelerator as the engine will use it: the catalogue entry under the input's edits (memory,
 * bandwidth, peak, power limit…), without resolving the scenario. A catalogue id has no edits.
 */
export function effectiveHardware(
  catalogue: AcceleratorSpec,
  input: HardwareInput | undefined,
): EffectiveHardware {
  if (typeof input !== 'object') return { spec: catalogue, edited: new Set() }
  const { base: _base, year: _former, peakTflops, ...fields } = input
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined))
  const peaks = Object.fromEntries(
    Object.entries(peakTflops ?? {}).filter(([, v]) => v !== undefined),
  )
  const spec: AcceleratorSpec = {
    ...catalogue,
    ...defined,
    peakTflops: { ...catalogue.peakTflops, ...peaks },
  }
  const edited = new Set<DescribedKey>()
  for (const key of ['memoryGB', 'memoryKind', 'memoryBandwidthTBps', 'tdpW'] as const)
    if (key in defined) edited.add(key)
  if ('fp16' in peaks) edited.add('peakTflops.fp16')
  return { spec, edited }
}

/**
 * One line under the hardware select: the figures that drive the result, as the engine uses them;
 * a figure the user edited in the assumption editor reads "(edited)".
 */
export function hardwareDescriptor(
  spec: AcceleratorSpec,
  edited: ReadonlySet<DescribedKey> = new Set(),
): string {
  const mark = (key: DescribedKey, text: string): string =>
    edited.has(key) ? `${text} (edited)` : text
  const memoryKind = mark('memoryKind', spec.memoryKind)
  const parts = [
    edited.has('memoryGB')
      ? `${memoryCapacityText(spec)} (edited) ${memoryKind}`
      : `${memoryCapacityText(spec)} ${memoryKind}`,
    mark('memoryBandwidthTBps', `${formatNumber(spec.memoryBandwidthTBps)} TB/s`),
    mark('peakTflops.fp16', `${formatNumber(spec.peakTflops.fp16)} TFLOP/s 16-bit`),
    mark('tdpW', `${formatNumber(spec.tdpW)} W`),
  ]
  return `${parts.join(' · ')}${spec.projected ? ' · projected (announced figures, not a datasheet)' : ''}`
}

export function hardwareGroups(accelerators: readonly AcceleratorSpec[]): OptionGroup[] {
  const vendors = [...new Set(accelerators.map((a) => a.vendor))]
  return vendors.map((vendor) => ({
    label: vendor,
    options: accelerators
      .filter((a) => a.vendor === vendor)
      .map((a) => ({ value: a.id, label: hardwareOptionLabel(a) })),
  }))
}

/** "70.6B dense" or "671B MoE, 37B active". */
export function modelSizeLabel(
  spec: Pick<ModelSpec, 'experts' | 'publishedTotalParamsB' | 'publishedActiveParamsB'>,
): string {
  const total = `${formatNumber(spec.publishedTotalParamsB)}B`
  if (spec.experts > 0) return `${total} MoE, ${formatNumber(spec.publishedActiveParamsB)}B active`
  return `${total} dense`
}

export function modelOptionLabel(spec: ModelSpec): string {
  return `${spec.name} · ${modelSizeLabel(spec)} · ${spec.year}`
}

export function modelDescriptor(spec: ModelSpec): string {
  const attention = {
    mha: 'multi-head attention',
    gqa: 'grouped-query attention',
    mla: 'multi-head latent attention',
  }[spec.attention]
  const hybrid =
    spec.attentionLayerFraction < 1
      ? ` · ${formatNumber(spec.attentionLayerFraction * 100)} % attention layers`
      : ''
  return `${modelSizeLabel(spec)} parameters · ${spec.layers} layers · ${attention}${hybrid} · ${contextLabel(spec.contextTokens)} context`
}

/** 4,096 → "4K", 131,072 → "128K", 1,048,576 → "1M": context windows are powers of two. */
export function contextLabel(tokens: number): string {
  if (tokens >= 1_048_576) return `${formatNumber(tokens / 1_048_576)}M`
  if (tokens >= 1024) return `${formatNumber(tokens / 1024)}K`
  return formatNumber(tokens)
}

/** "Ships in fp8 (KV cache bf16)", "Ships in bf16", "Ships in fp4 weights, bf16 math". */
export function nativeFormatsLabel(spec: Pick<ModelSpec, 'nativePrecision'>): string {
  const { weights, activations, kvCache } = spec.nativePrecision
  if (weights === activations && activations === kvCache) return `Ships in ${weights}`
  if (weights === activations) return `Ships in ${weights} (KV cache ${kvCache})`
  return `Ships in ${weights} weights, ${activations} math, ${kvCache} KV cache`
}

export function modelGroups(models: readonly ModelSpec[]): OptionGroup[] {
  const toOption = (m: ModelSpec): SelectOption => ({ value: m.id, label: modelOptionLabel(m) })
  return [
    { label: 'Dense', options: models.filter((m) => m.experts === 0).map(toOption) },
    { label: 'Mixture of experts', options: models.filter((m) => m.experts > 0).map(toOption) },
  ].filter((g) => g.options.length > 0)
}

/** "Chat assistant · 1,024 in / 256 out · 40 tok/s". */
export function workloadOptionLabel(spec: WorkloadSpec): string {
  const target =
    spec.minOutputTokensPerSecondPerUser > 0
      ? ` · ${formatNumber(spec.minOutputTokensPerSecondPerUser)} tok/s`
      : ''
  return `${spec.name} · ${spec.inputTokens.toLocaleString('en-US')} in / ${spec.outputTokens.toLocaleString('en-US')} out${target}`
}

export const PRECISION_OPTIONS: readonly {
  readonly value: NumberFormat
  readonly label: string
}[] = [
  { value: 'fp32', label: 'fp32' },
  { value: 'bf16', label: 'bf16' },
  { value: 'fp16', label: 'fp16' },
  { value: 'fp8', label: 'fp8' },
  { value: 'int8', label: 'int8' },
  { value: 'fp4', label: 'fp4' },
  { value: 'int4', label: 'int4' },
]

export const ACCELERATOR_COUNTS: readonly number[] = [1, 2, 4, 8, 16, 32, 64, 72, 128, 256]

/** The accelerator-count choices, keeping an imported count that is not in the standard list. */
export function acceleratorCountOptions(
  current: number | 'auto',
  autoCount: number | undefined,
): SelectOption[] {
  const counts =
    typeof current === 'number' && !ACCELERATOR_COUNTS.includes(current)
      ? [...ACCELERATOR_COUNTS, current].sort((a, b) => a - b)
      : ACCELERATOR_COUNTS
  return [
    { value: 'auto', label: autoCount === undefined ? 'auto' : `auto (${autoCount})` },
    ...counts.map((n) => ({ value: String(n), label: String(n) })),
  ]
}

export const ECONOMICS_OPTIONS: readonly {
  readonly value: 'tco' | 'rental'
  readonly label: string
  readonly hint: string
}[] = [
  {
    value: 'tco',
    label: 'Own it (TCO build-up)',
    hint: 'Hardware, margin, servers, network, energy, facility and operations, paid off over the years of use.',
  },
  {
    value: 'rental',
    label: 'Rent it ($ per hour)',
    hint: 'A cloud rental price per accelerator-hour covers everything.',
  },
]

export const SERVING_STACK_OPTIONS: readonly {
  readonly value: 'tuned' | 'generic'
  readonly label: string
  readonly hint: string
}[] = [
  {
    value: 'tuned',
    label: 'Tuned (TensorRT-LLM, vLLM, SGLang)',
    hint: 'Fused kernels for every format: FP8 and FP4 move and multiply at their own width.',
  },
  {
    value: 'generic',
    label: 'Generic (plain framework code)',
    hint: 'No low-bit kernels: FP8 and FP4 weights fit in less memory but run at about the BF16 time (measured on our H200 in plain PyTorch).',
  },
]

export const BOUNDARY_OPTIONS: readonly {
  readonly value: 'chip' | 'node' | 'facility'
  readonly label: string
  readonly hint: string
}[] = [
  { value: 'chip', label: 'Chip', hint: 'The accelerators alone.' },
  {
    value: 'node',
    label: 'Node',
    hint: 'Accelerators plus their share of the host server (CPUs, memory, NICs, fans).',
  },
  {
    value: 'facility',
    label: 'Facility',
    hint: 'Node energy × PUE: adds cooling and power conversion in the data centre.',
  },
]

/** The figures the compare table can show, each with its unit, format and which way is better. */
import type { SimulationResult, TrajectoryYear } from '@/engine/index'
import {
  formatCount,
  formatFold,
  formatJoules,
  formatNumber,
  formatSeconds,
  formatUsd,
} from '@/lib/format'

export interface CompareValues {
  readonly result: SimulationResult
  readonly trajectory: readonly TrajectoryYear[]
}

export interface MetricSpec {
  readonly id: string
  /** Full name in words (tooltips, exports). */
  readonly label: string
  /** Column header: a few words over the unit. */
  readonly short: string
  /** Unit for headers and exports. */
  readonly unit: string
  readonly value: (v: CompareValues) => number | undefined
  readonly format: (value: number) => string
  /** Which direction is an improvement (colours the deltas). */
  readonly better: 'lower' | 'higher' | 'neither'
  /** Shown until the user picks columns. */
  readonly initiallyVisible: boolean
  /** A short explanation for the header's tooltip. */
  readonly help: string
}

const last = (v: CompareValues): TrajectoryYear | undefined => v.trajectory[v.trajectory.length - 1]

const usd = (value: number): string => formatUsd(value)

export const METRICS: readonly MetricSpec[] = [
  {
    id: 'costOutput',
    short: 'Output tokens',
    label: 'Cost per million output tokens',
    unit: '$ per million',
    value: (v) => v.result.costPerMillionTokens.output,
    format: usd,
    better: 'lower',
    initiallyVisible: true,
    help: 'All-in cost of generating one million tokens in the scenario’s year.',
  },
  {
    id: 'costInput',
    short: 'Input tokens',
    label: 'Cost per million input tokens',
    unit: '$ per million',
    value: (v) => v.result.costPerMillionTokens.input,
    format: usd,
    better: 'lower',
    initiallyVisible: true,
    help: 'Cost of reading one million prompt tokens (prefill).',
  },
  {
    id: 'costBlended',
    short: 'All tokens',
    label: 'Blended cost per million tokens',
    unit: '$ per million',
    value: (v) => v.result.costPerMillionTokens.blended,
    format: usd,
    better: 'lower',
    initiallyVisible: false,
    help: 'Input and output tokens together, weighted by the workload.',
  },
  {
    id: 'costRequest',
    short: 'Per request',
    label: 'Cost per request',
    unit: '$',
    value: (v) => v.result.costPerRequestUsd,
    format: usd,
    better: 'lower',
    initiallyVisible: false,
    help: 'One request of the workload: its prompt and its answer.',
  },
  {
    id: 'joules',
    short: 'Energy per token',
    label: 'Energy per output token',
    unit: 'J per output token',
    value: (v) => v.result.energyPerToken.joules,
    format: formatJoules,
    better: 'lower',
    initiallyVisible: true,
    help: 'Energy per generated token at the scenario’s energy boundary.',
  },
  {
    id: 'throughput',
    short: 'Throughput',
    label: 'Tokens/s per accelerator',
    unit: 'tokens/s per accelerator',
    value: (v) => v.result.throughput.outputTokensPerSecondPerAccelerator,
    format: formatCount,
    better: 'higher',
    initiallyVisible: true,
    help: 'Output tokens per second each accelerator produces at the chosen batch.',
  },
  {
    id: 'perMW',
    short: 'Per megawatt',
    label: 'Tokens/s per MW',
    unit: 'tokens/s per MW',
    value: (v) => v.result.power.outputTokensPerSecondPerMW,
    format: formatCount,
    better: 'higher',
    initiallyVisible: false,
    help: 'Output tokens per second per megawatt of facility power.',
  },
  {
    id: 'userSpeed',
    short: 'Speed per user',
    label: 'Tokens/s per user',
    unit: 'tokens/s',
    value: (v) => v.result.latency.outputTokensPerSecondPerUser,
    format: (x) => formatNumber(x),
    better: 'higher',
    initiallyVisible: false,
    help: 'How fast each user sees the answer appear.',
  },
  {
    id: 'ttft',
    short: 'First token',
    label: 'Time to first token',
    unit: 's',
    value: (v) => v.result.latency.ttftSeconds,
    format: formatSeconds,
    better: 'lower',
    initiallyVisible: false,
    help: 'Wait before the first word of the answer.',
  },
  {
    id: 'accelerators',
    short: 'Accelerators',
    label: 'Accelerators per replica',
    unit: 'per replica',
    value: (v) => v.result.scenario.accelerators,
    format: (x) => formatNumber(x),
    better: 'neither',
    initiallyVisible: false,
    help: 'Accelerators serving one copy of the model.',
  },
  {
    id: 'batch',
    short: 'Batch',
    label: 'Batch size',
    unit: 'sequences',
    value: (v) => v.result.batchSize,
    format: (x) => formatNumber(x),
    better: 'neither',
    initiallyVisible: false,
    help: 'Requests served together by one replica.',
  },
  {
    id: 'cost2030',
    short: 'Output tokens, 2030',
    label: 'Cost per million output tokens in 2030',
    unit: '$ per million',
    value: (v) => last(v)?.costPerMillionTokens.output,
    format: usd,
    better: 'lower',
    initiallyVisible: true,
    help: 'The scenario’s levers at their 2030 availability.',
  },
  {
    id: 'fold2030',
    short: 'Cheaper by 2030',
    label: 'Cheaper by 2030 than its own 2026 baseline',
    unit: '× vs its 2026 baseline',
    value: (v) => last(v)?.costFold,
    format: formatFold,
    better: 'higher',
    initiallyVisible: true,
    help: 'The scenario’s 2026 cost without levers divided by its 2030 cost.',
  },
  {
    id: 'energy2030',
    short: 'Energy per token, 2030',
    label: 'Energy per output token in 2030',
    unit: 'J per output token',
    value: (v) => last(v)?.energyPerToken.joules,
    format: formatJoules,
    better: 'lower',
    initiallyVisible: false,
    help: 'Energy per generated token with the levers at their 2030 availability.',
  },
]

export const INITIAL_METRIC_IDS: readonly string[] = METRICS.filter((m) => m.initiallyVisible).map(
  (m) => m.id,
)

export function metricById(id: string): MetricSpec | undefined {
  return METRICS.find((m) => m.id === id)
}

/** A change against the reference in words: "−18 %", "+7 %", or a fold beyond 2×: "12× lower". */
export function formatDelta(ratio: number): string {
  if (!Number.isFinite(ratio) || ratio <= 0) return '—'
  if (Math.abs(ratio - 1) < 0.0005) return 'same'
  if (ratio >= 2) return `${formatFold(ratio)} higher`
  if (ratio <= 0.5) return `${formatFold(1 / ratio)} lower`
  const pct = (ratio - 1) * 100
  return `${pct > 0 ? '+' : '−'}${formatNumber(Math.abs(pct), 2)} %`
}

export type DeltaTone = 'better' | 'worse' | 'neutral'

export function deltaTone(ratio: number, better: MetricSpec['better']): DeltaTone {
  if (!Number.isFinite(ratio) || Math.abs(ratio - 1) < 0.0005 || better === 'neither')
    return 'neutral'
  return ratio < 1 === (better === 'lower') ? 'better' : 'worse'
}

/**
 * The frontier view's numbers: one series per chip (points ready for the chart), the scenario's
 * operating point and target, and the table behind the chart's exports.
 */
import type { FrontierPoint } from '@/engine/index'
import type { ExportTable } from '@/lib/export/table-data'
import type { FrontierOperatingPoint, FrontierOutcome } from '@/state/frontier-slice'

/** Series colours in order: the scenario's chip first (the palette is colour-blind safe). */
export const SERIES_COLORS = [
  'var(--series-scenario)',
  'var(--cat-6)',
  'var(--cat-3)',
  'var(--cat-4)',
  'var(--cat-2)',
] as const

/** One chart point: x = output tokens/s per user, y = the metric shown. */
export interface ChartPoint {
  readonly x: number
  readonly y: number
  readonly point: FrontierPoint
  readonly chip: string
}

export interface FrontierSeries {
  readonly hardware: string
  readonly name: string
  readonly color: string
  readonly points: readonly FrontierPoint[]
  readonly operatingPoint: FrontierOperatingPoint | null
  /** True for the scenario's own chip (the first item). */
  readonly own: boolean
}

export type FrontierMetric = 'throughput' | 'cost'

/** The items that could run, as series; the others' issues, by position. */
export function frontierSeries(items: readonly FrontierOutcome[]): {
  readonly series: FrontierSeries[]
  readonly failed: { readonly index: number; readonly message: string }[]
} {
  const series: FrontierSeries[] = []
  const failed: { index: number; message: string }[] = []
  items.forEach((item, index) => {
    if (!item.ok) {
      failed.push({ index, message: item.issues.map((i) => i.message).join(' ') })
      return
    }
    series.push({
      hardware: item.hardware,
      name: item.hardwareName,
      color: SERIES_COLORS[index % SERIES_COLORS.length]!,
      points: item.points,
      operatingPoint: index === 0 ? item.operatingPoint : null,
      own: index === 0,
    })
  })
  return { series, failed }
}

export function metricOf(point: FrontierPoint, metric: FrontierMetric): number {
  return metric === 'throughput'
    ? point.outputTokensPerSecondPerAccelerator
    : point.costPerMillionOutputTokens
}

export function chartPoints(s: FrontierSeries, metric: FrontierMetric): ChartPoint[] {
  return s.points.map((point) => ({
    x: point.outputTokensPerSecondPerUser,
    y: metricOf(point, metric),
    point,
    chip: s.name,
  }))
}

/**
 * The point of a series closest to a target speed per user from above: the most productive
 * deployment that still meets it. Undefined when no point is that fast.
 */
export function bestAtTarget(
  points: readonly FrontierPoint[],
  minSpeed: number,
): FrontierPoint | undefined {
  let best: FrontierPoint | undefined
  for (const p of points) {
    if (p.outputTokensPerSecondPerUser < minSpeed) continue
    if (!best || p.outputTokensPerSecondPerAccelerator > best.outputTokensPerSecondPerAccelerator)
      best = p
  }
  return best
}

/** The numbers behind the charts: every frontier point of every chip, then the operating point. */
export function frontierExport(series: readonly FrontierSeries[]): ExportTable {
  const rows = series.flatMap((s) => [
    ...s.points.map((p) => ({
      chip: s.name,
      kind: 'frontier',
      perUser: p.outputTokensPerSecondPerUser,
      perAccelerator: p.outputTokensPerSecondPerAccelerator,
      cost: p.costPerMillionOutputTokens,
      ttft: p.ttftSeconds,
      batch: p.batchSize,
      deployment: p.deployment.label,
      attention: p.deployment.attentionParallelism,
      replicas: p.deployment.replicas,
      acceleratorsPerReplica: p.deployment.acceleratorsPerReplica,
    })),
    ...(s.operatingPoint
      ? [
          {
            chip: s.name,
            kind: 'operating point',
            perUser: s.operatingPoint.outputTokensPerSecondPerUser,
            perAccelerator: s.operatingPoint.outputTokensPerSecondPerAccelerator,
            cost: s.operatingPoint.costPerMillionOutputTokens,
            ttft: s.operatingPoint.ttftSeconds,
            batch: s.operatingPoint.batchSize,
            deployment: s.operatingPoint.label,
            attention: s.operatingPoint.attentionParallelism,
            replicas: s.operatingPoint.replicas,
            acceleratorsPerReplica: s.operatingPoint.acceleratorsPerReplica,
          },
        ]
      : []),
  ])
  return {
    columns: [
      { key: 'chip', label: 'Chip' },
      { key: 'kind', label: 'Point' },
      { key: 'perUser', label: 'Output speed per user', unit: 'tokens/s' },
      { key: 'perAccelerator', label: 'Output throughput per accelerator', unit: 'tokens/s' },
      { key: 'cost', label: 'Cost per million output tokens', unit: '$/M' },
      { key: 'ttft', label: 'Time to first token', unit: 's' },
      { key: 'batch', label: 'Concurrent sequences per replica' },
      { key: 'deployment', label: 'Deployment' },
      { key: 'attention', label: 'Attention (data- or tensor-parallel)' },
      { key: 'replicas', label: 'Replicas' },
      { key: 'acceleratorsPerReplica', label: 'Accelerators per replica' },
    ],
    rows,
  }
}

/** Round ticks from 0 to at least `max`: steps of 1, 2, 2.5 or 5 × a power of ten, about five of them. */
export function linearTicks(max: number): { domain: [number, number]; ticks: number[] } {
  if (!(max > 0) || !Number.isFinite(max)) return { domain: [0, 1], ticks: [0, 1] }
  const rough = max / 5
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power
  const top = Math.ceil(max / step - 1e-9) * step
  const ticks: number[] = []
  for (let k = 0; k * step <= top + step * 1e-9; k++) ticks.push(Number((k * step).toPrecision(12)))
  return { domain: [0, top], ticks }
}

/**
 * A log axis for `lo`..`hi` (both > 0) on 1-2-5 ticks. Without a finite positive range (no point
 * priced: a scenario no chip can run) a placeholder decade: the ticks loop runs from lo's decade to
 * hi's, and Math.min() of nothing is Infinity, which had filled an array until it overflowed.
 */
export function logTicks(lo: number, hi: number): { domain: [number, number]; ticks: number[] } {
  if (!(lo > 0) || !Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo)
    return { domain: [1, 10], ticks: [1, 2, 5, 10] }
  const from = Math.floor(Math.log10(Math.max(lo, 1e-6)))
  const to = Math.ceil(Math.log10(Math.max(hi, lo * 10, 1e-6)))
  const ticks: number[] = []
  for (let e = from; e <= to; e++) for (const m of [1, 2, 5]) ticks.push(m * 10 ** e)
  const low = ticks.filter((t) => t <= lo).at(-1) ?? ticks[0]!
  const high = ticks.find((t) => t >= hi) ?? ticks.at(-1)!
  return { domain: [low, high], ticks: ticks.filter((t) => t >= low && t <= high) }
}

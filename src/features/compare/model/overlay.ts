/** Trajectory overlay: one row per year, one column per compared scenario. */
import type { ExportTable } from '@/lib/export/table-data'
import type { CompareOutcome } from '@/state/compare-slice'

import type { CompareRow } from './rows'

export type OverlayMetric = 'cost' | 'energy'

export interface OverlaySeries {
  readonly key: string
  readonly name: string
  readonly colorIndex: number
}

export interface OverlayData {
  readonly rows: readonly Readonly<Record<string, number | undefined>>[]
  readonly series: readonly OverlaySeries[]
}

export function overlayData(
  rows: readonly CompareRow[],
  outcomes: Readonly<Record<string, CompareOutcome>>,
  metric: OverlayMetric,
): OverlayData {
  const series: OverlaySeries[] = []
  const byYear = new Map<number, Record<string, number | undefined>>()
  rows.forEach((row, i) => {
    const outcome = outcomes[row.id]
    if (!outcome?.ok) return
    const key = `s${i}`
    series.push({ key, name: row.name, colorIndex: row.colorIndex })
    for (const point of outcome.trajectory) {
      const entry = byYear.get(point.year) ?? { year: point.year }
      entry[key] = point.feasible
        ? metric === 'cost'
          ? point.costPerMillionTokens.output
          : point.energyPerToken.joules
        : undefined
      byYear.set(point.year, entry)
    }
  })
  return { rows: [...byYear.values()].sort((a, b) => (a.year ?? 0) - (b.year ?? 0)), series }
}

export function overlayExport(data: OverlayData, metric: OverlayMetric): ExportTable {
  return {
    columns: [
      { key: 'year', label: 'Year' },
      ...data.series.map((s) => ({
        key: s.key,
        label: s.name,
        unit:
          metric === 'cost'
            ? '$ per million output tokens'
            : 'J per output token, each scenario at its own energy boundary',
      })),
    ],
    rows: data.rows,
  }
}

/** Log-axis bounds with a margin around every value, and 1–2–5 ticks inside them. */
export function logAxis(data: OverlayData): { domain: [number, number]; ticks: number[] } {
  const values = data.rows
    .flatMap((r) => data.series.map((s) => r[s.key]))
    .filter((v): v is number => v !== undefined && v > 0)
  if (values.length === 0) return { domain: [0.01, 1], ticks: [0.01, 0.1, 1] }
  const lo = Math.min(...values) / LOG_MARGIN
  const hi = Math.max(...values) * LOG_MARGIN
  const ticks: number[] = []
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const t = m * 10 ** e
      if (t >= lo && t <= hi) ticks.push(Number(t.toPrecision(3)))
    }
  }
  if (ticks.length >= 3) return { domain: [lo, hi], ticks }
  // A narrow range (the lines barely move): evenly spaced round ticks read better.
  const step = niceStep((hi - lo) / 4)
  const even: number[] = []
  for (let t = Math.ceil(lo / step) * step; t <= hi; t += step) even.push(Number(t.toPrecision(6)))
  return { domain: [lo, hi], ticks: even }
}

/** 1, 2 or 5 × a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw))
  const m = [1, 2, 5, 10].find((x) => x * power >= raw) ?? 10
  return m * power
}

/** Room above and below the lines on the log axis (a factor). */
const LOG_MARGIN = 1.25

/** Parity chart data: measured against predicted on log–log axes, with the 1:1 line and a ratio band. */
import type { GpuTimeRow, ValidationRow } from '@/engine/index'
import type { ExportTable } from '@/lib/export/table-data'

export interface ParityPoint {
  readonly id: string
  readonly label: string
  readonly group: string
  readonly measured: number
  readonly predicted: number
  /** predicted ÷ measured */
  readonly ratio: number
  readonly errorPct: number
  readonly source: string
}

export interface ParitySet {
  readonly points: readonly ParityPoint[]
  /** The same range on both axes, whole powers of ten around every point. */
  readonly domain: readonly [number, number]
  readonly band: readonly [number, number]
  readonly groups: readonly string[]
}

export const VALIDATION_GROUP = 'Validation set (never fitted)'
export const FIT_GROUP = 'Fitting set (in-sample)'

/** Validation cases first, then the fitting cases; cases the engine refused are left out. */
export function throughputPoints(rows: readonly ValidationRow[]): ParityPoint[] {
  const ordered = [
    ...rows.filter((r) => r.role === 'validation'),
    ...rows.filter((r) => r.role === 'fit'),
  ]
  return ordered
    .filter((r) => Number.isFinite(r.ratio))
    .map((r) => ({
      id: r.id,
      // The group says whether the calibration saw the case; the label keeps what differs between cases.
      label: r.description.replace(/^TensorRT-LLM max-throughput benchmark:\s*/, ''),
      group: r.role === 'validation' ? VALIDATION_GROUP : FIT_GROUP,
      measured: r.measured,
      predicted: r.predicted,
      ratio: r.ratio,
      errorPct: r.errorPct,
      source: r.source,
    }))
}

export function validationPoints(points: readonly ParityPoint[]): ParityPoint[] {
  return points.filter((p) => p.group === VALIDATION_GROUP)
}

export function gpuGroup(row: Pick<GpuTimeRow, 'phase' | 'precision'>): string {
  return `${row.phase === 'prefill' ? 'Prefill' : 'Decode step'}, ${row.precision}`
}

export function gpuPoints(rows: readonly GpuTimeRow[], source: string): ParityPoint[] {
  return rows.map((r) => ({
    id: r.id,
    label: r.description,
    group: gpuGroup(r),
    measured: r.measuredMs,
    predicted: r.predictedMs,
    ratio: r.ratio,
    errorPct: r.errorPct,
    source,
  }))
}

export function parityDomain(points: readonly ParityPoint[]): [number, number] {
  const values = points
    .flatMap((p) => [p.measured, p.predicted])
    .filter((v) => v > 0 && Number.isFinite(v))
  if (values.length === 0) return [1, 10]
  return [
    10 ** Math.floor(Math.log10(Math.min(...values))),
    10 ** Math.ceil(Math.log10(Math.max(...values))),
  ]
}

export function paritySet(
  points: readonly ParityPoint[],
  band: readonly [number, number],
): ParitySet {
  return {
    points,
    domain: parityDomain(points),
    band,
    groups: [...new Set(points.map((p) => p.group))],
  }
}

/** End points of the line predicted = factor × measured across the domain (1 = the parity line). */
export function ratioLine(
  domain: readonly [number, number],
  factor: number,
): [{ x: number; y: number }, { x: number; y: number }] {
  const [lo, hi] = domain
  // Clip to the square so the line ends at the plot's edge.
  const x0 = factor >= 1 ? lo : lo / factor
  const x1 = factor >= 1 ? hi / factor : hi
  return [
    { x: x0, y: x0 * factor },
    { x: x1, y: x1 * factor },
  ]
}

/** Powers of ten inside the domain, for log-axis ticks. */
export function decadeTicks(domain: readonly [number, number]): number[] {
  const ticks: number[] = []
  for (let e = Math.round(Math.log10(domain[0])); 10 ** e <= domain[1] * 1.0001; e++)
    ticks.push(10 ** e)
  return ticks
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function parityExport(points: readonly ParityPoint[], unit: string): ExportTable {
  return {
    columns: [
      { key: 'id', label: 'Case' },
      { key: 'group', label: 'Group' },
      { key: 'description', label: 'Description' },
      { key: 'measured', label: 'Measured', unit },
      { key: 'predicted', label: 'Predicted', unit },
      { key: 'ratio', label: 'Predicted ÷ measured' },
      { key: 'errorPct', label: 'Error', unit: '%' },
      { key: 'source', label: 'Source' },
    ],
    rows: points.map((p) => ({
      id: p.id,
      group: p.group,
      description: p.label,
      measured: p.measured,
      predicted: p.predicted,
      ratio: p.ratio,
      errorPct: p.errorPct,
      source: p.source,
    })),
  }
}

/** Run the validation cases through the engine and summarise the error. */
import { runScenario } from '../simulate'

import { THROUGHPUT_CASES, type ThroughputCase } from './cases'

export interface ValidationRow {
  readonly id: string
  readonly description: string
  readonly source: string
  readonly mapping: string
  readonly measured: number
  readonly predicted: number
  /** predicted / measured. */
  readonly ratio: number
  /** (predicted - measured) / measured, percent. */
  readonly errorPct: number
  readonly batchSize: number
  readonly decodeBound: string
}

export interface ValidationSummary {
  readonly rows: readonly ValidationRow[]
  readonly medianAbsErrorPct: number
  readonly worstRatio: number
  readonly bestRatio: number
  readonly withinBand: number
}

export const RATIO_BAND = [0.67, 1.5] as const

function row(c: ThroughputCase): ValidationRow {
  const outcome = runScenario(c.scenario)
  if (!outcome.ok)
    throw new Error(
      `validation case ${c.id} is invalid: ${outcome.issues.map((i) => i.message).join('; ')}`,
    )
  const r = outcome.result
  const predicted = r.throughput.outputTokensPerSecondPerAccelerator
  return {
    id: c.id,
    description: c.description,
    source: c.source,
    mapping: c.mapping,
    measured: c.measured,
    predicted,
    ratio: predicted / c.measured,
    errorPct: ((predicted - c.measured) / c.measured) * 100,
    batchSize: r.batchSize,
    decodeBound: r.decode.bound,
  }
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function runValidation(
  cases: readonly ThroughputCase[] = THROUGHPUT_CASES,
): ValidationSummary {
  const rows = cases.map(row)
  const ratios = rows.map((r) => r.ratio)
  return {
    rows,
    medianAbsErrorPct: median(rows.map((r) => Math.abs(r.errorPct))),
    worstRatio: Math.max(...ratios),
    bestRatio: Math.min(...ratios),
    withinBand: rows.filter((r) => r.ratio >= RATIO_BAND[0] && r.ratio <= RATIO_BAND[1]).length,
  }
}

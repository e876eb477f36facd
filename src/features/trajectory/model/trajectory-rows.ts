import type { TrajectoryYear, UncertaintyYear } from '@/engine/index'
import { calibration } from '@/engine/index'

export type Metric = 'cost' | 'energy'

/** One year of a trajectory chart. Values in $/M output tokens (cost) or J per output token (energy). */
export interface TrajectoryRow {
  readonly year: number
  /** The scenario with every lever at its base effect. */
  readonly scenario: number
  /** The 2026 reference with no levers (flat). */
  readonly baseline: number
  /** P10–P90 of the Monte Carlo over the levers' effect ranges, low first; absent until computed. */
  readonly band: readonly [number, number] | undefined
  readonly p50: number | undefined
  /** Baseline ÷ scenario: 10 means ten times cheaper (or less energy). */
  readonly fold: number
  /** Market price trend, for context only (not model output); absent unless asked for. */
  readonly market: number | undefined
  /**
   * The engine's own error around the scenario, low first: within a factor (1 + relative error) either
   * way, the validation median error of the nearest measured regime (result.accuracy). Absent when no
   * error is known. Separate from the band, which is the levers' effect uncertainty.
   */
  readonly engineError: readonly [number, number] | undefined
  /**
   * The year's scenario runs as set: it fits and meets the workload's targets. Where it does not,
   * `scenario` is the nearest point the search names (simulate()'s issue), not a cost to quote.
   */
  readonly feasible: boolean
}

export interface MarketTrend {
  readonly id: string
  /** Decline factor per year. */
  readonly perYear: number
  readonly label: string
  readonly source: string
}

interface CalibrationEntry {
  readonly id: string
  readonly kind: string
  readonly description?: string
  readonly expected?: Readonly<Record<string, unknown>>
  readonly source?: string
}

const TRENDS: readonly CalibrationEntry[] = (calibration as readonly CalibrationEntry[]).filter(
  (c) => c.kind === 'cost_trend',
)

const numberAt = (entry: CalibrationEntry | undefined, key: string): number | undefined => {
  const value = entry?.expected?.[key]
  return typeof value === 'number' ? value : undefined
}

const A16Z = TRENDS.find((t) => t.id === 'trend-a16z-llmflation')
const EPOCH = TRENDS.find((t) => t.id === 'trend-epoch-price-decline')

/**
 * The published market trend drawn as context: a16z's "LLMflation" (price at constant capability
 * falls ~10× a year), which sits at the slow end of Epoch AI's 9–900× a year. Prices, not costs:
 * they also fold in better models and shrinking margins.
 */
export const MARKET_TREND: MarketTrend = {
  id: A16Z?.id ?? 'trend-a16z-llmflation',
  perYear: numberAt(A16Z, 'per_year_factor') ?? 10,
  label: 'Market price trend at constant capability (a16z “LLMflation”)',
  source: A16Z?.source ?? 'a16z.com/llmflation-llm-inference-cost',
}

export const EPOCH_RANGE = {
  min: numberAt(EPOCH, 'min_per_year_factor') ?? 9,
  max: numberAt(EPOCH, 'max_per_year_factor') ?? 900,
  source: EPOCH?.source ?? 'epoch.ai/data-insights/llm-inference-price-trends',
} as const

const pick = (year: TrajectoryYear, metric: Metric): { value: number; baseline: number } =>
  metric === 'cost'
    ? { value: year.costPerMillionTokens.output, baseline: year.baseline.costPerMillionOutput }
    : { value: year.energyPerToken.joules, baseline: year.baseline.joules }

/** Chart rows: scenario, flat baseline, the P10–P90 band where the uncertainty has arrived, market context. */
export function trajectoryRows(
  trajectory: readonly TrajectoryYear[],
  uncertainty: readonly UncertaintyYear[] | undefined,
  metric: Metric,
  withMarket = false,
  relativeError?: number,
): TrajectoryRow[] {
  const errorFactor =
    relativeError !== undefined && Number.isFinite(relativeError) && relativeError > 0
      ? 1 + relativeError
      : undefined
  const first = trajectory[0]
  const firstYear = first?.year ?? 2026
  const reference = first ? pick(first, metric).baseline : Number.NaN
  return trajectory.map((year) => {
    const { value, baseline } = pick(year, metric)
    const u = uncertainty?.find((x) => x.year === year.year)
    const b = u ? (metric === 'cost' ? u.cost : u.energy) : undefined
    return {
      year: year.year,
      scenario: value,
      baseline,
      band: b ? [Math.min(b.p10, b.p90), Math.max(b.p10, b.p90)] : undefined,
      p50: b?.p50,
      fold: baseline / value,
      market:
        withMarket && metric === 'cost'
          ? reference / MARKET_TREND.perYear ** (year.year - firstYear)
          : undefined,
      engineError: errorFactor ? [value / errorFactor, value * errorFactor] : undefined,
      feasible: year.feasible,
    }
  })
}

/** The 10× and 100× reference levels, relative to the 2026 baseline. */
export function referenceLevels(
  rows: readonly TrajectoryRow[],
): { readonly fold: number; readonly value: number }[] {
  const baseline = rows[0]?.baseline
  if (baseline === undefined) return []
  return [10, 100].map((fold) => ({ fold, value: baseline / fold }))
}

/** Fold range of the band in a row: baseline ÷ P90 (least gain) to baseline ÷ P10 (most gain). */
export function bandFolds(row: TrajectoryRow): readonly [number, number] | undefined {
  if (!row.band) return undefined
  const folds = [row.baseline / row.band[1], row.baseline / row.band[0]] as const
  // No baseline (the conditions without levers do not run) or no draw that runs: no folds.
  return folds.every((f) => Number.isFinite(f) && f > 0) ? folds : undefined
}

/** Axis domain and ticks: decades (with 2× and 5× steps when the range is short) on a log scale. */
export function logTicks(values: readonly number[]): {
  readonly domain: [number, number]
  readonly ticks: number[]
} {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0)
  if (positive.length === 0) return { domain: [0.01, 1], ticks: [0.01, 0.1, 1] }
  const lo = Math.floor(Math.log10(Math.min(...positive)))
  let hi = Math.ceil(Math.log10(Math.max(...positive)))
  if (hi === lo) hi = lo + 1
  const decades = hi - lo
  const steps = decades <= 2 ? [1, 2, 5] : [1]
  const ticks: number[] = []
  for (let e = lo; e <= hi; e++) {
    for (const s of steps) {
      const t = s * 10 ** e
      if (t <= 10 ** hi * 1.0001) ticks.push(Number(t.toPrecision(6)))
    }
  }
  return { domain: [10 ** lo, 10 ** hi], ticks }
}

/** Every value a chart draws, for its axis domain. */
export function chartValues(rows: readonly TrajectoryRow[], withReferences: boolean): number[] {
  const values: number[] = []
  for (const row of rows) {
    values.push(row.scenario, row.baseline)
    if (row.band) values.push(row.band[0], row.band[1])
    if (row.engineError) values.push(row.engineError[0], row.engineError[1])
    if (row.market !== undefined) values.push(row.market)
  }
  if (withReferences) for (const r of referenceLevels(rows)) values.push(r.value)
  return values
}

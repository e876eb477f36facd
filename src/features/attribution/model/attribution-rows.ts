import type { Attribution, SensitivityRow, LeverId } from '@/engine/index'
import { formatFold } from '@/lib/format'

export type Metric = 'cost' | 'energy'

/** Short lever names for chart axes (the catalogue's full names are in the lever panel). */
export const SHORT_NAMES: Readonly<Record<LeverId, string>> = {
  customSilicon: 'Custom silicon',
  advancedNodes: 'Advanced nodes',
  advancedPackaging: '3D packaging',
  chiplets: 'Chiplets',
  hbm: 'HBM4 and beyond',
  memoryPooling: 'Memory pooling (CXL)',
  processingInMemory: 'Processing in memory',
  scaleUp: 'Scale-up interconnect',
  scaleOut: 'Scale-out fabrics',
  coPackagedOptics: 'Co-packaged optics',
  inferenceEngine: 'Inference engine',
  modelOptimization: 'Model optimization',
  compilerStack: 'Compiler stack',
  mixtureOfExperts: 'Mixture of experts',
  stateSpace: 'State-space layers',
  multiTokenDecoding: 'Multi-token decoding',
  designLag: 'Design lag (risk)',
}

/**
 * One bar of the waterfall, in "ln fold" units: 0 is the 2026 baseline, ln 10 is ten times
 * cheaper. Each lever moves the running total by −φ (its Owen value: Δ ln); the last bar is the total.
 */
export interface WaterfallRow {
  readonly id: LeverId | 'total'
  readonly label: string
  readonly kind: 'gain' | 'loss' | 'total'
  /** Owen value: Δ ln of the metric (negative = cheaper / less energy). */
  readonly deltaLn: number
  /** How many times the lever divides the metric: exp(−Δ ln); below 1 it raises it. */
  readonly fold: number
  /** Share of the total log change (Δ ln ÷ total Δ ln); sums to 1 over the levers. */
  readonly share: number
  readonly start: number
  readonly end: number
  /** [low, high] of the bar, for a range bar. */
  readonly span: readonly [number, number]
}

/** Waterfall bars: gains largest first, then losses, then the total (baseline → scenario). */
export function waterfallRows(attribution: Attribution, metric: Metric): WaterfallRow[] {
  const shares = metric === 'cost' ? attribution.cost : attribution.energy
  const total = metric === 'cost' ? attribution.totalCost : attribution.totalEnergy
  const levers = attribution.players
    .map((id) => ({ id, deltaLn: shares[id] ?? 0 }))
    .sort((a, b) => {
      const aGain = a.deltaLn <= 0
      const bGain = b.deltaLn <= 0
      if (aGain !== bGain) return aGain ? -1 : 1
      return Math.abs(b.deltaLn) - Math.abs(a.deltaLn)
    })
  let running = 0
  const rows: WaterfallRow[] = levers.map(({ id, deltaLn }) => {
    const start = running
    running -= deltaLn
    return {
      id,
      label: SHORT_NAMES[id],
      kind: deltaLn <= 0 ? 'gain' : 'loss',
      deltaLn,
      fold: Math.exp(-deltaLn),
      share: total !== 0 ? deltaLn / total : 0,
      start,
      end: running,
      span: [Math.min(start, running), Math.max(start, running)],
    }
  })
  rows.push({
    id: 'total',
    label: 'All levers together',
    kind: 'total',
    deltaLn: total,
    fold: Math.exp(-total),
    share: total !== 0 ? 1 : 0,
    start: 0,
    end: -total,
    span: [Math.min(0, -total), Math.max(0, -total)],
  })
  return rows
}

/** The largest drivers in words: "Model optimization 31 %, 3D packaging 24 %, Custom silicon 19 %". */
export function topDrivers(rows: readonly WaterfallRow[], count = 3): string {
  return rows
    .filter((r) => r.kind === 'gain' && r.share > 0)
    .slice(0, count)
    .map((r) => `${r.label} ${Math.round(r.share * 100)} %`)
    .join(', ')
}

/**
 * Axis domain and ticks for "ln fold": ticks at 1×, 2×, 5×, 10×, 20×, … (and 0.5×, 0.2× below 1×)
 * within the bars' extent; only decades when the bars span more than three of them.
 */
export function foldTicks(rows: readonly WaterfallRow[]): {
  readonly domain: [number, number]
  readonly ticks: number[]
} {
  const lo = Math.min(0, ...rows.map((r) => r.span[0]))
  const hi = Math.max(0, ...rows.map((r) => r.span[1]))
  const steps = hi - lo > Math.log(1000) ? [1] : [1, 2, 5]
  const ticks: number[] = []
  for (let e = -4; e <= 5; e++) {
    for (const step of steps) {
      const t = Math.log(step * 10 ** e)
      if (t >= lo - 1e-9 && t <= hi + 1e-9) ticks.push(t)
    }
  }
  const pad = Math.max(0.05, (hi - lo) * 0.04)
  return { domain: [lo < 0 ? lo - pad : 0, hi + pad], ticks }
}

/** A tornado row: the metric's change when one lever's effect sits at its weak or strong end. */
export interface TornadoRow {
  readonly id: LeverId
  readonly label: string
  /** Relative change vs the scenario with the lever at its low (weak) effect: +0.4 = 40 % higher. */
  readonly weak: number
  /** Relative change with the lever at its high (strong) effect. */
  readonly strong: number
  readonly weakSpan: readonly [number, number]
  readonly strongSpan: readonly [number, number]
  /** Width of the bar: |weak − strong|. */
  readonly swing: number
}

/** Tornado rows, widest swing first, as relative changes (exp(Δ ln) − 1). */
export function tornadoRows(rows: readonly SensitivityRow[], metric: Metric): TornadoRow[] {
  return rows
    .filter((r) =>
      // A bar with an end where the scenario cannot run (NaN: a fixed count the model does not fit
      // at that strength) has no length to draw.
      metric === 'cost'
        ? Number.isFinite(r.costLow) && Number.isFinite(r.costHigh)
        : Number.isFinite(r.energyLow) && Number.isFinite(r.energyHigh),
    )
    .map((r) => {
      const weak = Math.expm1(metric === 'cost' ? r.costLow : r.energyLow)
      const strong = Math.expm1(metric === 'cost' ? r.costHigh : r.energyHigh)
      return {
        id: r.lever,
        label: SHORT_NAMES[r.lever],
        weak,
        strong,
        weakSpan: [Math.min(0, weak), Math.max(0, weak)] as const,
        strongSpan: [Math.min(0, strong), Math.max(0, strong)] as const,
        swing: Math.abs(weak - strong),
      }
    })
    .sort((a, b) => b.swing - a.swing)
}

const WORDS: Readonly<Record<Metric, { readonly better: string; readonly worse: string }>> = {
  cost: { better: 'cheaper', worse: 'costlier' },
  energy: { better: 'less energy', worse: 'more energy' },
}

/** "2.9× cheaper" / "1.4× costlier"; changes under 10 % as percentages: "4 % cheaper". */
export function foldWords(fold: number, metric: Metric): string {
  const words = WORDS[metric]
  if (fold >= 1.1) return `${formatFold(fold)} ${words.better}`
  if (fold <= 1 / 1.1) return `${formatFold(1 / fold)} ${words.worse}`
  const percent = Math.abs(1 - fold) * 100
  const digits = percent < 1 ? 1 : 0
  if (percent < 0.05) return 'no change'
  return `${percent.toFixed(digits)} % ${fold >= 1 ? words.better : words.worse}`
}

const shareText = (share: number): string => {
  const percent = share * 100
  const text =
    Math.abs(percent) < 1 && percent !== 0 ? percent.toFixed(1) : String(Math.round(percent))
  return `${text.replace('-', '−')} %`
}

/** A waterfall bar's label: its effect and its share of the total change (the total bar: its effect). */
export function barLabel(row: WaterfallRow, metric: Metric): string {
  if (row.kind === 'total') return foldWords(row.fold, metric)
  return `${foldWords(row.fold, metric)} · ${shareText(row.share)}`
}

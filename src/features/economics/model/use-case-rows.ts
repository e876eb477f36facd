import type {
  UseCaseEconomics,
  UseCaseRow,
  UseCaseYear,
  ArticleUseCaseReading,
} from '@/engine/index'
import { SEVERAL_FOLD } from '@/engine/index'
import { formatFold, formatPercent, formatUsd } from '@/lib/format'

/** How a margin reads against the target: losing money, profitable below target, at or above target. */
export type MarginTone = 'loss' | 'below-target' | 'target' | 'n/a'

export function marginTone(margin: number, target: number): MarginTone {
  if (!Number.isFinite(margin)) return 'n/a'
  if (margin < 0) return 'loss'
  return margin >= target ? 'target' : 'below-target'
}

export const TONE_LABEL: Readonly<Record<MarginTone, string>> = {
  loss: 'loses money',
  'below-target': 'profitable, below target',
  target: 'meets the target margin',
  'n/a': 'cannot run',
}

export interface MarginCell {
  readonly year: number
  readonly margin: number
  readonly costUsdPerTask: number
  readonly tone: MarginTone
  /** Plain words for a screen reader and the tooltip. */
  readonly description: string
}

export interface HeatmapRow {
  readonly id: string
  readonly name: string
  readonly task: string
  readonly modelName: string
  readonly priceUsdPerTask: number
  readonly priceBasis: string
  /** Tokens a task takes, "input / output / reasoning" (each use case has its own). */
  readonly tokens: string
  readonly baseline: MarginCell
  readonly cells: readonly MarginCell[]
  readonly breakEven: string
  readonly targetYear: string
  /** Times cheaper a task must get for the target, in the scenario year; ≤ 1: met. */
  readonly requiredFold: number
  readonly requiredText: string
  readonly issues: readonly string[]
}

function cell(name: string, y: UseCaseYear, target: number, label: string): MarginCell {
  const tone = marginTone(y.feasible ? y.grossMargin : Number.NaN, target)
  return {
    year: y.year,
    margin: y.grossMargin,
    costUsdPerTask: y.costUsdPerTask,
    tone,
    description:
      tone === 'n/a'
        ? `${name}, ${label}: cannot run`
        : `${name}, ${label}: gross margin ${formatPercent(y.grossMargin)}, cost ${formatUsd(y.costUsdPerTask)} per task, ${TONE_LABEL[tone]}`,
  }
}

/**
 * When a use case first reaches a margin, in words: "Already" only when 2026 technology (the baseline)
 * reaches it too; a year when the scenario's levers get it there; "Not by 2030" when nothing does.
 */
export function yearText(year: number | null, firstYear: number, baselineReaches = true): string {
  if (year === null) return 'Not by 2030'
  return year === firstYear && baselineReaches ? 'Already' : String(year)
}

/** "needs 3.3× cheaper" / "met (2.5× headroom)". */
export function requiredFoldText(fold: number): string {
  if (!Number.isFinite(fold)) return '—'
  return fold > 1 ? `${formatFold(fold)} cheaper` : `met (${formatFold(1 / fold)} headroom)`
}

export function heatmapRows(economics: UseCaseEconomics, scenarioYear: number): HeatmapRow[] {
  const target = economics.targetGrossMargin
  return economics.rows.map((row: UseCaseRow) => {
    const inYear = row.years.find((y) => y.year === scenarioYear) ?? row.years[0]
    const first = row.years[0]?.year ?? 2026
    return {
      id: row.id,
      name: row.name,
      task: row.task,
      modelName: row.modelName,
      priceUsdPerTask: row.priceUsdPerTask,
      priceBasis: row.priceBasis,
      tokens: `${row.tokensPerTask.input.toLocaleString('en-US')} / ${row.tokensPerTask.output.toLocaleString('en-US')} / ${row.tokensPerTask.reasoning.toLocaleString('en-US')}`,
      baseline: cell(row.name, row.baseline, target, '2026 baseline'),
      cells: row.years.map((y) => cell(row.name, y, target, String(y.year))),
      breakEven:
        row.issues.length > 0
          ? '—'
          : yearText(row.breakEvenYear, first, row.baseline.grossMargin >= 0),
      targetYear:
        row.issues.length > 0
          ? '—'
          : yearText(row.targetMarginYear, first, row.baseline.grossMargin >= target),
      requiredFold: inYear?.requiredCostReductionFold ?? Number.NaN,
      requiredText: requiredFoldText(inYear?.requiredCostReductionFold ?? Number.NaN),
      issues: row.issues,
    }
  })
}

export interface Headline {
  readonly lossNow: number
  readonly belowTargetNow: number
  readonly total: number
  readonly targetBy2030: number
  readonly sentence: string
}

const count = (n: number, total: number): string => `${n} of ${total}`

/** The five-second read: how many lose money now, how many reach the target by 2030 under the scenario. */
export function headline(economics: UseCaseEconomics): Headline {
  const rows = economics.rows.filter((r) => r.issues.length === 0)
  const total = rows.length
  const target = economics.targetGrossMargin
  // Today = 2026 technology, no levers (the baseline): the article's starting point.
  const now = rows.map((r) => r.baseline.grossMargin)
  const lossNow = now.filter((m) => m < 0).length
  const belowTargetNow = now.filter((m) => m >= 0 && m < target).length
  const targetBy2030 = rows.filter((r) => r.targetMarginYear !== null).length
  const first =
    lossNow + belowTargetNow === 0
      ? `With 2026 technology all ${total} use cases already reach a ${formatPercent(target)} gross margin on inference.`
      : `With 2026 technology, ${count(lossNow, total)} use cases lose money on every task and ${belowTargetNow} more miss a ${formatPercent(target)} margin.`
  const second =
    targetBy2030 === total
      ? `Under this scenario, all ${total} reach the target by 2030.`
      : `Under this scenario, ${count(targetBy2030, total)} reach it by 2030.`
  return { lossNow, belowTargetNow, total, targetBy2030, sentence: `${first} ${second}` }
}

export interface FoldBar {
  readonly name: string
  /**
   * Times cheaper needed for the target margin with 2026 technology (baseline) and in 2030 under
   * the scenario, floored at FOLD_FLOOR for the log axis: what the chart draws.
   */
  readonly first: number
  readonly last: number
  /** The same, unfloored: what the export writes (a floored 0.1 is not a figure to quote). */
  readonly firstValue: number
  readonly lastValue: number
}

/** Lowest fold a log axis shows; a task already past the target by more than 10× sits at the floor. */
export const FOLD_FLOOR = 0.1

/** The label at a bar's end: "3.3×" to go, "2× headroom", "≥10× headroom" at the floor. */
export function foldLabel(fold: number): string {
  if (!Number.isFinite(fold)) return ''
  if (fold <= FOLD_FLOOR * (1 + 1e-9)) return `≥${formatFold(1 / FOLD_FLOOR)} headroom`
  return fold > 1 ? `${formatFold(fold)} to go` : `${formatFold(1 / fold)} headroom`
}

export function foldBars(economics: UseCaseEconomics): FoldBar[] {
  return economics.rows
    .filter((r) => r.issues.length === 0 && r.years.length > 0)
    .map((r) => {
      const firstValue = r.baseline.requiredCostReductionFold
      const lastValue = r.years[r.years.length - 1]!.requiredCostReductionFold
      return {
        name: r.name,
        first: Math.max(FOLD_FLOOR, firstValue),
        last: Math.max(FOLD_FLOOR, lastValue),
        firstValue,
        lastValue,
      }
    })
}

export interface ArticleReconciliation {
  readonly id: string
  readonly name: string
  /** Whether the engine's 2026 figures agree with the article's reading of this use case. */
  readonly agrees: boolean
  readonly sentence: string
}

const READING_WORDS: Readonly<Record<ArticleUseCaseReading, string>> = {
  'needs-several-fold': 'needs inference several times cheaper before margins are sustainable',
  'approaching-viability': 'is approaching viability, with margins still below expectations',
}

function engineAgrees(reading: ArticleUseCaseReading, fold: number): boolean {
  return reading === 'needs-several-fold' ? fold >= SEVERAL_FOLD : fold > 1 && fold < SEVERAL_FOLD
}

/**
 * Each use case the article names, its reading against the engine's 2026 figures (review 2026-12 §4),
 * and where they disagree, the inputs that make the difference: the price per task and the tokens a
 * task takes, which the article does not state.
 */
export function articleReconciliation(
  economics: UseCaseEconomics,
  readings: Readonly<Record<string, ArticleUseCaseReading>>,
): ArticleReconciliation[] {
  return economics.rows.flatMap((row): ArticleReconciliation[] => {
    const reading = readings[row.id]
    const b = row.baseline
    if (!reading || !b.feasible) return []
    const fold = b.requiredCostReductionFold
    const agrees = engineAgrees(reading, fold)
    const tokens = row.tokensPerTask.input + row.tokensPerTask.output + row.tokensPerTask.reasoning
    const engine =
      fold <= 1
        ? `already clears the ${formatPercent(economics.targetGrossMargin)} target margin (${formatPercent(b.grossMargin)} in 2026)`
        : `needs ${formatFold(fold)} cheaper inference (${formatPercent(b.grossMargin)} margin in 2026)`
    const inputs = `${formatUsd(row.priceUsdPerTask)} a task (${row.priceBasis}) against ${formatUsd(b.costUsdPerTask)} of inference for ${tokens.toLocaleString('en-US')} tokens`
    return [
      {
        id: row.id,
        name: row.name,
        agrees,
        sentence: `${row.name}: the article says it ${READING_WORDS[reading]}; the engine ${engine}. ${agrees ? 'They agree' : 'The difference is in the inputs'}: ${inputs}.`,
      },
    ]
  })
}

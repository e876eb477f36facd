import { describe, expect, it } from 'vitest'

import type { UseCaseEconomics, UseCaseRow, UseCaseYear } from '@/engine/index'
import {
  foldBars,
  foldLabel,
  FOLD_FLOOR,
  headline,
  heatmapRows,
  marginTone,
  requiredFoldText,
  yearText,
} from '@/features/economics/model/use-case-rows'

const year = (y: number, margin: number, cost = 0.01): UseCaseYear => ({
  year: y,
  feasible: Number.isFinite(margin),
  costUsdPerTask: cost,
  grossMargin: margin,
  requiredCostReductionFold: (1 - margin) / 0.4,
  energyJoulesPerTask: 1,
})

const row = (
  id: string,
  margins: readonly number[],
  breakEven: number | null,
  target: number | null,
  issues: string[] = [],
): UseCaseRow => ({
  id,
  name: id,
  task: 'one task',
  modelId: 'm',
  modelName: 'Model',
  priceUsdPerTask: 0.02,
  priceBasis: 'test',
  tasksPerUserPerMonth: 1,
  tokensPerTask: { input: 1, output: 1, reasoning: 0 },
  baseline: year(2026, margins[0] ?? 0),
  years: margins.map((m, i) => year(2026 + i, m)),
  breakEvenYear: breakEven,
  targetMarginYear: target,
  issues,
})

const economics: UseCaseEconomics = {
  targetGrossMargin: 0.6,
  modelMode: 'typical',
  rows: [
    row('losing', [-0.5, -0.2, 0.1, 0.5, 0.7], 2028, 2030),
    row('thin', [0.3, 0.3, 0.3, 0.3, 0.3], 2026, null),
    row('rich', [0.9, 0.9, 0.9, 0.9, 0.9], 2026, 2026),
  ],
}

describe('use-case view model', () => {
  it('colours a margin as loss, below target or at target', () => {
    expect(marginTone(-0.01, 0.6)).toBe('loss')
    expect(marginTone(0, 0.6)).toBe('below-target')
    expect(marginTone(0.6, 0.6)).toBe('target')
    expect(marginTone(Number.NaN, 0.6)).toBe('n/a')
  })

  it('says when, in words', () => {
    expect(yearText(null, 2026)).toBe('Not by 2030')
    expect(yearText(2026, 2026)).toBe('Already')
    // The scenario's 2026 levers get it there, 2026 technology alone does not.
    expect(yearText(2026, 2026, false)).toBe('2026')
    expect(yearText(2028, 2026)).toBe('2028')
    expect(requiredFoldText(3.3)).toBe('3.3× cheaper')
    expect(requiredFoldText(0.5)).toBe('met (2× headroom)')
  })

  it('builds one heatmap row per use case with a cell per year', () => {
    const rows = heatmapRows(economics, 2028)
    expect(rows.map((r) => r.id)).toEqual(['losing', 'thin', 'rich'])
    expect(rows[0]?.cells.map((c) => c.tone)).toEqual([
      'loss',
      'loss',
      'below-target',
      'below-target',
      'target',
    ])
    expect(rows[0]?.breakEven).toBe('2028')
    expect(rows[1]?.targetYear).toBe('Not by 2030')
    // The fold shown is the scenario year's.
    expect(rows[0]?.requiredFold).toBeCloseTo((1 - 0.1) / 0.4, 12)
    expect(rows[0]?.cells[0]?.description).toMatch(
      /^losing, 2026: gross margin -50 %.*loses money$/,
    )
  })

  it('counts today from 2026 technology (the baseline), not from the scenario’s 2026', () => {
    const levered: UseCaseEconomics = {
      ...economics,
      rows: [
        { ...row('losing', [0.7, 0.8, 0.9, 0.9, 0.9], 2026, 2026), baseline: year(2026, -0.4) },
      ],
    }
    expect(headline(levered)).toMatchObject({ lossNow: 1, targetBy2030: 1 })
    const [h] = heatmapRows(levered, 2026)
    expect(h?.breakEven).toBe('2026')
    expect(h?.baseline.tone).toBe('loss')
  })

  it('counts the five-second read', () => {
    const h = headline(economics)
    expect(h).toMatchObject({ lossNow: 1, belowTargetNow: 1, total: 3, targetBy2030: 2 })
    expect(h.sentence).toBe(
      'With 2026 technology, 1 of 3 use cases lose money on every task and 1 more miss a 60 % margin. Under this scenario, 2 of 3 reach it by 2030.',
    )
  })

  it('leaves use cases that cannot run out of the counts and the chart', () => {
    const withBroken: UseCaseEconomics = {
      ...economics,
      rows: [...economics.rows, row('broken', [], null, null, ['does not fit'])],
    }
    expect(headline(withBroken).total).toBe(3)
    expect(foldBars(withBroken).map((b) => b.name)).toEqual(['losing', 'thin', 'rich'])
  })

  it('labels the bar ends', () => {
    expect(foldLabel(3.3)).toBe('3.3× to go')
    expect(foldLabel(0.5)).toBe('2× headroom')
    expect(foldLabel(FOLD_FLOOR)).toBe('≥10× headroom')
  })

  it('floors the fold bars for the log axis', () => {
    const bars = foldBars(economics)
    expect(bars[2]?.first).toBeCloseTo(Math.max(FOLD_FLOOR, (1 - 0.9) / 0.4), 12)
    expect(bars.every((b) => b.first >= FOLD_FLOOR && b.last >= FOLD_FLOOR)).toBe(true)
  })

  it('keeps the unfloored fold for the export (a floored 0.1 had been exported as a figure)', () => {
    // A 99 % margin needs (1 − 0.99) ÷ 0.4 = 0.025 of the cost: below the floor the chart draws.
    const bars = foldBars({ ...economics, rows: [row('lavish', [0.99, 0.99], 2026, 2026)] })
    expect(bars[0]?.first).toBe(FOLD_FLOOR)
    expect(bars[0]?.firstValue).toBeCloseTo(0.025, 12)
    expect(bars[0]?.lastValue).toBeCloseTo(0.025, 12)
  })
})

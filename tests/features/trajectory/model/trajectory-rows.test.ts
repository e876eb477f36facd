import { describe, expect, it } from 'vitest'

import {
  bandFolds,
  chartValues,
  logTicks,
  MARKET_TREND,
  referenceLevels,
  trajectoryRows,
} from '@/features/trajectory/model/trajectory-rows'

import { analysisOf, ARTICLE_ALL, CONSERVATIVE } from '../fixtures'

const article = analysisOf(ARTICLE_ALL)
const conservative = analysisOf(CONSERVATIVE)

describe('trajectoryRows', () => {
  it.each([
    ['Article: all levers', article],
    ['Conservative', conservative],
  ] as const)('%s: one row per year with the band ordered P10 ≤ P50 ≤ P90', (_name, analysis) => {
    for (const metric of ['cost', 'energy'] as const) {
      const rows = trajectoryRows(analysis.trajectory!, analysis.uncertainty, metric)
      expect(rows.map((r) => r.year)).toEqual([2026, 2027, 2028, 2029, 2030])
      for (const row of rows) {
        const [p10, p90] = row.band!
        expect(p10).toBeLessThanOrEqual(row.p50!)
        expect(row.p50!).toBeLessThanOrEqual(p90)
        expect(row.fold).toBeCloseTo(row.baseline / row.scenario, 10)
      }
    }
  })

  it('keeps the baseline flat at the 2026 reference and takes the scenario from the engine', () => {
    const rows = trajectoryRows(article.trajectory!, undefined, 'cost')
    const baselines = new Set(rows.map((r) => r.baseline))
    expect(baselines.size).toBe(1)
    rows.forEach((row, i) => {
      expect(row.scenario).toBe(article.trajectory![i]!.costPerMillionTokens.output)
      expect(row.band).toBeUndefined()
    })
    expect(rows[4]!.scenario).toBeLessThan(rows[0]!.scenario)
  })

  it('adds the market trend only on request and only to the cost chart, falling by its published factor a year', () => {
    const cost = trajectoryRows(article.trajectory!, article.uncertainty, 'cost', true)
    expect(cost[1]!.market! / cost[2]!.market!).toBeCloseTo(MARKET_TREND.perYear)
    expect(cost[0]!.market).toBe(cost[0]!.baseline)
    expect(
      trajectoryRows(article.trajectory!, article.uncertainty, 'cost').every(
        (r) => r.market === undefined,
      ),
    ).toBe(true)
    expect(
      trajectoryRows(article.trajectory!, article.uncertainty, 'energy', true).every(
        (r) => r.market === undefined,
      ),
    ).toBe(true)
    expect(MARKET_TREND.source).toMatch(/a16z/)
  })
})

describe('reference levels, band folds and axis ticks', () => {
  const rows = trajectoryRows(article.trajectory!, article.uncertainty, 'cost')

  it('puts the 10× and 100× lines at a tenth and a hundredth of the baseline', () => {
    const [ten, hundred] = referenceLevels(rows)
    expect(ten!.value * 10).toBeCloseTo(rows[0]!.baseline)
    expect(hundred!.value * 100).toBeCloseTo(rows[0]!.baseline)
  })

  it('reads the band as folds, least gain first', () => {
    const [least, most] = bandFolds(rows[4]!)!
    expect(least).toBeLessThanOrEqual(most)
    expect(least).toBeCloseTo(rows[4]!.baseline / rows[4]!.band![1])
  })

  it('covers every value with decade ticks', () => {
    const values = chartValues(rows, true)
    const { domain, ticks } = logTicks(values)
    expect(domain[0]).toBeLessThanOrEqual(Math.min(...values))
    expect(domain[1]).toBeGreaterThanOrEqual(Math.max(...values))
    expect(ticks[0]).toBe(domain[0])
    for (const t of ticks) expect(Math.log10(t) % 1).toBeCloseTo(0)
    expect(logTicks([0.2, 0.9]).ticks).toEqual([0.1, 0.2, 0.5, 1])
  })
})

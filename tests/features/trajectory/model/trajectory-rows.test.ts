import { describe, expect, it } from 'vitest'

import { trajectoryExport } from '@/features/trajectory/model/trajectory-export'
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

describe('the engine error range (issue 14 item 6)', () => {
  it('spans a factor (1 + relative error) either side of the scenario, every year', () => {
    const rows = trajectoryRows(article.trajectory!, article.uncertainty, 'cost', false, 0.25)
    for (const row of rows) {
      expect(row.engineError![0]).toBeCloseTo(row.scenario / 1.25, 12)
      expect(row.engineError![1]).toBeCloseTo(row.scenario * 1.25, 12)
    }
  })

  it('is absent when no error is known, or the error is not a positive number', () => {
    for (const e of [undefined, 0, -0.1, Number.NaN]) {
      const rows = trajectoryRows(article.trajectory!, undefined, 'energy', false, e)
      expect(rows.every((r) => r.engineError === undefined)).toBe(true)
    }
  })

  it('widens the axis to cover the range', () => {
    const rows = trajectoryRows(article.trajectory!, undefined, 'cost', false, 3)
    const values = chartValues(rows, false)
    for (const row of rows) {
      expect(values).toContain(row.scenario * 4)
      expect(values).toContain(row.scenario / 4)
    }
  })

  it('leaves the chart as data: two columns in the export, filled every year', () => {
    const rows = trajectoryRows(article.trajectory!, article.uncertainty, 'cost', false, 0.5)
    const table = trajectoryExport(rows, 'cost')
    const keys = table.columns.map((c) => c.key)
    expect(keys).toContain('engineErrorLow')
    expect(keys).toContain('engineErrorHigh')
    table.rows.forEach((row, i) => {
      expect(row.engineErrorLow).toBeCloseTo(rows[i]!.scenario / 1.5, 12)
      expect(row.engineErrorHigh).toBeCloseTo(rows[i]!.scenario * 1.5, 12)
    })
    const without = trajectoryExport(trajectoryRows(article.trajectory!, undefined, 'cost'), 'cost')
    expect(without.columns.map((c) => c.key)).not.toContain('engineErrorLow')
  })

  it('says which years cannot run as set, and only where one cannot', () => {
    expect(
      trajectoryExport(trajectoryRows(article.trajectory!, undefined, 'cost'), 'cost').columns.map(
        (c) => c.key,
      ),
    ).not.toContain('runsAsSet')
    const missed = analysisOf({
      workload: { preset: 'chat', minOutputTokensPerSecondPerUser: 400 },
      levers: { hbm: 1 },
    })
    const table = trajectoryExport(trajectoryRows(missed.trajectory!, undefined, 'cost'), 'cost')
    expect(table.columns.map((c) => c.key)).toContain('runsAsSet')
    expect(table.rows.map((r) => r.runsAsSet)).toEqual(Array(5).fill('no: nearest point'))
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

  it('gives no band folds without a baseline or a band that priced (no "— costlier to — cheaper")', () => {
    const row = rows[4]!
    expect(bandFolds({ ...row, baseline: Number.NaN })).toBeUndefined()
    expect(bandFolds({ ...row, band: [Number.NaN, Number.NaN] })).toBeUndefined()
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

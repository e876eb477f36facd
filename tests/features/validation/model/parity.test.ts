import { describe, expect, it } from 'vitest'

import { runGpuValidation, RATIO_BAND, runValidation } from '@/engine/index'
import {
  decadeTicks,
  gpuPoints,
  median,
  parityExport,
  paritySet,
  ratioLine,
  throughputPoints,
  validationPoints,
} from '@/features/validation/model/parity'
import { gpuStatement, summarize, throughputStatement } from '@/features/validation/model/statement'

const report = runValidation()

describe('parity data', () => {
  const points = throughputPoints(report.rows)
  const set = paritySet(points, RATIO_BAND)

  it('has one point per case the engine answered, grouped by role, inside a square decade domain', () => {
    expect(points).toHaveLength(report.rows.filter((r) => Number.isFinite(r.ratio)).length)
    expect(set.groups.length).toBeGreaterThan(1)
    const [lo, hi] = set.domain
    expect(Math.log10(lo) % 1).toBe(0)
    expect(Math.log10(hi) % 1).toBe(0)
    for (const p of points) {
      expect(p.measured).toBeGreaterThanOrEqual(lo)
      expect(p.predicted).toBeLessThanOrEqual(hi)
      expect(p.label).not.toMatch(/^TensorRT-LLM max-throughput benchmark/)
    }
    expect(decadeTicks(set.domain)[0]).toBe(lo)
    expect(decadeTicks(set.domain).at(-1)).toBe(hi)
  })

  it('draws the 1:1 line and the band lines inside the plot', () => {
    const [lo, hi] = set.domain
    expect(ratioLine(set.domain, 1)).toEqual([
      { x: lo, y: lo },
      { x: hi, y: hi },
    ])
    const [a, b] = ratioLine(set.domain, 1.5)
    expect(b.y).toBeCloseTo(hi, 9)
    expect(a.y / a.x).toBeCloseTo(1.5, 12)
    const [c, d] = ratioLine(set.domain, 0.67)
    expect(c.y).toBeCloseTo(lo, 9)
    expect(d.x).toBe(hi)
  })

  it('puts validation cases first and summarises them like the engine', () => {
    const validation = validationPoints(points)
    expect(validation.length).toBe(report.rows.filter((r) => r.role === 'validation').length)
    expect(points.slice(0, validation.length)).toEqual(validation)
    const s = summarize(validation, RATIO_BAND)
    expect(s.medianAbsErrorPct).toBeCloseTo(report.medianAbsErrorPct, 10)
    expect(s.withinBand).toBe(report.withinBand)
    expect(s.best).toBe(report.bestRatio)
    expect(median([3, 1, 2, 10])).toBe(2.5)
  })

  it('exports every case with units', () => {
    const table = parityExport(points, 'tokens/s')
    expect(table.rows).toHaveLength(points.length)
    expect(table.columns.find((c) => c.key === 'measured')).toMatchObject({ unit: 'tokens/s' })
  })
})

describe('accuracy statement', () => {
  it('states the figures a reader needs, from the data', () => {
    const s = summarize(validationPoints(throughputPoints(report.rows)), RATIO_BAND)
    const statement = throughputStatement(s, RATIO_BAND)
    const text = [statement.headline, ...statement.detail].join(' ')
    expect(text).toContain(`${s.withinBand} of ${s.count} cases`)
    expect(text).toMatch(/median [\d.]+ % from the measured value/)
    expect(text).toMatch(/Cost per token is inversely proportional to throughput/)
    expect(text).toMatch(/P10–P90/)
  })

  it('describes our own GPU timings per group', () => {
    const gpu = runGpuValidation()
    const points = gpuPoints(gpu.rows, gpu.data.source)
    expect(points).toHaveLength(gpu.rows.length)
    const text = gpuStatement(gpu.summary, gpu.groups, gpu.hardwareName, gpu.kernel.cases.length)
    expect(text).toContain(`${gpu.summary.count} cases`)
    for (const g of gpu.groups) expect(text).toContain(g.label)
    // Four of these decode steps set the time per kernel boundary (validation/fit-kernel.ts).
    expect(text).toContain('The 4 bf16 CUDA-graph decode steps')
    expect(text).toContain('partly in-sample')
  })
})

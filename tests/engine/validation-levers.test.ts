/**
 * Lever deltas compare like with like: each pair of measured cases differs in the one thing its lever names,
 * and its ratios are the measured and engine numbers of those two cases.
 */
import { describe, expect, it } from 'vitest'

import { caseRow } from '@/engine/validation/evaluate'
import { leverDeltaRows, leverPairs } from '@/engine/validation/lever-deltas'
import { MEASURED_CASES, type MeasuredCase } from '@/engine/validation/measured-cases'
import { runValidation } from '@/engine/validation/run'

const byId = new Map(MEASURED_CASES.map((c) => [c.id, c]))
const pairs = leverPairs(MEASURED_CASES)
const get = (id: string): MeasuredCase => byId.get(id)!

const same = (a: MeasuredCase, b: MeasuredCase, keys: readonly (keyof MeasuredCase)[]) =>
  keys.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]))

describe('lever pairs from published measurements', () => {
  it('finds pairs for context length, batch and tensor parallelism', () => {
    const levers = new Set(pairs.map((p) => p.lever))
    for (const l of ['context length', 'batch', 'tensor parallelism']) expect(levers).toContain(l)
  })

  it('changes only the prompt length in a context-length pair', () => {
    for (const p of pairs.filter((x) => x.lever === 'context length')) {
      const [a, b] = [get(p.from), get(p.to)]
      expect(
        same(a, b, ['hardwareId', 'model', 'format', 'tensorParallel', 'outputTokens', 'source']),
      ).toBe(true)
      expect(b.inputTokens).toBeGreaterThan(a.inputTokens)
    }
  })

  it('changes only the tensor parallelism in a parallelism pair', () => {
    for (const p of pairs.filter((x) => x.lever === 'tensor parallelism')) {
      const [a, b] = [get(p.from), get(p.to)]
      expect(
        same(a, b, ['hardwareId', 'model', 'format', 'inputTokens', 'outputTokens', 'source']),
      ).toBe(true)
      expect(b.tensorParallel).toBeGreaterThan(a.tensorParallel)
    }
  })

  it('changes only the load in a batch pair', () => {
    // ML.ENERGY's sweeps let the model answer at its own length in each run (a few per cent apart): the engine
    // runs each case at its own length, and validation-mlenergy.test.ts checks those pairs.
    for (const p of pairs.filter((x) => x.lever === 'batch' && !x.from.startsWith('mlenergy-'))) {
      const [a, b] = [get(p.from), get(p.to)]
      expect(
        same(a, b, [
          'hardwareId',
          'model',
          'tensorParallel',
          'inputTokens',
          'outputTokens',
          'kind',
        ]),
      ).toBe(true)
      expect(Number(b.batchSize)).toBeGreaterThan(Number(a.batchSize))
    }
  })

  it('pairs MLPerf weight formats only within one submitter’s runs of one round', () => {
    for (const p of pairs.filter(
      (x) => x.lever === 'weight format' && x.from.startsWith('mlperf'),
    )) {
      const [a, b] = [get(p.from), get(p.to)]
      expect(a.source.repo).toBe(b.source.repo)
      expect(a.what.submitter).toBe(b.what.submitter)
    }
  })

  it('pairs a power-capped MLPerf run with the same submitter’s uncapped run, and the engine loses speed too', () => {
    const power = pairs.filter((x) => x.lever === 'power limit')
    expect(power.length).toBeGreaterThanOrEqual(1)
    for (const p of power) {
      const [a, b] = [get(p.from), get(p.to)]
      expect(a.source.repo).toBe(b.source.repo)
      expect(a.what.submitter).toBe(b.what.submitter)
      expect(same(a, b, ['model', 'format', 'tensorParallel', 'kind'])).toBe(true)
      expect(p.change).toBe('mi355x power limit 1400 → 1000 W')
    }
    const rows = new Map(
      power.flatMap((p) => [p.from, p.to]).map((id) => [id, caseRow(get(id))] as const),
    )
    const [r] = leverDeltaRows(power, rows)
    // Measured: the 1,000 W cap costs throughput (10,234 against 12,192 tokens/s per GPU).
    expect(r!.measuredRatio).toBeCloseTo(10233.8125 / 12191.8875, 6)
    // The engine's clock model must lose speed under the cap as well, not just energy.
    expect(r!.predictedRatio).toBeLessThan(0.98)
  })

  it('computes each ratio from the two cases’ measured and engine numbers', () => {
    const some = pairs.filter((_, i) => i % 20 === 0)
    const rows = new Map(
      some.flatMap((p) => [p.from, p.to]).map((id) => [id, caseRow(get(id))] as const),
    )
    for (const r of leverDeltaRows(some, rows)) {
      const [a, b] = [rows.get(r.from)!, rows.get(r.to)!]
      expect(r.measuredRatio).toBeCloseTo(get(r.to).measured / get(r.from).measured, 12)
      expect(r.predictedRatio).toBeCloseTo(b.predicted / a.predicted, 12)
      expect(r.errorPct).toBeCloseTo((r.predictedRatio / r.measuredRatio - 1) * 100, 9)
    }
  })

  it('reports levers without a measured pair as such, never with a number', () => {
    const v = runValidation().measured
    const none = v.levers.filter((l) => l.count === 0)
    expect(none.map((l) => l.lever)).toContain('tokens verified per step')
    for (const l of none) expect(Number.isNaN(l.medianAbsErrorPct)).toBe(true)
  })
})

/**
 * Lever deltas compare like with like: each pair of measured cases differs in the one thing its lever names,
 * and its ratios are the measured and engine numbers of those two cases.
 */
import { describe, expect, it } from 'vitest'

import { caseRow } from '@/engine/validation/evaluate'
import { LEVER_KINDS, leverDeltaRows, leverPairs } from '@/engine/validation/lever-deltas'
import { MEASURED_CASES, type MeasuredCase } from '@/engine/validation/measured-cases'
import { leverSummaries, runValidation } from '@/engine/validation/run'

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

  // The MLPerf grouping rules on made-up variants of one real run, so each rule is exercised whatever the data holds.
  const uncapped = get('mlperf-v6-0-dell-mangoboost-8xmi355x-2xepyc-9965-llama2-70b-offline')
  const variant = (id: string, change: Partial<MeasuredCase>): MeasuredCase => ({
    // ids start with "mlperf": the rules read MLPerf runs only
    ...uncapped,
    id,
    ...change,
  })

  it('pairs MLPerf weight formats only within one submitter’s runs of one round', () => {
    const sameSubmitter = variant('mlperf-variant-same-submitter-fp4', { format: 'fp4' })
    const otherSubmitter = variant('mlperf-variant-other-submitter-fp4', {
      format: 'fp4',
      what: { ...uncapped.what, submitter: 'Someone else' },
    })
    const otherRound = variant('mlperf-variant-other-round-fp4', {
      format: 'fp4',
      source: { ...uncapped.source, repo: 'mlcommons/inference_results_v5.1' },
    })
    const formatPairs = (cases: MeasuredCase[]) =>
      leverPairs(cases).filter((p) => p.lever === 'weight format')
    expect(formatPairs([uncapped, sameSubmitter]).map((p) => [p.from, p.to])).toEqual([
      ['mlperf-variant-same-submitter-fp4', uncapped.id],
    ])
    expect(formatPairs([uncapped, otherSubmitter])).toEqual([])
    expect(formatPairs([uncapped, otherRound])).toEqual([])
    // And in the data: every MLPerf format pair that exists stays within one submitter and round.
    for (const p of pairs.filter(
      (x) => x.lever === 'weight format' && x.from.startsWith('mlperf'),
    )) {
      const [a, b] = [get(p.from), get(p.to)]
      expect(a.source.repo).toBe(b.source.repo)
      expect(a.what.submitter).toBe(b.what.submitter)
    }
  })

  it('pairs power limits only between runs that differ in nothing else about the part', () => {
    const capped800 = variant('mlperf-variant-capped-800', {
      hardware: { base: 'mi355x', name: 'MI355X at 800 W', tdpW: 800 },
    })
    const otherPart = variant('mlperf-variant-capped-800-less-memory', {
      hardware: { base: 'mi355x', tdpW: 800, memoryGB: 200 },
    })
    const powerPairs = (cases: MeasuredCase[]) =>
      leverPairs(cases).filter((p) => p.lever === 'power limit')
    expect(powerPairs([uncapped, capped800]).map((p) => p.change)).toEqual([
      'mi355x power limit 1400 → 800 W',
    ])
    expect(powerPairs([uncapped, otherPart])).toEqual([])
  })

  it('pairs power limits only within one system: a MaxQ run with its own system at full power', () => {
    const capped = variant('mlperf-variant-capped-900', {
      hardware: { base: 'mi355x', name: 'MI355X at 900 W', tdpW: 900 },
      source: { ...uncapped.source, system: 'closed/X/systems/8xMI355X_2xEPYC_9965_MaxQ.json' },
    })
    const otherSystem = variant('mlperf-variant-capped-900-other-system', {
      hardware: { base: 'mi355x', name: 'MI355X at 900 W', tdpW: 900 },
      source: { ...uncapped.source, system: 'closed/X/systems/8xMI355X-CTS_2xEPYC_9965_MaxQ.json' },
    })
    const atFull = variant('mlperf-variant-full', {
      source: { ...uncapped.source, system: 'closed/X/systems/8xMI355X_2xEPYC_9965.json' },
    })
    const powerPairs = (cases: MeasuredCase[]) =>
      leverPairs(cases)
        .filter((p) => p.lever === 'power limit')
        .map((p) => [p.from, p.to])
    expect(powerPairs([atFull, capped])).toEqual([
      ['mlperf-variant-full', 'mlperf-variant-capped-900'],
    ])
    expect(powerPairs([atFull, otherSystem])).toEqual([])
  })

  it('pairs each power-capped MLPerf run with the same system uncapped, and the engine loses speed too', () => {
    const power = pairs.filter((x) => x.lever === 'power limit')
    for (const p of power) {
      const [a, b] = [get(p.from), get(p.to)]
      expect(a.source.repo).toBe(b.source.repo)
      expect(a.what.submitter).toBe(b.what.submitter)
      expect(same(a, b, ['model', 'format', 'tensorParallel', 'kind'])).toBe(true)
    }
    // The v6.0 MI355X at 1,000 W, and NVIDIA's v4.1 H200 MaxQ runs at the 500 W their configurations set.
    expect(power.map((p) => [p.to, p.change])).toEqual([
      [
        'mlperf-v4-1-nvidia-h200-sxm-141gbx8-trt-maxq-llama2-70b-offline',
        'h200-sxm power limit 700 → 500 W',
      ],
      [
        'mlperf-v4-1-nvidia-h200-sxm-141gbx8-trt-maxq-mixtral-8x7b-offline',
        'h200-sxm power limit 700 → 500 W',
      ],
      [
        'mlperf-v6-0-dell-mangoboost-8xmi355x-2xepyc-9965-power-cap-1000w-llama2-70b-offline',
        'mi355x power limit 1400 → 1000 W',
      ],
    ])
    // Each against the same system at full power (not NVIDIA's CTS system or a Triton variant).
    expect(power.map((p) => p.from)).toEqual([
      'mlperf-v4-1-nvidia-h200-sxm-141gbx8-trt-llama2-70b-offline',
      'mlperf-v4-1-nvidia-h200-sxm-141gbx8-trt-mixtral-8x7b-offline',
      'mlperf-v6-0-dell-mangoboost-8xmi355x-2xepyc-9965-llama2-70b-offline',
    ])
    const rows = new Map(
      power.flatMap((p) => [p.from, p.to]).map((id) => [id, caseRow(get(id))] as const),
    )
    const measured = leverDeltaRows(power, rows).map((r) => r.measuredRatio)
    // Tokens/s per GPU from the logs: 3,158 / 3,913 (llama2-70b), 6,123 / 7,378 (mixtral), 10,234 / 12,192.
    expect(measured[0]).toBeCloseTo(3157.7625 / 3912.8375, 6)
    expect(measured[1]).toBeCloseTo(6123.4875 / 7377.7875, 6)
    expect(measured[2]).toBeCloseTo(10233.8125 / 12191.8875, 6)
    // The engine's clock model must lose speed under each cap as well, not just energy.
    for (const r of leverDeltaRows(power, rows)) expect(r.predictedRatio).toBeLessThan(0.98)
  })

  it('runs MaxQ and CTS cases at the power their sources state', () => {
    const maxq = get('mlperf-v4-1-nvidia-h200-sxm-141gbx8-trt-maxq-mixtral-8x7b-server')
    expect(maxq.hardware).toEqual({
      base: 'h200-sxm',
      name: 'NVIDIA H200 SXM (MaxQ: power limit 500 W)',
      tdpW: 500,
    })
    expect(maxq.assumptions).toContain('nvidia-maxq-power-limit')
    expect(String(maxq.what.powerLimit)).toContain(
      'closed/NVIDIA/configs/mixtral-8x7b/Server/__init__.py',
    )
    // NVIDIA's CTS systems state "H200 TGP 1000W": the same part at a higher board power.
    const cts = get('mlperf-v4-1-nvidia-h200-sxm-141gb-ctsx8-trt-llama2-70b-offline')
    expect(cts.hardware).toEqual({
      base: 'h200-sxm',
      name: 'NVIDIA H200 SXM CTS (TGP 1,000 W)',
      tdpW: 1000,
    })
    expect(cts.assumptions).toContain('nvidia-h200-cts-1000w')
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

  it('summarises a lever kind with no pair as such, never with a number', () => {
    const row = {
      lever: 'batch' as const,
      origin: 'published',
      from: 'a',
      to: 'b',
      change: 'batch 1 → 2',
      measuredRatio: 2,
      predictedRatio: 2.2,
      errorPct: 10,
    }
    const summaries = leverSummaries([row])
    expect(summaries.map((l) => l.lever)).toEqual([...LEVER_KINDS])
    const batch = summaries.find((l) => l.lever === 'batch')!
    expect(batch.count).toBe(1)
    expect(batch.medianAbsErrorPct).toBeCloseTo(10, 9)
    for (const l of summaries.filter((x) => x.lever !== 'batch')) {
      expect(l.origin).toBe('no measured pair')
      expect(l.count).toBe(0)
      expect(Number.isNaN(l.medianAbsErrorPct)).toBe(true)
    }
  })

  it('reports a lever without a measured pair as such, never with a number', () => {
    const v = runValidation().measured
    // Every lever kind appears; a number only where there are pairs behind it.
    expect(new Set(v.levers.map((l) => l.lever))).toEqual(new Set(LEVER_KINDS))
    for (const l of v.levers) {
      expect(l.count === 0).toBe(l.rows.length === 0)
      expect(Number.isFinite(l.medianAbsErrorPct)).toBe(l.count > 0)
    }
  })
})

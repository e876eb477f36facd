import { describe, expect, it } from 'vitest'

import type { TrajectoryYear } from '@/engine/index'
import { buildKpis, foldWord, trajectoryEntry } from '@/features/kpi/model/kpi-items'

import { engineResult } from '../fixtures'

function year(y: number, costFold: number, energyFold: number): TrajectoryYear {
  return {
    year: y,
    costPerMillionTokens: { output: 1, input: 1, blended: 1 },
    energyPerToken: { joules: 1 },
    outputTokensPerSecondPerAccelerator: 1,
    baseline: { costPerMillionOutput: 1, joules: 1 },
    costFold,
    energyFold,
    feasible: true,
  }
}

const byId = (items: ReturnType<typeof buildKpis>, id: string) => {
  const item = items.find((i) => i.id === id)
  if (!item) throw new Error(`no KPI ${id}`)
  return item
}

describe('buildKpis', () => {
  it('lists the eight figures in order, in plain words', () => {
    const items = buildKpis(engineResult(), year(2026, 1, 1))
    expect(items.map((i) => i.id)).toEqual([
      'cost-output',
      'cost-input',
      'energy',
      'throughput',
      'ttft',
      'tpot',
      'per-mw',
      'fold',
    ])
    for (const item of items) expect(item.explanation.length).toBeGreaterThan(40)
  })

  it('formats each value with its unit', () => {
    const base = engineResult()
    const items = buildKpis(
      {
        ...base,
        costPerMillionTokens: { output: 1.5, input: 0.25, blended: 0.5625 },
        energyPerToken: { ...base.energyPerToken, joules: 0.045, boundary: 'chip' },
        latency: {
          ttftSeconds: 0.12,
          tpotSeconds: 0.025,
          outputTokensPerSecondPerUser: 40,
          meetsInteractivity: true,
        },
        power: { ...base.power, outputTokensPerSecondPerMW: 250_000 },
      },
      undefined,
    )
    const text = (id: string) => byId(items, id).format(byId(items, id).value)
    expect(text('cost-output')).toBe('$1.5')
    expect(text('cost-input')).toBe('$0.25')
    expect(text('energy')).toBe('45 mJ')
    expect(byId(items, 'energy').detail).toMatch(/^Chip boundary, accelerators only · ±\d+\s%$/)
    expect(text('ttft')).toBe('120 ms')
    expect(text('tpot')).toBe('25 ms')
    expect(text('per-mw')).toBe('250k')
    expect(byId(items, 'per-mw').unit).toBe('tokens/s')
    expect(text('fold')).toBe('—')
  })

  it('gives energy its own measured error band and cost and throughput theirs', () => {
    const base = engineResult()
    const items = buildKpis(
      {
        ...base,
        accuracy: {
          relativeError: 0.11,
          basis: 'Same regime: throughput basis',
          energyRelativeError: 0.43,
          energyBasis: 'Same regime: GPU energy basis',
        },
      },
      undefined,
    )
    expect(byId(items, 'energy').detail).toMatch(/· ±43\u00a0%$/)
    expect(byId(items, 'energy').explanation).toContain('GPU energy basis')
    expect(byId(items, 'energy').explanation).not.toContain('throughput basis')
    expect(byId(items, 'cost-output').detail).toMatch(/· ±11\u00a0%$/)
    expect(byId(items, 'throughput').detail).toMatch(/· ±11\u00a0%$/)
  })

  it('reads the x-fold change from the trajectory entry of the scenario year', () => {
    const trajectory = [year(2026, 1, 1), year(2030, 12.5, 4)]
    const items = buildKpis(engineResult({ year: 2030 }), trajectoryEntry(trajectory, 2030))
    const fold = byId(items, 'fold')
    expect(fold.format(fold.value)).toBe('13×')
    expect(fold.unit).toBe('cheaper')
    expect(fold.detail).toBe('Energy: 4× less')
    expect(fold.tone).toBe('good')
  })

  it('names the baseline a fold is measured against, with its number format', () => {
    const result = engineResult({
      year: 2030,
      precision: { weights: 'fp8', activations: 'bf16', kvCache: 'fp8' },
    })
    const fold = byId(buildKpis(result, undefined), 'fold')
    expect(fold.explanation).toContain(
      `Measured against 2026 practice: ${result.scenario.modelName} FP8 weights, BF16 activations, FP8 KV cache on ${result.scenario.hardwareName} with no levers`,
    )
  })

  it('flags a missed interactivity target', () => {
    const base = engineResult()
    const items = buildKpis(
      {
        ...base,
        latency: { ...base.latency, outputTokensPerSecondPerUser: 20, meetsInteractivity: false },
      },
      undefined,
    )
    expect(byId(items, 'tpot').detail).toBe('20 tokens/s per user (target 40, missed)')
    expect(byId(items, 'tpot').tone).toBe('bad')
  })
})

describe('foldWord', () => {
  it('says better, worse or the same', () => {
    expect(foldWord(2, 'cheaper', 'costlier')).toBe('cheaper')
    expect(foldWord(0.5, 'cheaper', 'costlier')).toBe('costlier')
    expect(foldWord(1.001, 'cheaper', 'costlier')).toBe('same as baseline')
  })
})

describe('extreme values', () => {
  it('writes every figure of an absurd accelerator compactly, so none can overflow its tile', () => {
    // A chip at a millionth of a TB/s, drawing 900 kW idle: a GJ per token, days per token.
    const items = buildKpis(
      engineResult({
        hardware: {
          base: 'h100-sxm',
          memoryBandwidthTBps: 1e-6,
          peakTflops: { fp16: 1e-3 },
          priceUsd: 1e8,
          tdpW: 1e6,
        },
        energy: { staticW: 9e5 },
        workload: { preset: 'chat', minOutputTokensPerSecondPerUser: 0 },
      }),
      undefined,
    )
    expect(byId(items, 'energy').format(byId(items, 'energy').value)).toMatch(/^[\d.]+ GJ$/)
    expect(byId(items, 'tpot').format(byId(items, 'tpot').value)).toMatch(/ days$/)
    for (const item of items) {
      const text = item.format(item.value)
      expect(text.length).toBeLessThanOrEqual(10)
      expect(text).not.toMatch(/\d{1,3}(,\d{3}){2,}/)
    }
  })
})

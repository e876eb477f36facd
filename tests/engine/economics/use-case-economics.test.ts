import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { defaultEconomicsInputs } from '@/engine/economics/inputs'
import {
  breakEvenYear,
  costPerTaskUsd,
  economicsOfUseCases,
  energyPerTaskJoules,
  grossMargin,
  requiredCostReductionFold,
  rowForUseCase,
  scenarioInputForUseCase,
  tokensPerTask,
} from '@/engine/economics/use-case-economics'
import { USE_CASES, inputOfUseCase, type UseCaseInput } from '@/engine/economics/use-cases'
import { runScenario } from '@/engine/index'

const chat: UseCaseInput = {
  id: 'test',
  name: 'Test',
  task: 'one test',
  model: 'llama-3.3-70b',
  inputTokensPerCall: 1000,
  outputTokensPerCall: 200,
  reasoningTokensPerCall: 56,
  callsPerTask: 3,
  prefixCacheHitRate: 0.2,
  minOutputTokensPerSecondPerUser: 40,
  tasksPerUserPerMonth: 10,
  priceUsdPerTask: 0.05,
  priceBasis: 'test',
}

describe('use-case formulas (hand-computed)', () => {
  it('gross margin = 1 − cost ÷ price', () => {
    expect(grossMargin(0.25, 1)).toBeCloseTo(0.75, 12)
    expect(grossMargin(3, 1)).toBeCloseTo(-2, 12)
    expect(grossMargin(0, 2)).toBe(1)
  })

  it('cost reduction needed for a target margin = cost ÷ (price × (1 − target))', () => {
    // cost $1, price $1, target 60 %: the cost must fall to $0.40 → 2.5× cheaper.
    expect(requiredCostReductionFold(1, 1, 0.6)).toBeCloseTo(2.5, 12)
    // cost $0.10, price $1, target 50 %: allowed $0.50 → 0.2 (5× headroom).
    expect(requiredCostReductionFold(0.1, 1, 0.5)).toBeCloseTo(0.2, 12)
  })

  it('break-even year is the first year whose margin reaches the threshold', () => {
    const points = [
      { year: 2026, grossMargin: -0.5 },
      { year: 2027, grossMargin: -0.01 },
      { year: 2028, grossMargin: 0 },
      { year: 2029, grossMargin: 0.7 },
    ]
    expect(breakEvenYear(points)).toBe(2028)
    expect(breakEvenYear(points, 0.6)).toBe(2029)
    expect(breakEvenYear(points, 0.8)).toBeNull()
    expect(breakEvenYear([{ year: 2026, grossMargin: Number.NaN }])).toBeNull()
  })

  it('cost and energy per task multiply by the calls per task', () => {
    expect(costPerTaskUsd(0.002, 25)).toBeCloseTo(0.05, 12)
    // 2 J per output token × (200 + 56) decoded tokens × 3 calls = 1,536 J
    expect(energyPerTaskJoules(2, 256, 3)).toBeCloseTo(1536, 9)
    expect(tokensPerTask(chat)).toEqual({ input: 3000, output: 600, reasoning: 168 })
  })
})

describe('a use case through the engine', () => {
  it('maps the token shape onto the scenario and decodes reasoning tokens as output', () => {
    const input = scenarioInputForUseCase({ hardware: 'b200', workload: 'rag' }, chat, 'scenario')
    expect(input.hardware).toBe('b200')
    expect(input.workload).toEqual({
      preset: 'rag',
      inputTokens: 1000,
      outputTokens: 256,
      prefixCacheHitRate: 0.2,
      minOutputTokensPerSecondPerUser: 40,
    })
    expect(input.model).toBeUndefined()
  })

  it("in 'typical' mode runs the use case's own model with an automatically sized replica", () => {
    const input = scenarioInputForUseCase(
      { accelerators: 4 },
      { ...chat, model: 'deepseek-v3' },
      'typical',
    )
    expect(input.model).toBe('deepseek-v3')
    expect(input.accelerators).toBe('auto')
  })

  it('costs calls × the engine’s cost per request, baseline and 2026 alike without levers', () => {
    const row = rowForUseCase({}, chat, { useCaseModel: 'scenario', targetGrossMargin: 0.6 })
    const direct = runScenario(scenarioInputForUseCase({}, chat, 'scenario'))
    if (!direct.ok) throw new Error('reference scenario failed')
    const expected = direct.result.costPerRequestUsd * chat.callsPerTask
    expect(row.baseline.costUsdPerTask).toBeCloseTo(expected, 12)
    expect(row.years[0]?.costUsdPerTask).toBeCloseTo(expected, 12)
    expect(row.years[0]?.grossMargin).toBeCloseTo(1 - expected / chat.priceUsdPerTask, 12)
    expect(row.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030])
  })

  it('levers that cut cost move the break-even year earlier, never later', () => {
    const price = { ...chat, priceUsdPerTask: 0.0004 }
    const none = rowForUseCase({}, price, { useCaseModel: 'scenario', targetGrossMargin: 0.6 })
    const levers = rowForUseCase({ levers: { modelOptimization: 1, inferenceEngine: 1 } }, price, {
      useCaseModel: 'scenario',
      targetGrossMargin: 0.6,
    })
    for (let i = 0; i < levers.years.length; i++) {
      expect(levers.years[i]!.costUsdPerTask).toBeLessThanOrEqual(
        none.years[i]!.costUsdPerTask * (1 + 1e-12),
      )
    }
    const year = (y: number | null) => y ?? 9999
    expect(year(levers.breakEvenYear)).toBeLessThanOrEqual(year(none.breakEvenYear))
  })

  it('reports a use case that cannot run instead of throwing', () => {
    const row = rowForUseCase(
      { hardware: 'tpu-v5e', accelerators: 1 },
      { ...chat, inputTokensPerCall: 100_000 },
      { useCaseModel: 'scenario', targetGrossMargin: 0.6 },
    )
    expect(row.issues.length).toBeGreaterThan(0)
    expect(row.breakEvenYear).toBeNull()
  })

  it('runs every catalogue use case under the reference scenario', () => {
    const economics = economicsOfUseCases({}, defaultEconomicsInputs())
    expect(economics.rows).toHaveLength(USE_CASES.length)
    for (const row of economics.rows) {
      expect(row.issues).toEqual([])
      expect(row.years).toHaveLength(5)
      for (const y of row.years) expect(y.costUsdPerTask).toBeGreaterThan(0)
    }
    expect(USE_CASES.map(inputOfUseCase).map((u) => u.id)).toEqual(economics.rows.map((r) => r.id))
  })
})

describe('properties (seeded)', () => {
  it('margin falls as cost rises, and the fold reproduces the target (seed 4101)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 100, noNaN: true }),
        fc.double({ min: 1e-6, max: 100, noNaN: true }),
        fc.double({ min: 1e-4, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        (a, b, price, target) => {
          const [low, high] = a < b ? [a, b] : [b, a]
          expect(grossMargin(low, price)).toBeGreaterThanOrEqual(grossMargin(high, price))
          const fold = requiredCostReductionFold(high, price, target)
          expect(grossMargin(high / fold, price)).toBeCloseTo(target, 9)
        },
      ),
      { seed: 4101, numRuns: 200 },
    )
  })
})

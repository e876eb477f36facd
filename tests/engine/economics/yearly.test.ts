import { describe, expect, it } from 'vitest'

import { wattsAtBoundary, yearlyEvaluation } from '@/engine/economics/yearly'
import { resolveScenario, simulate, type ScenarioInput } from '@/engine/index'

const evaluate = (input: ScenarioInput) => {
  const r = resolveScenario(input)
  if (!r.ok) throw new Error('invalid')
  return { scenario: r.scenario, evaluation: yearlyEvaluation(r.scenario) }
}

describe('yearly evaluation', () => {
  it('is feasible where simulate() is: not below static power, not past a target (found by a review)', () => {
    // A power limit below static power ran nothing and read $0 as feasible.
    const low = evaluate({ hardware: { base: 'h100-sxm', tdpW: 100 } })
    expect(low.evaluation.years.every((y) => !y.feasible)).toBe(true)
    expect(low.evaluation.years.every((y) => Number.isNaN(y.usdPerMillionOutputTokens))).toBe(true)
    // A 400 tokens/s target nothing meets: the nearest point's figures, flagged infeasible.
    const fast = evaluate({ workload: { preset: 'chat', minOutputTokensPerSecondPerUser: 400 } })
    for (const y of fast.evaluation.years) {
      expect(y.feasible).toBe(simulate({ ...fast.scenario, year: y.year }).feasible)
      expect(y.feasible).toBe(false)
      expect(y.usdPerMillionOutputTokens).toBeGreaterThan(0)
    }
  })

  it('the scenario year matches simulate() (the KPI strip) and the baseline matches no levers', () => {
    const input = { levers: { modelOptimization: 1, hbm: 0.5 }, year: 2028 }
    const { scenario, evaluation } = evaluate(input)
    const kpi = simulate(scenario)
    const y2028 = evaluation.years.find((p) => p.year === 2028)
    expect(y2028?.usdPerMillionOutputTokens).toBeCloseTo(kpi.costPerMillionTokens.output, 9)
    expect(y2028?.joulesPerOutputToken).toBeCloseTo(kpi.energyPerToken.joules, 12)
    expect(y2028?.usdPerRequest).toBeCloseTo(kpi.costPerRequestUsd, 12)
    const none = evaluate({}).scenario
    expect(evaluation.baseline.usdPerMillionOutputTokens).toBeCloseTo(
      simulate(none).costPerMillionTokens.output,
      9,
    )
  })

  it('cost components sum to the cost per token', () => {
    const { evaluation } = evaluate({ levers: { customSilicon: 1 }, year: 2030 })
    for (const p of [evaluation.baseline, ...evaluation.years]) {
      const components: Readonly<Record<string, number>> = { ...p.usdPerMillionByComponent }
      const sum = Object.values(components).reduce((a, b) => a + b, 0)
      expect(sum).toBeCloseTo(p.usdPerMillionOutputTokens, 9)
    }
  })

  it('serving and idle power reproduce the kernel’s energy bill (same host idle share)', () => {
    // Energy $/M = (u × serving W + (1 − u) × idle W) × accelerators ÷ 1000 × $/kWh ÷ tokens per hour × 10⁶, facility boundary.
    const p = evaluate({}).evaluation.baseline
    const tokensPerHourPerAccelerator = p.outputTokensPerSecondPerAccelerator * 3600 * p.utilization
    const averageW =
      p.utilization * p.servingWattsPerAccelerator + (1 - p.utilization) * p.idleWattsPerAccelerator
    const energyPerMillion = ((averageW / 1000) * p.usdPerKwh * 1e6) / tokensPerHourPerAccelerator
    expect(p.usdPerMillionByComponent.energy).toBeCloseTo(energyPerMillion, 9)
  })

  it('power at a boundary: chip; + host at node; × PUE at facility', () => {
    expect(wattsAtBoundary('chip', 700, 300, 1.3)).toBe(700)
    expect(wattsAtBoundary('node', 700, 300, 1.3)).toBe(1000)
    expect(wattsAtBoundary('facility', 700, 300, 1.3)).toBeCloseTo(1300, 9)
  })

  it('the boundary changes energy and power, never cost', () => {
    const chip = evaluate({ energy: { boundary: 'chip' } }).evaluation.baseline
    const facility = evaluate({ energy: { boundary: 'facility' } }).evaluation.baseline
    expect(chip.joulesPerOutputToken).toBeLessThan(facility.joulesPerOutputToken)
    expect(chip.servingWattsPerAccelerator).toBeLessThan(facility.servingWattsPerAccelerator)
    expect(chip.usdPerMillionOutputTokens).toBeCloseTo(facility.usdPerMillionOutputTokens, 12)
  })
})

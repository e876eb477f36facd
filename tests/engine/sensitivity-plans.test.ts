import { describe, expect, it } from 'vitest'

import { createContext, adoptionsInYear } from '@/engine/analysis/context'
import { sensitivity } from '@/engine/analysis/sensitivity'
import { createOutput, evaluate, O } from '@/engine/kernel'
import { applyCompiled, compileLever } from '@/engine/levers/apply'
import { P } from '@/engine/params'
import { presetById } from '@/engine/presets/presets'

import { scenarioOf } from '../helpers/scenario'

/**
 * ln(cost) with lever `id` at strength u (undefined: its base effect) and the others at base, on the
 * scenario's plan (`hint`) or searched afresh.
 */
function endCost(
  input: Parameters<typeof scenarioOf>[0],
  id: string,
  u: number | undefined,
  hint: boolean,
): number {
  const scenario = scenarioOf(input)
  const ctx = createContext(scenario)
  const l = ctx.levers.findIndex((lever) => lever.id === id)
  const effects = ctx.effects.slice()
  if (u !== undefined) effects[l] = compileLever(ctx.levers[l]!, scenario.assumptions, ctx.base, u)
  const params = ctx.base.slice()
  if (!hint) {
    params[P.HINT_TENSOR_PARALLEL] = 0
    params[P.HINT2_TENSOR_PARALLEL] = 0
  }
  applyCompiled(
    params,
    effects,
    adoptionsInYear(ctx, scenario.year, new Float64Array(ctx.levers.length)),
  )
  return Math.log(evaluate(params, createOutput(), true)[O.USD_PER_M_OUTPUT]!)
}

describe('the tornado prices each bar end on the plan that serves it best', () => {
  // The Aggressive preset on Qwen3-235B on H100 in 2030: model optimisation at its high end shrinks
  // the model enough for another deployment. On the scenario's plan alone the bar read -0.29 in
  // ln(cost); a fresh search finds -0.56.
  const input = {
    ...presetById('aggressive')!.input,
    model: 'qwen3-235b-a22b',
    hardware: 'h100-sxm',
    year: 2030,
  }

  it('Aggressive, Qwen3-235B on H100, 2030: model optimisation’s high end reaches the searched plan', () => {
    const rows = sensitivity(createContext(scenarioOf(input)), 2030)
    const row = rows.find((r) => r.lever === 'modelOptimization')!
    expect(row.costHigh).toBeLessThan(-0.5)
    // The bar end is the cheaper of the scenario's plan and a fresh search, each against the
    // scenario's own cost (the same for both: the scenario's plan is its searched plan).
    const mid = endCost(input, 'modelOptimization', undefined, true)
    const onPlan = endCost(input, 'modelOptimization', 1, true) - mid
    const searched = endCost(input, 'modelOptimization', 1, false) - mid
    expect(onPlan).toBeGreaterThan(-0.35)
    expect(row.costHigh).toBeCloseTo(Math.min(onPlan, searched), 9)
  })

  it('no bar end costs more than the scenario’s plan alone gives it', () => {
    for (const hardware of ['b200', 'mi300x']) {
      const scenarioInput = { ...input, hardware }
      const ctx = createContext(scenarioOf(scenarioInput))
      const rows = sensitivity(ctx, 2030)
      expect(rows.length).toBeGreaterThan(5)
      const mid = endCost(scenarioInput, 'modelOptimization', undefined, true)
      for (const row of rows.slice(0, 4)) {
        expect(row.costHigh).toBeLessThanOrEqual(
          endCost(scenarioInput, row.lever, 1, true) - mid + 1e-12,
        )
        expect(row.costLow).toBeLessThanOrEqual(
          endCost(scenarioInput, row.lever, 0, true) - mid + 1e-12,
        )
      }
    }
  })
})

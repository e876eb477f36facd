import { describe, expect, it } from 'vitest'

import {
  attributionFromTable,
  attributionPlayers,
  attributionTable,
} from '@/engine/analysis/attribution'
import { createContext } from '@/engine/analysis/context'
import { LEVER_IDS, simulate, type ScenarioInput } from '@/engine/index'
import type { LeverId } from '@/engine/levers/ids'
import { presetById } from '@/engine/presets/presets'

import { scenarioOf } from '../helpers/scenario'

/**
 * The attribution's v(S) against the engine's own answer for each lever subset: the scenario with
 * only the levers of S, simulated from scratch (its deployment searched afresh). The table prices a
 * coalition on the plans searched for the unions of whole groups that bracket it; one plan for
 * every coalition (the scenario's) was up to 29x off, and put the wrong sign on mixture of
 * experts in the Conservative preset.
 */

const CASES: [string, ScenarioInput][] = [
  ['Conservative', { ...presetById('conservative')!.input, year: 2030 }],
  [
    'Aggressive, DeepSeek-V3',
    { ...presetById('aggressive')!.input, model: 'deepseek-v3', year: 2030 },
  ],
  [
    'all levers, DeepSeek-V3',
    { ...presetById('article-all')!.input, model: 'deepseek-v3', year: 2030 },
  ],
]

describe.each(CASES)(
  'attribution coalitions priced as a fresh search prices them: %s',
  (_name, input) => {
    const scenario = scenarioOf(input)
    const ctx = createContext(scenario)
    const players = attributionPlayers(ctx, 2030)
    const table = attributionTable(ctx, 2030, 0, 1, undefined, 'owen')
    const costOf = (mask: number): number => {
      const levers: Record<string, number> = {}
      players.forEach((l, p) => {
        if ((mask >> p) & 1) levers[ctx.levers[l]!.id] = scenario.levers[ctx.levers[l]!.id]!
      })
      return simulate(scenarioOf({ ...input, levers })).costPerMillionTokens.output
    }
    const baseline = costOf(0)
    // Every 9th coalition the Owen value reads (about 130 of them), and the grand coalition.
    const masks: number[] = []
    for (let m = 1, k = 0; m < table.cost.length; m++)
      if (!Number.isNaN(table.cost[m]!) && k++ % 9 === 0) masks.push(m)
    masks.push(table.cost.length - 1)
    const errors = masks.map((m) => Math.abs(table.cost[m]! - Math.log(costOf(m) / baseline)))

    it('the grand coalition is the scenario itself', () => {
      expect(errors[errors.length - 1]).toBeLessThan(1e-9)
    })

    // Measured 2026-12-07: nine in ten within 0-5 %, the worst 1.12-1.25x; with the scenario's plan
    // for every coalition, nine in ten within 3.3-8.3x, the worst 10-30x.
    it('half the coalitions priced as a fresh search, nine in ten within 8 %, none off by 1.4x', () => {
      const sorted = [...errors].sort((a, b) => a - b)
      expect(sorted[sorted.length >> 1]).toBeLessThan(Math.log(1.001))
      expect(sorted[Math.floor(sorted.length * 0.9)]).toBeLessThan(Math.log(1.08))
      expect(sorted[sorted.length - 1]).toBeLessThan(Math.log(1.4))
    })
  },
)

describe('the shares a board sees', () => {
  it('Conservative, 2030: every lever that cuts the cost gets a share that cuts it', () => {
    // With the scenario's plan for every coalition, mixture of experts "raised" the cost by 0.56 in
    // ln (75 %) and the largest four shares summed past the whole change.
    const scenario = scenarioOf({ ...presetById('conservative')!.input, year: 2030 })
    const ctx = createContext(scenario)
    const result = attributionTable(ctx, 2030)
    const players = attributionPlayers(ctx, 2030).map((l) => ctx.levers[l]!.id)
    const alone = (id: LeverId): number =>
      Math.log(
        simulate(
          scenarioOf({
            ...presetById('conservative')!.input,
            year: 2030,
            levers: { [id]: scenario.levers[id]! },
          }),
        ).costPerMillionTokens.output / ctx.baselineCost,
      )
    const share = attributionFromTable(ctx, result).cost
    const cutters: LeverId[] = ['mixtureOfExperts', 'modelOptimization', 'inferenceEngine', 'hbm']
    for (const id of cutters) {
      expect(players).toContain(id)
      expect(alone(id)).toBeLessThan(-0.05)
      expect(share[id]).toBeLessThan(0)
    }
  })
})

/**
 * The grand coalition, and every union of whole groups, keeps its own searched plan: the
 * "one step from the chosen plan" trial (twice the stages where memory holds the batch down) had
 * run on it too, found a plan cheaper than the search's, and the total read 8.68× where the
 * scenario's own fold is 8.60× (Llama 3.1 405B on MI300X, 2027, all levers; found by a review).
 */
describe('the attribution total is the scenario against its baseline', () => {
  it.each([
    ['llama-3.1-405b', 'mi300x', 2027],
    ['qwen3-235b-a22b', 'h100-sxm', 2027],
    ['deepseek-v3', 'b200', 2028],
  ] as const)('%s on %s in %i, every lever on', (model, hardware, year) => {
    const all = Object.fromEntries(LEVER_IDS.map((id) => [id, 1]))
    const input: ScenarioInput = {
      model,
      hardware,
      year,
      levers: all,
      workload: { preset: 'chat', minOutputTokensPerSecondPerUser: 0 },
    }
    const scenario = scenarioOf(input)
    const ctx = createContext(scenario)
    const attribution = attributionFromTable(ctx, attributionTable(ctx, year))
    const withLevers = simulate(scenario)
    const without = simulate(scenarioOf({ ...input, levers: {} }))
    expect(attribution.totalCost).toBeCloseTo(
      Math.log(withLevers.costPerMillionTokens.output / without.costPerMillionTokens.output),
      10,
    )
    expect(attribution.totalEnergy).toBeCloseTo(
      Math.log(withLevers.energyPerToken.joules / without.energyPerToken.joules),
      10,
    )
  })
})

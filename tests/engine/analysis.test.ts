/**
 * The analyses: the attribution (Owen value over the lever groups by default, exact Shapley on
 * request: efficiency, null players, symmetry, and brute-force checks over permutations through
 * simulate), seeded Monte Carlo uncertainty, and the trajectory.
 * Expected values come from simulate() on the same scenarios, never from the analysis code.
 */
import { describe, expect, it } from 'vitest'

import { analyze } from '@/engine/analysis/analyze'
import { attribution } from '@/engine/analysis/attribution'
import { createContext, leverIndex, type AnalysisContext } from '@/engine/analysis/context'
import { uncertainty } from '@/engine/analysis/uncertainty'
import {
  LEVER_IDS,
  resolveScenario,
  runScenario,
  simulate,
  type LeverId,
  type Scenario,
  type ScenarioInput,
} from '@/engine/index'
import type { CompiledEffect } from '@/engine/levers/apply'
import { P } from '@/engine/params'

function scenarioOf(input: ScenarioInput): Scenario {
  const r = resolveScenario(input)
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '))
  return r.scenario
}

/** ln(cost per M output tokens) and ln(J per output token) of the scenario with the given levers. */
function lnMetrics(input: ScenarioInput, levers: ScenarioInput['levers']): [number, number] {
  const r = simulate(scenarioOf({ ...input, levers }))
  return [Math.log(r.costPerMillionTokens.output), Math.log(r.energyPerToken.joules)]
}

const ALL_ON = Object.fromEntries(LEVER_IDS.map((id) => [id, 1])) as Record<LeverId, number>

const MIXES: readonly (readonly [string, ScenarioInput])[] = [
  [
    'reference, three levers, 2030',
    { year: 2030, levers: { hbm: 1, modelOptimization: 0.5, inferenceEngine: 1 } },
  ],
  [
    'Mixtral on H200 fp8, evidence set, 2028',
    {
      model: 'mixtral-8x7b',
      hardware: 'h200-sxm',
      precision: { weights: 'fp8', activations: 'fp8', kvCache: 'fp8' },
      assumptions: 'evidence',
      year: 2028,
      levers: { customSilicon: 0.7, scaleUp: 1, multiTokenDecoding: 0.4, designLag: 1, hbm: 0 },
    },
  ],
  [
    'Llama 3.1 8B on one H100, architecture levers, 2027',
    {
      model: 'llama-3.1-8b',
      hardware: 'h100-sxm',
      accelerators: 1,
      year: 2027,
      levers: { stateSpace: 1, mixtureOfExperts: 1, compilerStack: 0.2, advancedNodes: 0.6 },
    },
  ],
  ['all 17 levers at 1, 2030', { year: 2030, levers: ALL_ON }],
]

const sum = (values: Readonly<Partial<Record<LeverId, number>>>): number =>
  Object.values(values).reduce((a, b) => a + (b ?? 0), 0)

describe('attribution (Owen value over the lever groups; exact Shapley on request)', () => {
  describe.each(MIXES)('%s', (_label, input) => {
    const scenario = scenarioOf(input)
    const a = analyze(scenario, { parts: ['attribution'] }).attribution!
    const [lnCost, lnEnergy] = lnMetrics(input, input.levers)
    const [lnCost0, lnEnergy0] = lnMetrics(input, {})

    it('shares sum to the total Δ ln (cost and energy) within 1e-9', () => {
      expect(Math.abs(sum(a.cost) - a.totalCost)).toBeLessThan(1e-9)
      expect(Math.abs(sum(a.energy) - a.totalEnergy)).toBeLessThan(1e-9)
    })

    it('the total is ln(with levers / without) as simulate computes it', () => {
      expect(Math.abs(a.totalCost - (lnCost - lnCost0))).toBeLessThan(1e-9)
      expect(Math.abs(a.totalEnergy - (lnEnergy - lnEnergy0))).toBeLessThan(1e-9)
    })

    it('gives no share to levers with slider 0', () => {
      const off = LEVER_IDS.filter((id) => (input.levers?.[id] ?? 0) === 0)
      expect(off.length + a.players.length).toBeLessThanOrEqual(LEVER_IDS.length)
      for (const id of off) {
        expect(a.players).not.toContain(id)
        expect(a.cost[id] ?? 0).toBe(0)
        expect(a.energy[id] ?? 0).toBe(0)
      }
    })
  })

  it('a lever that is not yet available in the year gets no share', () => {
    // advancedNodes has zero availability in 2026 (levers/catalog.ts).
    const a = analyze(scenarioOf({ year: 2026, levers: { advancedNodes: 1, hbm: 1 } }), {
      parts: ['attribution'],
    }).attribution!
    expect(a.players).not.toContain('advancedNodes')
    expect(a.cost.advancedNodes ?? 0).toBe(0)
  })

  it('matches a brute-force Shapley value over all orderings, computed with simulate()', () => {
    const input: ScenarioInput = {
      model: 'llama-3.1-8b',
      hardware: 'b200',
      accelerators: 2,
      year: 2029,
      levers: { hbm: 0.8, modelOptimization: 1, scaleUp: 0.5, multiTokenDecoding: 1 },
    }
    const players = Object.keys(input.levers!) as LeverId[]
    // The attribution holds the deployment at the scenario's own plan for every coalition but the
    // empty one, which is the baseline on its own searched plan (analysis/context.ts).
    const full = runScenario(input)
    if (!full.ok) throw new Error('scenario failed')
    const plan = {
      tensorParallel: full.result.deployment.tensorParallel,
      pipelineParallel: full.result.deployment.pipelineParallel,
    }
    const value = new Map<string, number>()
    const v = (set: readonly LeverId[]): number => {
      const key = [...set].sort().join(',')
      if (!value.has(key)) {
        const levers = Object.fromEntries(set.map((id) => [id, input.levers![id]!]))
        const pinned = set.length === 0 ? input : { ...input, deployment: plan }
        value.set(key, lnMetrics(pinned, levers)[0])
      }
      return value.get(key)!
    }
    const orderings = (items: readonly LeverId[]): LeverId[][] =>
      items.length <= 1
        ? [[...items]]
        : items.flatMap((x, i) =>
            orderings([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]),
          )
    const all = orderings(players)
    const expected = Object.fromEntries(players.map((id) => [id, 0])) as Record<LeverId, number>
    for (const order of all) {
      order.forEach((id, k) => {
        expected[id] += (v(order.slice(0, k + 1)) - v(order.slice(0, k))) / all.length
      })
    }
    const a = analyze(scenarioOf(input), {
      parts: ['attribution'],
      attributionMethod: 'shapley',
    }).attribution!
    expect(a.method).toBe('shapley')
    expect(all).toHaveLength(24)
    for (const id of players) expect(Math.abs(a.cost[id]! - expected[id])).toBeLessThan(1e-9)
    // One lever per group: the Owen value (the default) is the Shapley value.
    const owen = analyze(scenarioOf(input), { parts: ['attribution'] }).attribution!
    expect(owen.method).toBe('owen')
    for (const id of players) expect(Math.abs(owen.cost[id]! - expected[id])).toBeLessThan(1e-9)
  })

  it('matches a brute-force Owen value over the orderings that keep each lever group together, computed with simulate()', () => {
    // Owen (1977): the average marginal contribution over the orderings in which the members of each
    // a priori union (here the article's lever groups) come one after another. Groups of three, two
    // and one: 3! group orders × 3! × 2! × 1! within = 72 orderings, of the 6! = 720 Shapley averages
    // over (a group of three, so the weights within a group are not the ½, ½ that any split of a
    // pair shares). Computed here from that definition, not from the coefficients the engine uses.
    const input: ScenarioInput = {
      model: 'llama-3.1-8b',
      hardware: 'b200',
      accelerators: 2,
      year: 2029,
      levers: {
        hbm: 0.8,
        chiplets: 1,
        customSilicon: 0.7,
        modelOptimization: 1,
        inferenceEngine: 0.6,
        scaleUp: 0.5,
      },
    }
    const groups: LeverId[][] = [
      ['customSilicon', 'chiplets', 'hbm'],
      ['modelOptimization', 'inferenceEngine'],
      ['scaleUp'],
    ]
    const players = groups.flat()
    const full = runScenario(input)
    if (!full.ok) throw new Error('scenario failed')
    const plan = {
      tensorParallel: full.result.deployment.tensorParallel,
      pipelineParallel: full.result.deployment.pipelineParallel,
    }
    const value = new Map<string, [number, number]>()
    const v = (set: readonly LeverId[]): [number, number] => {
      const key = [...set].sort().join(',')
      if (!value.has(key)) {
        const levers = Object.fromEntries(set.map((id) => [id, input.levers![id]!]))
        const pinned = set.length === 0 ? input : { ...input, deployment: plan }
        value.set(key, lnMetrics(pinned, levers))
      }
      return value.get(key)!
    }
    const orderings = <T>(items: readonly T[]): T[][] =>
      items.length <= 1
        ? [[...items]]
        : items.flatMap((x, i) =>
            orderings([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]),
          )
    const within = groups.map((g) => orderings(g))
    const all: LeverId[][] = orderings([0, 1, 2]).flatMap((order) =>
      within[order[0]!]!.flatMap((a) =>
        within[order[1]!]!.flatMap((b) => within[order[2]!]!.map((c) => [...a, ...b, ...c])),
      ),
    )
    expect(all).toHaveLength(72)
    const owen = Object.fromEntries(players.map((id) => [id, [0, 0]])) as Record<LeverId, number[]>
    const shapley = Object.fromEntries(players.map((id) => [id, 0])) as Record<LeverId, number>
    for (const order of all)
      order.forEach((id, k) => {
        const [c1, e1] = v(order.slice(0, k + 1))
        const [c0, e0] = v(order.slice(0, k))
        owen[id][0]! += (c1 - c0) / all.length
        owen[id][1]! += (e1 - e0) / all.length
      })
    for (const order of orderings(players))
      order.forEach((id, k) => {
        shapley[id] += (v(order.slice(0, k + 1))[0] - v(order.slice(0, k))[0]) / 720
      })
    const a = analyze(scenarioOf(input), { parts: ['attribution'] }).attribution!
    expect(a.method).toBe('owen')
    expect(a.players).toHaveLength(players.length)
    // The coalitions with at most one group partly on: 2^3 unions of whole groups, plus for each
    // group the 2^2 unions of the others times its 2^g − 2 partial subsets: 8 + 4 × 6 + 4 × 2 = 40.
    expect(a.evaluations).toBe(40)
    for (const id of players) {
      expect(Math.abs(a.cost[id]! - owen[id][0]!)).toBeLessThan(1e-9)
      expect(Math.abs(a.energy[id]! - owen[id][1]!)).toBeLessThan(1e-9)
    }
    // The exact value on request is the Shapley average over all 720 orderings.
    const exact = analyze(scenarioOf(input), {
      parts: ['attribution'],
      attributionMethod: 'shapley',
    }).attribution!
    expect(exact.method).toBe('shapley')
    expect(exact.evaluations).toBe(2 ** players.length)
    for (const id of players) expect(Math.abs(exact.cost[id]! - shapley[id])).toBeLessThan(1e-9)
    // The two values differ here (interactions of three levers across groups), so the checks
    // above tell them apart.
    expect(Math.abs(a.cost.hbm! - exact.cost.hbm!)).toBeGreaterThan(1e-5)
    // Each group's total is the Shapley value of the game between whole groups (3 players).
    const groupGame = (set: readonly number[]): number => v(set.flatMap((g) => groups[g]!))[0]
    for (let g = 0; g < 3; g++) {
      let expected = 0
      for (const order of orderings([0, 1, 2])) {
        const k = order.indexOf(g)
        expected += (groupGame(order.slice(0, k + 1)) - groupGame(order.slice(0, k))) / 6
      }
      const total = groups[g]!.reduce((t, id) => t + a.cost[id]!, 0)
      expect(Math.abs(total - expected)).toBeLessThan(1e-9)
    }
  })

  describe('on a context with a duplicated and a dummy lever', () => {
    const scenario = scenarioOf({
      model: 'llama-3.1-8b',
      hardware: 'h100-sxm',
      accelerators: 1,
      year: 2030,
      levers: { hbm: 1, chiplets: 1, coPackagedOptics: 1, inferenceEngine: 0.5 },
    })
    const base = createContext(scenario)
    const hbm = leverIndex('hbm')
    const twin = leverIndex('chiplets')
    const dummy = leverIndex('coPackagedOptics')
    // The dummy changes only scale-out link energy, which a one-accelerator replica never uses.
    const dummyEffect: CompiledEffect = {
      index: P.SCALE_OUT_PJ_PER_BIT,
      additive: false,
      frontier: false,
      amount: Math.log(0.5),
      cap: Infinity,
      floor: -Infinity,
    }
    const ctx: AnalysisContext = {
      ...base,
      levers: base.levers.map((l, i) =>
        i === twin ? { ...base.levers[hbm]!, id: 'chiplets' } : l,
      ),
      effects: base.effects.map((e, i) =>
        i === twin ? base.effects[hbm]! : i === dummy ? [dummyEffect] : e,
      ),
    }
    const a = attribution(ctx, 2030)
    const withoutDummy = attribution(
      { ...ctx, sliders: ctx.sliders.map((s, i) => (i === dummy ? 0 : s)) },
      2030,
    )

    it('gives identical levers identical shares (symmetry)', () => {
      expect(a.players).toEqual(expect.arrayContaining(['hbm', 'chiplets']))
      expect(a.cost.chiplets).toBeCloseTo(a.cost.hbm!, 12)
      expect(a.energy.chiplets).toBeCloseTo(a.energy.hbm!, 12)
      expect(a.cost.hbm).not.toBe(0)
    })

    it('gives a lever that changes nothing no share, and leaves the others unchanged (dummy)', () => {
      expect(a.players).toContain('coPackagedOptics')
      expect(Math.abs(a.cost.coPackagedOptics!)).toBeLessThan(1e-12)
      expect(Math.abs(a.energy.coPackagedOptics!)).toBeLessThan(1e-12)
      for (const id of withoutDummy.players) {
        expect(a.cost[id]).toBeCloseTo(withoutDummy.cost[id]!, 12)
      }
    })
  })
})

describe('uncertainty (seeded Monte Carlo)', () => {
  const scenario = scenarioOf({
    year: 2030,
    levers: { hbm: 1, modelOptimization: 0.7, customSilicon: 0.5, scaleOut: 1 },
  })
  const ctx = createContext(scenario)

  it('is the same for the same seed (seed 7) and differs for another (seed 8)', () => {
    const a = uncertainty(ctx, 400, 7)
    expect(uncertainty(createContext(scenario), 400, 7)).toEqual(a)
    expect(uncertainty(ctx, 400, 8)).not.toEqual(a)
  })

  it.each(MIXES)('orders P10 ≤ P50 ≤ P90 every year (%s, seed 20260101)', (_label, input) => {
    const bands = analyze(scenarioOf(input), { parts: ['uncertainty'], samples: 300 }).uncertainty!
    expect(bands.map((b) => b.year)).toEqual([2026, 2027, 2028, 2029, 2030])
    for (const b of bands) {
      for (const band of [b.cost, b.energy]) {
        expect(Number.isFinite(band.p10) && band.p10 > 0).toBe(true)
        expect(band.p10).toBeLessThanOrEqual(band.p50)
        expect(band.p50).toBeLessThanOrEqual(band.p90)
      }
    }
  })

  it('has no spread without levers', () => {
    for (const b of uncertainty(createContext(scenarioOf({ year: 2030 })), 100, 3)) {
      expect(b.cost.p10).toBe(b.cost.p90)
    }
  })
})

describe('trajectory', () => {
  const input: ScenarioInput = {
    model: 'mixtral-8x7b',
    hardware: 'h200-sxm',
    year: 2028,
    levers: { hbm: 1, inferenceEngine: 0.6, advancedNodes: 1 },
  }
  const t = analyze(scenarioOf(input), { parts: ['trajectory'] }).trajectory!
  const baseline = simulate(scenarioOf({ ...input, levers: {} }))

  it('has the same baseline every year: the scenario without levers', () => {
    expect(t.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030])
    for (const y of t) {
      expect(y.baseline).toEqual(t[0]!.baseline)
      expect(y.baseline.costPerMillionOutput).toBeCloseTo(baseline.costPerMillionTokens.output, 12)
      expect(y.baseline.joules).toBeCloseTo(baseline.energyPerToken.joules, 12)
    }
  })

  it('matches simulate in every year', () => {
    for (const y of t) {
      const r = simulate(scenarioOf({ ...input, year: y.year }))
      expect(y.costPerMillionTokens.output / r.costPerMillionTokens.output).toBeCloseTo(1, 12)
      expect(y.energyPerToken.joules / r.energyPerToken.joules).toBeCloseTo(1, 12)
      expect(y.costFold).toBeCloseTo(
        baseline.costPerMillionTokens.output / r.costPerMillionTokens.output,
        9,
      )
    }
  })
})

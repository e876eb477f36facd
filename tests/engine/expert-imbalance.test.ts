/**
 * Expert load imbalance under expert parallelism (physics/routing.ts): the busiest rank of a spread
 * mixture of experts carries more than the mean expert work. The coefficient is checked against a
 * seeded simulation of uniform routing, written here independently; hand values come from Python's
 * statistics.NormalDist().inv_cdf.
 */
import { describe, expect, it } from 'vitest'

import { resolveScenario, scenarioParams } from '@/engine/index'
import { prepareDecode, decodeLinearComputeSeconds } from '@/engine/kernel/decode'
import { preparePrefill, prefillLinearComputeSeconds } from '@/engine/kernel/prefill'
import { computeRoof, memoryRoof } from '@/engine/kernel/replica'
import { P } from '@/engine/params'
import {
  expertImbalanceCoefficient,
  expertImbalanceExcess,
  inverseNormal,
} from '@/engine/physics/routing'

/** mulberry32: a small seeded generator, so the simulation is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed | 0
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Mean over trials of (busiest rank's assignments ÷ the mean per rank − 1), routing uniformly. */
function simulatedExcess(experts: number, k: number, ranks: number, tokens: number): number {
  const random = seeded(20261205)
  const perRank = experts / ranks
  const trials = 150
  let sum = 0
  for (let t = 0; t < trials; t++) {
    const load = new Array<number>(ranks).fill(0)
    for (let i = 0; i < tokens; i++) {
      const chosen = new Set<number>()
      while (chosen.size < k) chosen.add(Math.floor(random() * experts))
      for (const e of chosen) load[Math.floor(e / perRank)]!++
    }
    sum += Math.max(...load) / ((tokens * k) / ranks) - 1
  }
  return sum / trials
}

function params(input: Record<string, unknown>): Float64Array {
  const r = resolveScenario(input)
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '))
  return scenarioParams(r.scenario)
}

describe('the standard normal quantile', () => {
  it('matches the tables', () => {
    expect(inverseNormal(0.5)).toBeCloseTo(0, 12)
    expect(inverseNormal(0.975)).toBeCloseTo(1.959964, 6)
    expect(inverseNormal(0.01)).toBeCloseTo(-2.326348, 6)
    expect(inverseNormal(0.999)).toBeCloseTo(3.090232, 6)
  })
})

describe('expert load imbalance', () => {
  it('is what uniform routing gives, within 12 %, from 8 to 64 ranks', () => {
    for (const [experts, k, ranks, tokens] of [
      [8, 2, 8, 256], // Mixtral on eight ranks
      [128, 4, 16, 64],
      [256, 8, 64, 512], // DeepSeek-V3 on 64 ranks
      [256, 8, 64, 4096],
    ] as const) {
      const formula = expertImbalanceExcess(expertImbalanceCoefficient(experts, k, ranks), tokens)
      const simulated = simulatedExcess(experts, k, ranks, tokens)
      expect(simulated).toBeGreaterThan(0.02)
      expect(Math.abs(formula / simulated - 1)).toBeLessThan(0.12)
    }
  }, 30_000)

  it('has the hand-computed coefficient', () => {
    // Mixtral, 8 ranks: z_8 = inv_cdf(7.625 / 8.25) = 1.434200, times sqrt(7·6 / (7·2)).
    expect(expertImbalanceCoefficient(8, 2, 8)).toBeCloseTo(2.484108, 5)
    // DeepSeek-V3, 64 ranks: z_64 = inv_cdf(63.625 / 64.25) = 2.336691, times sqrt(63·248/(255·8)).
    expect(expertImbalanceCoefficient(256, 8, 64)).toBeCloseTo(6.466694, 5)
  })

  it('vanishes on one rank, for a dense layer, and shrinks as 1/sqrt(tokens)', () => {
    expect(expertImbalanceCoefficient(256, 8, 1)).toBe(0)
    expect(expertImbalanceCoefficient(1, 1, 8)).toBe(0)
    const c = expertImbalanceCoefficient(256, 8, 64)
    expect(expertImbalanceExcess(c, 400) / expertImbalanceExcess(c, 1600)).toBeCloseTo(2, 12)
    expect(expertImbalanceExcess(c, 0)).toBe(0)
  })
})

describe('in the kernel', () => {
  const mixtral = (expertParallel?: number): Float64Array =>
    params({
      model: 'mixtral-8x7b',
      hardware: 'h100-sxm',
      accelerators: 8,
      deployment: {
        tensorParallel: 8,
        ...(expertParallel === undefined ? {} : { expertParallel }),
      },
    })

  it('stretches only the routed experts’ compute of a spread mixture, to the busiest rank', () => {
    const p = mixtral()
    const rc = computeRoof(p, 8)
    const m = prepareDecode(p, 8, rc, memoryRoof(p, 8))
    // Mixtral: 2 of 8 experts per token on 32 layers, one token verified per step.
    const expertFlops =
      2 * 2 * p[P.EXPERT_PARAMS]! * p[P.MOE_LAYERS]! * p[P.PARAM_SCALE]! * p[P.TOKENS_PER_STEP]!
    expect(m.expertFlops).toBeCloseTo(expertFlops, 0)
    expect(m.imbalance).toBeCloseTo(2.484108, 5)
    for (const batch of [16, 256, 2048]) {
      const even = (m.linearFlops * batch) / rc
      const busiest = ((m.linearFlops + (m.expertFlops * 2.484108) / Math.sqrt(batch)) * batch) / rc
      expect(decodeLinearComputeSeconds(m, batch) / busiest).toBeCloseTo(1, 6)
      expect(decodeLinearComputeSeconds(m, batch)).toBeGreaterThan(even)
    }
    const pm = preparePrefill(p, 8, rc, memoryRoof(p, 8))
    expect(pm.imbalance).toBeCloseTo(2.484108, 5)
    const tokens = 4 * pm.newTokensPerPrompt
    // Attention runs data-parallel beside spread experts: 4 prompts on 8 ranks, each prompt's layers
    // beside the experts on one rank, so those cost as 8 prompts would (kernel/collectives.ts
    // dataParallelRanks); the experts see the 4 prompts' tokens.
    const besideExperts = pm.linearFlopsPerPrompt - pm.expertFlopsPerPrompt
    const busiestPrefill =
      (8 * besideExperts + 4 * pm.expertFlopsPerPrompt * (1 + 2.484108 / Math.sqrt(tokens))) / rc
    expect(prefillLinearComputeSeconds(pm, 4) / busiestPrefill).toBeCloseTo(1, 6)
  })

  it('leaves split experts and dense models as they were', () => {
    const split = mixtral(1)
    const m = prepareDecode(split, 8, computeRoof(split, 8), memoryRoof(split, 8))
    expect(m.imbalance).toBe(0)
    expect(decodeLinearComputeSeconds(m, 64)).toBe((m.linearFlops * 64) / m.rc)
    const dense = params({ model: 'llama-3.3-70b', hardware: 'h100-sxm', accelerators: 8 })
    const d = prepareDecode(dense, 8, computeRoof(dense, 8), memoryRoof(dense, 8))
    expect(d.imbalance).toBe(0)
  })
})

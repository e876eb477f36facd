/**
 * The uncertainty bands' sampling (src/engine/analysis/uncertainty.ts): a Latin hypercube of each
 * lever's strength, 1,000 samples by default, about as precise as the 2,000 plain Monte Carlo
 * samples it replaced (measured on 2026-12-07: scripts/uncertainty-precision.ts).
 */
import { describe, expect, it } from 'vitest'

import { createContext } from '@/engine/analysis/context'
import { bandsFromSamples } from '@/engine/analysis/partials'
import {
  DEFAULT_SAMPLES,
  latinHypercube,
  samplesAtStrengths,
  uncertainty,
} from '@/engine/analysis/uncertainty'
import { LEVER_IDS, type ScenarioInput } from '@/engine/index'
import { createRng } from '@/engine/rng'

import { scenarioOf } from '../helpers/scenario'

function contextOf(input: ScenarioInput) {
  return createContext(scenarioOf(input))
}

/** Sample correlation of levers a and b over the samples of a strengths array. */
function correlation(u: Float64Array, levers: number, a: number, b: number): number {
  const samples = u.length / levers
  let meanA = 0
  let meanB = 0
  for (let s = 0; s < samples; s++) {
    meanA += u[s * levers + a]! / samples
    meanB += u[s * levers + b]! / samples
  }
  let cov = 0
  let varA = 0
  let varB = 0
  for (let s = 0; s < samples; s++) {
    const x = u[s * levers + a]! - meanA
    const y = u[s * levers + b]! - meanB
    cov += x * y
    varA += x * x
    varB += y * y
  }
  return cov / Math.sqrt(varA * varB)
}

describe('Latin-hypercube strengths', () => {
  it('puts each lever’s strengths one in each of the N strata of (0, 1)', () => {
    const samples = 997
    const levers = 17
    const u = latinHypercube(createRng(5), samples, levers)
    expect(u).toHaveLength(samples * levers)
    for (let l = 0; l < levers; l++) {
      const strata = new Set<number>()
      for (let s = 0; s < samples; s++) {
        const x = u[s * levers + l]!
        expect(x).toBeGreaterThanOrEqual(0)
        expect(x).toBeLessThan(1)
        strata.add(Math.floor(x * samples))
      }
      expect(strata.size).toBe(samples)
    }
  })

  it('shuffles the strata independently per lever: no two of the 17 levers move together', () => {
    // Independent shuffles give correlations of about 0 ± 1/√N (±0.03 at 1,000); one shuffle shared
    // by two levers gives 1, none at all gives 1 for every pair.
    const levers = 17
    const u = latinHypercube(createRng(9), 1000, levers)
    let largest = 0
    for (let a = 0; a < levers; a++)
      for (let b = a + 1; b < levers; b++)
        largest = Math.max(largest, Math.abs(correlation(u, levers, a, b)))
    expect(largest).toBeLessThan(0.15)
  })

  it('is the default at 1,000 samples, and its bands agree with 16,000 plain draws to within 2 %', () => {
    expect(DEFAULT_SAMPLES).toBe(1000)
    const ctx = contextOf({
      year: 2030,
      levers: Object.fromEntries(LEVER_IDS.map((id) => [id, 1])),
    })
    const bands = uncertainty(ctx)
    // The reference: plain uniform draws, independent of the hypercube's code, evaluated the same way.
    const plainSamples = 16_000
    const rng = createRng(424_242)
    const plain = new Float64Array(plainSamples * ctx.levers.length)
    for (let i = 0; i < plain.length; i++) plain[i] = rng.nextFloat()
    const reference = bandsFromSamples([samplesAtStrengths(ctx, plain, plainSamples)])
    bands.forEach((year, i) => {
      const ref = reference[i]!
      expect(year.year).toBe(ref.year)
      for (const quantity of ['cost', 'energy'] as const)
        for (const q of ['p10', 'p50', 'p90'] as const)
          expect(Math.abs(year[quantity][q] / ref[quantity][q] - 1)).toBeLessThan(0.02)
    })
    // Bands that are bands: P90 at least 10 % above P10 in 2030, where every lever is fully available.
    const last = bands[bands.length - 1]!
    expect(last.year).toBe(2030)
    expect(last.cost.p90 / last.cost.p10).toBeGreaterThan(1.1)
    // 17,000 Monte Carlo evaluations × 5 years: 5 s alone, three times that beside another suite.
  }, 60_000)
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { analyzeEconomics } from '@/engine/economics/analyze-economics'
import {
  acceleratorsNeeded,
  fleetEnergyJoulesPerYear,
  hardwareSpendUsdPerYear,
  JOULES_PER_TWH,
  outputTokensPerDay,
  tokensPerDayInYear,
} from '@/engine/economics/fleet'
import { defaultEconomicsInputs } from '@/engine/economics/inputs'

describe('fleet formulas (hand-computed)', () => {
  it('accelerators needed = ceil(tokens/day ÷ (tokens/s × 86,400 × utilization))', () => {
    // 1,000 tokens/s at 50 % utilization serve 43.2 million tokens a day per accelerator.
    expect(acceleratorsNeeded(43_200_000, 1000, 0.5)).toBe(1)
    expect(acceleratorsNeeded(43_200_001, 1000, 0.5)).toBe(2)
    expect(acceleratorsNeeded(0, 1000, 0.5)).toBe(0)
    // Whole replicas of 4: 5 accelerators' worth of demand needs 2 replicas = 8 accelerators.
    expect(acceleratorsNeeded(5 * 43_200_000, 1000, 0.5, 4)).toBe(8)
  })

  it('demand grows geometrically from 2026 and splits by the workload ratio', () => {
    expect(tokensPerDayInYear(1e12, 2, 2026)).toBe(1e12)
    expect(tokensPerDayInYear(1e12, 2, 2030)).toBe(16e12)
    expect(outputTokensPerDay(1280, 1024, 256)).toBe(256)
  })

  it('energy = served tokens × J/token + idle accelerators × idle W × idle share', () => {
    // 1e9 tokens/day × 365 × 2 J = 7.3e11 J; 10 chips × 100 W × 0.3 × 365 × 86,400 s = 9.4608e9 J.
    expect(fleetEnergyJoulesPerYear(1e9, 2, 10, 100, 0.7)).toBeCloseTo(7.3e11 + 9.4608e9, 0)
    expect(JOULES_PER_TWH).toBe(3.6e15)
  })

  it('more demand never needs fewer accelerators (seed 4201)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e16, noNaN: true }),
        fc.double({ min: 0, max: 1e16, noNaN: true }),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 64 }),
        (a, b, tps, u, n) => {
          const [low, high] = a < b ? [a, b] : [b, a]
          const lowCount = acceleratorsNeeded(low, tps, u, n)
          expect(lowCount).toBeLessThanOrEqual(acceleratorsNeeded(high, tps, u, n))
          expect(lowCount % n).toBe(0)
          // Enough capacity, and less than one replica too much.
          expect(lowCount * tps * 86_400 * u).toBeGreaterThanOrEqual(low * (1 - 1e-12))
          expect((lowCount - n) * tps * 86_400 * u).toBeLessThan(low + 1e-6)
        },
      ),
      { seed: 4201, numRuns: 300 },
    )
  })
})

describe('fleet through the engine', () => {
  const run = (input = {}) => {
    const outcome = analyzeEconomics(input, defaultEconomicsInputs(), ['fleet'])
    if (!outcome.ok || !outcome.value.fleet) throw new Error('fleet failed')
    return outcome.value.fleet
  }

  it('baseline technology needs accelerators in proportion to demand', () => {
    const fleet = run()
    const [first, , , , last] = fleet.years
    if (!first || !last) throw new Error('years missing')
    expect(last.tokensPerDay / first.tokensPerDay).toBeCloseTo(16, 9)
    expect(last.baseline.accelerators / first.baseline.accelerators).toBeCloseTo(16, 3)
    expect(fleet.years.every((y) => y.scenario.accelerators === y.baseline.accelerators)).toBe(true)
  })

  it('levers that raise throughput shrink the fleet and its energy', () => {
    const fleet = run({ levers: { modelOptimization: 1, hbm: 1 } })
    const last = fleet.years[fleet.years.length - 1]!
    expect(last.scenario.accelerators).toBeLessThan(last.baseline.accelerators)
    expect(last.scenario.energyTwhPerYear).toBeLessThan(last.baseline.energyTwhPerYear)
  })

  it('energy follows the boundary: chip < node < facility, hardware the same', () => {
    const at = (boundary: 'chip' | 'node' | 'facility') =>
      run({ energy: { boundary } }).years[0]!.baseline
    const chip = at('chip')
    const node = at('node')
    const facility = at('facility')
    expect(chip.energyTwhPerYear).toBeLessThan(node.energyTwhPerYear)
    expect(node.energyTwhPerYear).toBeLessThan(facility.energyTwhPerYear)
    expect(chip.accelerators).toBe(facility.accelerators)
    expect(chip.capexUsd).toBe(facility.capexUsd)
  })
})

describe('hardware bought a year: a flow, for the $700B of yearly capex', () => {
  it('= (growth + the fleet of the year before ÷ service life) × price (hand-computed)', () => {
    // 1,000 → 1,500 accelerators, 5-year life, $30,000 each: (500 + 200) × 30,000 = $21 million.
    expect(hardwareSpendUsdPerYear(1500, 1000, 5, 30_000)).toBeCloseTo(21e6, 0)
    // A shrinking fleet still replaces what retires, and buys nothing for growth.
    expect(hardwareSpendUsdPerYear(800, 1000, 5, 30_000)).toBeCloseTo(6e6, 0)
  })

  it('through the engine: each year buys the growth over the year before plus retirements', () => {
    const outcome = analyzeEconomics({}, defaultEconomicsInputs(), ['fleet'])
    if (!outcome.ok || !outcome.value.fleet) throw new Error('fleet failed')
    const years = outcome.value.fleet.years
    const life = 5 // the TCO's default depreciation years (src/engine/catalog)
    for (let i = 1; i < years.length; i++) {
      const y = years[i]!.baseline
      const before = years[i - 1]!.baseline
      const price = y.capexUsd / y.accelerators
      const expected =
        (Math.max(0, y.accelerators - before.accelerators) + before.accelerators / life) * price
      expect(y.hardwareSpendUsdPerYear).toBeCloseTo(expected, -3)
      // Demand doubles a year: the year's purchases are well below the installed fleet's value.
      expect(y.hardwareSpendUsdPerYear).toBeLessThan(y.capexUsd)
    }
  })
})

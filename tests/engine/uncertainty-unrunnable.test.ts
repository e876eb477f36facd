/**
 * A Monte Carlo draw whose scenario cannot run (a fixed accelerator count the model no longer fits
 * at that draw's lever strengths) has no cost. It had been counted as $0, the cheapest outcome:
 * Qwen3-235B on two H100s in 2030 with every lever at a quarter read P10 $0 where every draw that
 * runs costs $1.39 or more (found by a review, 2026-12-07).
 */
import { describe, expect, it } from 'vitest'

import { band } from '@/engine/analysis/partials'
import { analyze, LEVER_IDS, runScenario } from '@/engine/index'

import { scenarioOf } from '../helpers/scenario'

describe('band', () => {
  it('ranks only the draws that priced', () => {
    const withGaps = band(Float64Array.from([Number.NaN, 3, 1, Number.NaN, 2]))
    expect(withGaps).toEqual(band(Float64Array.from([1, 2, 3])))
    expect(withGaps.p50).toBe(2)
  })

  it('is NaN where no draw priced, not zero', () => {
    const none = band(Float64Array.from([Number.NaN, Number.NaN]))
    expect(Number.isNaN(none.p10) && Number.isNaN(none.p50) && Number.isNaN(none.p90)).toBe(true)
  })
})

describe('a fixed count some draws do not fit', () => {
  const quarter = Object.fromEntries(LEVER_IDS.map((id) => [id, 0.25]))
  const input = {
    model: 'qwen3-235b-a22b',
    hardware: 'h100-sxm',
    accelerators: 2,
    year: 2030,
    levers: quarter,
  }

  it('bands the draws that run: P10 above zero, around the central figure', () => {
    const central = runScenario(input)
    if (!central.ok) throw new Error('the central scenario should run')
    const cost = central.result.costPerMillionTokens.output
    const y2030 = analyze(scenarioOf(input), { parts: ['uncertainty'] }).uncertainty!.find(
      (u) => u.year === 2030,
    )!
    expect(y2030.cost.p10).toBeGreaterThan(0.5 * cost)
    expect(y2030.cost.p10).toBeLessThanOrEqual(cost)
    expect(y2030.cost.p90).toBeGreaterThanOrEqual(cost)
    expect(y2030.energy.p10).toBeGreaterThan(0)
  })

  it('has no band in a year no draw runs (the central scenario does not run then either)', () => {
    const y2026 = analyze(scenarioOf(input), { parts: ['uncertainty'] }).uncertainty!.find(
      (u) => u.year === 2026,
    )!
    expect(runScenario({ ...input, year: 2026 }).ok).toBe(false)
    expect(Number.isNaN(y2026.cost.p50)).toBe(true)
  })
})

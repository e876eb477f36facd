/**
 * Where the scenario's conditions without levers do not run (a fixed accelerator count only the
 * levers make the model fit), there is no 2026 baseline to measure the change against. The cost slot
 * of a scenario that does not fit is 0, and its logarithm had made the attribution's total
 * +Infinity with every share NaN, the trajectory's fold 0 with the year feasible, and tornado bar
 * ends that do not run -Infinity, "infinitely cheaper" (found by a review, 2026-12-07).
 */
import { describe, expect, it } from 'vitest'

import { analyze, LEVER_IDS, runScenario } from '@/engine/index'

import { scenarioOf } from '../helpers/scenario'

const all = Object.fromEntries(LEVER_IDS.map((id) => [id, 1]))
const input = {
  model: 'llama-3.1-70b',
  hardware: 'h100-sxm',
  accelerators: 1,
  year: 2030,
  levers: all,
}

describe('a scenario whose baseline does not run', () => {
  it('the premise: it runs with its levers, not without', () => {
    expect(runScenario(input).ok).toBe(true)
    expect(runScenario({ ...input, levers: {} }).ok).toBe(false)
  })

  const result = analyze(scenarioOf(input), {
    parts: ['trajectory', 'attribution', 'sensitivity'],
  })

  it('has no fold against a baseline (NaN, not 0), while the year itself runs', () => {
    const y2030 = result.trajectory!.find((t) => t.year === 2030)!
    expect(y2030.feasible).toBe(true)
    expect(y2030.costPerMillionTokens.output).toBeGreaterThan(0)
    expect(Number.isNaN(y2030.costFold)).toBe(true)
    expect(Number.isNaN(y2030.baseline.costPerMillionOutput)).toBe(true)
  })

  it('has no attribution total (NaN, not +Infinity)', () => {
    expect(result.attribution!.totalCost).not.toBe(Number.POSITIVE_INFINITY)
    expect(Number.isNaN(result.attribution!.totalCost)).toBe(true)
  })

  it('never reads a bar end that cannot run as infinitely cheaper', () => {
    for (const row of result.sensitivity!) {
      for (const end of [row.costLow, row.costHigh, row.energyLow, row.energyHigh])
        expect(end).not.toBe(Number.NEGATIVE_INFINITY)
    }
  })
})

describe('a tornado bar end that cannot run', () => {
  it('is NaN and ranks last (Qwen3-235B on two H100s, 2030, levers at a quarter)', () => {
    const quarter = Object.fromEntries(LEVER_IDS.map((id) => [id, 0.25]))
    const rows = analyze(
      scenarioOf({
        model: 'qwen3-235b-a22b',
        hardware: 'h100-sxm',
        accelerators: 2,
        year: 2030,
        levers: quarter,
      }),
      { parts: ['sensitivity'] },
    ).sensitivity!
    const unrunnable = rows.filter((r) => Number.isNaN(r.costLow) || Number.isNaN(r.costHigh))
    expect(unrunnable.length).toBeGreaterThan(0)
    const firstUnrunnable = rows.findIndex((r) => unrunnable.includes(r))
    expect(rows.slice(firstUnrunnable).every((r) => unrunnable.includes(r))).toBe(true)
    expect(rows.every((r) => r.costLow !== Number.NEGATIVE_INFINITY)).toBe(true)
  })
})

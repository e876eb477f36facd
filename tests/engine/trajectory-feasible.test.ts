/**
 * A trajectory year is feasible exactly when simulate() says its year's scenario is: it runs and
 * meets the workload's targets (a batch the user set reports them instead). The trajectory had
 * counted only "fits", so every year of a scenario that misses its speed target read as feasible
 * and the export carried its nearest-point cost as a cost (found by an export review, 2026-12-07).
 */
import { describe, expect, it } from 'vitest'

import { analyze, resolveScenario, simulate, type ScenarioInput } from '@/engine/index'

function yearsAgree(
  input: ScenarioInput,
): { year: number; trajectory: boolean; simulate: boolean }[] {
  const resolved = resolveScenario(input)
  if (!resolved.ok) throw new Error(resolved.issues.map((i) => i.message).join('; '))
  const trajectory = analyze(resolved.scenario, { parts: ['trajectory'] }).trajectory!
  return trajectory.map((y) => ({
    year: y.year,
    trajectory: y.feasible,
    simulate: simulate({ ...resolved.scenario, year: y.year }).feasible,
  }))
}

describe('trajectory feasibility', () => {
  it('a 400 tokens/s target nothing meets: no year is feasible', () => {
    const years = yearsAgree({
      workload: { preset: 'chat', minOutputTokensPerSecondPerUser: 400 },
      levers: { hbm: 1 },
    })
    expect(years.map((y) => y.trajectory)).toEqual([false, false, false, false, false])
    expect(years.every((y) => y.trajectory === y.simulate)).toBe(true)
  })

  it('the same target with the batch set: the targets are reported, every year runs', () => {
    const years = yearsAgree({
      workload: { preset: 'chat', minOutputTokensPerSecondPerUser: 400, batchSize: 8 },
    })
    expect(years.every((y) => y.trajectory && y.simulate)).toBe(true)
  })

  it('the reference with every lever: feasible each year, as simulate() says', () => {
    const years = yearsAgree({ levers: { hbm: 1, modelOptimization: 1, scaleUp: 1 } })
    expect(years.every((y) => y.trajectory === y.simulate)).toBe(true)
    expect(years.every((y) => y.trajectory)).toBe(true)
  })
})

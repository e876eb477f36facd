/**
 * The throughput–interactivity frontier in the engine: thinning keeps a Pareto set within the cap,
 * a pinned plan stays pinned, and the call leaves the scenario's requested batch as it was.
 * (The CLI contract — sorted, Pareto-optimal, chips ordered — is tested in tests/scripts.)
 */
import { describe, expect, it } from 'vitest'

import { frontier, resolveScenario, simulate, type Scenario } from '@/engine'

function scenario(input: unknown): Scenario {
  const resolved = resolveScenario(input)
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues))
  return resolved.scenario
}

describe('frontier', () => {
  it('thins to at most maxPoints, keeping the slowest and the fastest point', () => {
    const s = scenario({})
    const full = frontier(s)
    const thin = frontier(s, { maxPoints: 10 })
    expect(full.length).toBeGreaterThan(10)
    expect(thin).toHaveLength(10)
    expect(thin[0]).toEqual(full[0])
    expect(thin.at(-1)).toEqual(full.at(-1))
  })

  it('sweeps only the pinned plan when the scenario pins one', () => {
    const points = frontier(scenario({ deployment: { tensorParallel: 4, pipelineParallel: 1 } }))
    expect(points.length).toBeGreaterThan(5)
    expect(new Set(points.map((p) => p.deployment.label))).toEqual(new Set(['TP4']))
  })

  it('leaves a requested batch as the scenario set it', () => {
    const s = scenario({ workload: { batchSize: 7 } })
    const before = simulate(s).batchSize
    frontier(s)
    expect(simulate(s).batchSize).toBe(before)
    expect(before).toBe(7)
  })
})

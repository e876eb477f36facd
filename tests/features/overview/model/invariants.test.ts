import { describe, expect, it } from 'vitest'

import { ACCELERATORS, runScenario } from '@/engine/index'
import { phaseBreakdowns } from '@/features/overview/model/phase-breakdown'
import { rooflineModel } from '@/features/overview/model/roofline'

/** Every catalogue accelerator, a small dense and a large MoE model, a short and a long answer. */
const CASES = ACCELERATORS.flatMap((hw) =>
  (['llama-3.1-8b', 'deepseek-v3'] as const).flatMap((model) =>
    (['chat', 'reasoning'] as const).map((workload) => ({ hardware: hw.id, model, workload })),
  ),
)

describe('overview charts across the catalogue', () => {
  it.each(CASES)(
    '$model on $hardware ($workload): finite, non-negative, summing to the engine totals, under the roof',
    (input) => {
      const outcome = runScenario(input)
      if (!outcome.ok) return
      const r = outcome.result
      const [time, cost, energy] = phaseBreakdowns(r)
      for (const b of [time, cost, energy]) {
        for (const row of b.rows)
          for (const v of Object.values(row.values)) expect(v).toBeGreaterThanOrEqual(0)
      }
      expect(energy.rows[0].total + energy.rows[1].total).toBeCloseTo(
        r.energyPerToken.joules * r.scenario.outputTokens,
        6,
      )
      expect(
        (cost.rows[0].total + cost.rows[1].total) /
          ((r.costPerMillionTokens.output * r.scenario.outputTokens) / 1000),
      ).toBeCloseTo(1, 9)
      const roof = rooflineModel(r)
      const ceiling = roof.effective?.computeTflops ?? roof.peak.computeTflops
      for (const p of roof.points) {
        expect(p.y).toBeLessThanOrEqual(ceiling * 1.0001)
        expect(p.x).toBeGreaterThan(roof.xDomain[0])
        expect(p.x).toBeLessThan(roof.xDomain[1])
      }
    },
  )
})

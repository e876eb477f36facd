/**
 * Experts spread over a group wait for the busiest rank (physics/routing.ts
 * busiestRankTouchedExperts), so the deployment search tries both placements of a mixture of
 * experts on every plan (kernel/plan.ts evaluatePlan) where deployment.expertParallel is left out.
 */
import { describe, expect, it } from 'vitest'

import {
  frontier,
  presetById,
  resolveScenario,
  runScenario,
  type FrontierPoint,
  type ScenarioInput,
  type SimulationResult,
} from '@/engine/index'
import {
  prepareWeightsRead,
  weightsReadTimeWith,
  weightsReadWith,
  emptyWeightsRead,
} from '@/engine/kernel/replica'
import { EXPERT_PLACEMENT, P } from '@/engine/params'
import {
  busiestRankTouchedExperts,
  expertRankQuantile,
  fullestRanks,
} from '@/engine/physics/routing'
import { scenarioParams } from '@/engine/simulate'

function result(input: ScenarioInput): SimulationResult {
  const outcome = runScenario(input)
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues))
  return outcome.result
}

describe('the busiest rank of spread experts', () => {
  it('is the binomial mean plus Blom’s z for the largest of the ranks times its spread', () => {
    // 256 experts over 8 ranks, half of them touched: 32 per rank, mean 16, sd √(32 × ½ × ½) = √8.
    // Blom's z for the largest of 8 normal draws, Φ⁻¹((8 − 0.375) / 8.25) = 1.43420 (Python's
    // statistics.NormalDist), so the busiest rank streams 16 + 1.4342 √8 = 20.0565 experts.
    const z = expertRankQuantile(8)
    expect(z).toBeCloseTo(1.4342, 4)
    expect(busiestRankTouchedExperts(256, 8, 128, z)).toBeCloseTo(20.0565, 3)
  })

  it('waits for the ranks that hold one expert more where the ranks do not divide the experts', () => {
    // Llama 4 Maverick's 128 experts over 99 ranks: 29 hold two, 70 hold one. With every expert
    // touched, the step waits for a rank streaming two: 99 × 2 = 198 experts' worth of time.
    expect(fullestRanks(128, 99)).toBe(29)
    expect(fullestRanks(256, 8)).toBe(8)
    expect(busiestRankTouchedExperts(128, 99, 128, expertRankQuantile(29))).toBe(2)
  })

  it('never exceeds the experts a rank holds, and is the mean on one rank', () => {
    expect(busiestRankTouchedExperts(256, 8, 250, expertRankQuantile(8))).toBeLessThanOrEqual(32)
    expect(expertRankQuantile(1)).toBe(0)
    expect(busiestRankTouchedExperts(256, 1, 100, 0)).toBe(100)
  })

  it('lengthens a small step’s expert reads, not a large one’s, and moves no extra bytes', () => {
    const resolved = resolveScenario({ model: 'deepseek-v3', hardware: 'h200-sxm' })
    if (!resolved.ok) throw new Error('DeepSeek-V3 did not resolve')
    const p = scenarioParams(resolved.scenario)
    p[P.EXPERTS_TENSOR_SPLIT] = EXPERT_PLACEMENT.spread
    const spread = prepareWeightsRead(p, emptyWeightsRead(), 1, 8)
    // Eight tokens touch about 60 of 256 experts per layer: the busiest of 8 ranks holds more than
    // an eighth of them, so the step streams as if every rank held as many.
    expect(weightsReadTimeWith(spread, 8)).toBeGreaterThan(weightsReadWith(spread, 8) * 1.05)
    // Two thousand tokens touch every expert: each rank streams all of its own, no wait.
    expect(weightsReadTimeWith(spread, 2000)).toBeCloseTo(weightsReadWith(spread, 2000), 0)
    // Split experts (or one rank) have no busiest rank.
    p[P.EXPERTS_TENSOR_SPLIT] = EXPERT_PLACEMENT.split
    const split = prepareWeightsRead(p, emptyWeightsRead(), 1, 8)
    expect(weightsReadTimeWith(split, 8)).toBe(weightsReadWith(split, 8))
  })
})

describe('the placement left to the engine', () => {
  const onEight: ScenarioInput = {
    model: 'deepseek-v3',
    hardware: 'h200-sxm',
    accelerators: 8,
    deployment: { tensorParallel: 8 },
  }

  it('costs no more than either placement pinned, and says which it took and why', () => {
    const auto = result(onEight)
    const spread = result({ ...onEight, deployment: { tensorParallel: 8, expertParallel: 8 } })
    const split = result({ ...onEight, deployment: { tensorParallel: 8, expertParallel: 1 } })
    const cheapest = Math.min(spread.costPerMillionTokens.output, split.costPerMillionTokens.output)
    expect(auto.costPerMillionTokens.output).toBeCloseTo(cheapest, 12)
    // At the chat workload's speed target the batch is small, so splitting wins here.
    expect(split.costPerMillionTokens.output).toBeLessThan(spread.costPerMillionTokens.output)
    expect(auto.deployment.expertParallel).toBe(1)
    expect(auto.deployment.label).toBe('TP8 (MoE TP8)')
    const more = Math.round(
      (spread.costPerMillionTokens.output / split.costPerMillionTokens.output - 1) * 100,
    )
    expect(auto.deployment.why).toContain(
      `The experts are split over the 8 accelerators, each holding a slice of every expert; spread over them (expert parallelism), where each layer waits for the accelerator whose experts the step's tokens touch most, they would cost ${more} % more.`,
    )
  })

  it('spreads them where a large batch touches every expert: Mixtral on 8 H100s at maximum throughput', () => {
    const input: ScenarioInput = {
      model: 'mixtral-8x7b',
      hardware: 'h100-sxm',
      accelerators: 8,
      deployment: { tensorParallel: 8 },
      workload: { preset: 'chat', minOutputTokensPerSecondPerUser: 0 },
    }
    const auto = result(input)
    const spread = result({ ...input, deployment: { tensorParallel: 8, expertParallel: 8 } })
    const split = result({ ...input, deployment: { tensorParallel: 8, expertParallel: 1 } })
    expect(spread.costPerMillionTokens.output).toBeLessThan(split.costPerMillionTokens.output)
    expect(auto.costPerMillionTokens.output).toBeCloseTo(spread.costPerMillionTokens.output, 12)
    expect(auto.deployment.expertParallel).toBe(8)
  })

  it('never splits experts over more ranks than the heads, which a stack cannot attend by (a review)', () => {
    // Llama 4 Maverick has 40 heads; SN40L's stack pads heads, so TP64 runs, but only spread.
    const r = result({
      model: 'llama-4-maverick',
      hardware: 'sn40l',
      accelerators: 64,
      deployment: { tensorParallel: 64, pipelineParallel: 1 },
    })
    expect(r.deployment.label).toBe('TP64/EP64')
    expect(r.deployment.expertParallel).toBe(64)
  })

  it('asks for data-parallel attention: the experts stay spread, as that attention needs', () => {
    const r = result({ ...onEight, serving: { attentionParallelism: 'data' } })
    expect(r.deployment.expertParallel).toBe(8)
    expect(r.deployment.attentionParallelism).toBe('data')
  })

  it('a draft is sized for the placement the plan took: auto prices a pinned split plan exactly (a review)', () => {
    const preset = presetById('group-architecture')
    if (!preset) throw new Error('no group-architecture preset')
    const input: ScenarioInput = {
      ...preset.input,
      model: 'kimi-k2',
      hardware: 'h200-sxm',
      accelerators: 8,
      deployment: { tensorParallel: 8, pipelineParallel: 1 },
    }
    const auto = result(input)
    const split = result({
      ...input,
      deployment: { tensorParallel: 8, pipelineParallel: 1, expertParallel: 1 },
    })
    const spread = result({
      ...input,
      deployment: { tensorParallel: 8, pipelineParallel: 1, expertParallel: 8 },
    })
    expect(auto.costPerMillionTokens.output).toBeCloseTo(
      Math.min(split.costPerMillionTokens.output, spread.costPerMillionTokens.output),
      12,
    )
  })

  it('a pinned placement is priced as pinned, and its words do not offer the other', () => {
    const pinned = result({ ...onEight, deployment: { tensorParallel: 8, expertParallel: 8 } })
    expect(pinned.deployment.expertParallel).toBe(8)
    expect(pinned.deployment.why).not.toContain('The experts are')
  })

  it('the search’s runner-ups carry their own placement, in the list and in the words', () => {
    const auto = result({ model: 'deepseek-v3', hardware: 'h200-sxm' })
    expect(auto.deployment.alternatives.length).toBeGreaterThan(0)
    // The words named a split runner-up "TP8/EP8 × PP2" while the list said "TP8 (MoE TP8) × PP2".
    expect(auto.deployment.why).toContain(
      `The runner-up, ${auto.deployment.alternatives[0]!.label},`,
    )
    for (const alt of auto.deployment.alternatives) {
      const split = alt.label.includes('(MoE TP')
      expect(alt.expertParallel).toBe(split ? 1 : alt.tensorParallel)
    }
  })

  it('the frontier sweeps both placements: it dominates either one pinned', () => {
    const at = (expertParallel?: number): FrontierPoint[] => {
      const r = resolveScenario({
        ...onEight,
        deployment: { tensorParallel: 8, ...(expertParallel ? { expertParallel } : {}) },
      })
      if (!r.ok) throw new Error(JSON.stringify(r.issues))
      return frontier(r.scenario)
    }
    const most = (points: readonly FrontierPoint[]) =>
      Math.max(...points.map((x) => x.outputTokensPerSecondPerAccelerator))
    const fastest = (points: readonly FrontierPoint[]) =>
      Math.max(...points.map((x) => x.outputTokensPerSecondPerUser))
    const auto = at()
    const spread = at(8)
    const split = at(1)
    expect(most(auto)).toBeGreaterThanOrEqual(Math.max(most(spread), most(split)) * (1 - 1e-9))
    expect(fastest(auto)).toBeGreaterThanOrEqual(
      Math.max(fastest(spread), fastest(split)) * (1 - 1e-9),
    )
    // Each point names the placement it ran with.
    for (const point of auto) {
      const d = point.deployment
      expect(d.expertParallel === 1).toBe(d.label.includes('(MoE TP'))
    }
  })
})

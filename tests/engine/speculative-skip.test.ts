import { describe, expect, it } from 'vitest'

import { simulate, type ScenarioInput } from '@/engine/index'
import { presetById } from '@/engine/presets/presets'

import { scenarioOf } from '../helpers/scenario'

function costOf(input: ScenarioInput): number {
  return simulate(scenarioOf(input)).costPerMillionTokens.output
}

/**
 * The search skips speculation where an estimate says no draft pays on the plan it chose without
 * it. Where the estimate is wrong, the auto plan costs more than a plan pinned with the draft
 * forced on ("fixed" policy: no estimate, no skip) or than the plan a fixed count finds: the auto
 * plan must be at least as cheap as each of them.
 */
describe('multi-token decoding is not switched off where it pays', () => {
  it('DeepSeek-V3 FP8 on B200, reasoning, 2028 (the bench scenario): was 0.442 $/M on TP48, under what pinned plans with the draft on cost', () => {
    const input: ScenarioInput = {
      model: 'deepseek-v3',
      hardware: 'b200',
      precision: { weights: 'fp8', activations: 'fp8', kvCache: 'fp8' },
      workload: 'reasoning',
      year: 2028,
      levers: { scaleUp: 1, inferenceEngine: 0.5, multiTokenDecoding: 0.5 },
    }
    const auto = costOf(input)
    for (const tensorParallel of [32, 40, 48, 64]) {
      const pinned = costOf({
        ...input,
        deployment: { tensorParallel, pipelineParallel: 1 },
        serving: { speculationPolicy: 'fixed' },
      })
      expect(auto).toBeLessThanOrEqual(pinned * 1.02)
    }
  })

  it('Kimi K2 on GB200, a lever subset of the Conservative preset, 2030: was 0.334 $/M on TP305, TP64 0.286', () => {
    const conservative = presetById('conservative')!.input
    const ids = ['chiplets', 'hbm', 'processingInMemory', 'scaleUp', 'scaleOut', 'coPackagedOptics']
    const levers = Object.fromEntries(
      [...ids, 'stateSpace', 'multiTokenDecoding', 'designLag'].map((id) => [
        id,
        conservative.levers![id as keyof typeof conservative.levers]!,
      ]),
    )
    const input: ScenarioInput = {
      ...conservative,
      model: 'kimi-k2',
      hardware: 'gb200',
      year: 2030,
      levers,
    }
    const auto = costOf(input)
    for (const accelerators of [64, 96, 128]) {
      expect(auto).toBeLessThanOrEqual(costOf({ ...input, accelerators }) * 1.02)
    }
  })
})

/**
 * The deployment search's patience inside a rack-scale scale-up domain (kernel/search.ts
 * PATIENCE_GROWTH_IN_DOMAIN): a spread mixture of experts with data-parallel attention costs less
 * at 40 accelerators than at 8 on NVL72 and more in between, so a search that stops at four times
 * its best size misses the cheapest plan by up to 10 %. Compared here with every fixed count in the
 * domain, to within 1 % (the 1.1× of issue 13's done-when would pass the miss; the search tries packaging
 * sizes, so DeepSeek-R1 runs on 48 where 47 is 0.7 % cheaper).
 */
import { describe, expect, it } from 'vitest'

import { runScenario, type ScenarioInput } from '@/engine/index'

const CASES: readonly { label: string; input: ScenarioInput }[] = [
  {
    label: 'Llama 4 Maverick on GB200 at 60 tokens/s per user',
    input: {
      model: 'llama-4-maverick',
      hardware: 'gb200',
      workload: { preset: 'chat', minOutputTokensPerSecondPerUser: 60 },
    },
  },
  {
    label: 'Llama 4 Maverick on GB300, voice',
    input: { model: 'llama-4-maverick', hardware: 'gb300', workload: 'voice' },
  },
  {
    label: 'DeepSeek-R1 FP4 on GB200, chat',
    input: {
      model: 'deepseek-r1',
      hardware: 'gb200',
      precision: { weights: 'fp4', activations: 'fp4', kvCache: 'fp8' },
    },
  },
]

function costOf(input: ScenarioInput): number | null {
  const outcome = runScenario(input)
  if (!outcome.ok || !outcome.result.feasible) return null
  return outcome.result.costPerMillionTokens.output
}

describe('the auto search inside an NVL72 domain', () => {
  it.each(CASES)('$label: auto is the cheapest of every fixed count up to 72', ({ input }) => {
    const auto = runScenario({ ...input, accelerators: 'auto' })
    expect(auto.ok).toBe(true)
    if (!auto.ok) throw new Error('auto did not run')
    const costs = Array.from({ length: 72 }, (_, i) => costOf({ ...input, accelerators: i + 1 }))
    const priced = costs.filter((c): c is number => c !== null)
    expect(priced.length).toBeGreaterThan(10)
    expect(auto.result.costPerMillionTokens.output).toBeLessThanOrEqual(Math.min(...priced) * 1.01)
  })
})

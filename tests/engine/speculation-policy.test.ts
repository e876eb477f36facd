/**
 * serving.speculationPolicy: "adaptive" (the default) lets the stack draft less or switch speculation off
 * where it costs more; "fixed" runs the configured draft at every batch, as a stack launched with a set
 * draft length does (and as the published runs of speculative-pairs.json ran).
 */
import { describe, expect, it } from 'vitest'

import { runScenario, type ScenarioInput } from '@/engine/index'

describe('serving.speculationPolicy', () => {
  const loaded: ScenarioInput = {
    model: 'llama-3.1-8b',
    hardware: 'h100-sxm',
    accelerators: 1,
    workload: { inputTokens: 1000, outputTokens: 400, batchSize: 1024 },
    serving: { tokensPerStep: 1.5, verifyTokensPerStep: 6 },
  }
  const run = (input: ScenarioInput) => {
    const outcome = runScenario(input)
    if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
    return outcome.result
  }

  it('defaults to adaptive: under load the stack drafts less or switches off', () => {
    const adaptive = run(loaded)
    expect(adaptive.speculative.verifiedTokensPerStep).toBeLessThan(6)
  })

  it('"fixed" runs the configured draft even where it costs more, and says so', () => {
    const adaptive = run(loaded)
    const fixed = run({ ...loaded, serving: { ...loaded.serving, speculationPolicy: 'fixed' } })
    expect(fixed.speculative.enabled).toBe(true)
    expect(fixed.speculative.verifiedTokensPerStep).toBe(6)
    expect(fixed.speculative.acceptedTokensPerStep).toBe(1.5)
    expect(fixed.costPerMillionTokens.output).toBeGreaterThan(adaptive.costPerMillionTokens.output)
    expect(fixed.speculative.reason).toContain('"fixed"')
    expect(fixed.speculative.reason).toContain('dearer')
  })

  it('"fixed" gives the adaptive answer where the adaptive stack runs the full draft too', () => {
    const light: ScenarioInput = {
      model: 'llama-3.1-8b',
      hardware: 'h100-sxm',
      accelerators: 1,
      workload: { inputTokens: 1000, outputTokens: 400, batchSize: 1 },
      serving: { tokensPerStep: 2.79, verifyTokensPerStep: 4 },
    }
    const adaptive = run(light)
    expect(adaptive.speculative.verifiedTokensPerStep).toBe(4)
    const fixed = run({ ...light, serving: { ...light.serving, speculationPolicy: 'fixed' } })
    expect(fixed.throughput.outputTokensPerSecondPerAccelerator).toBe(
      adaptive.throughput.outputTokensPerSecondPerAccelerator,
    )
    expect(fixed.costPerMillionTokens.output).toBe(adaptive.costPerMillionTokens.output)
  })

  it('refuses a policy it does not know, naming the field', () => {
    const outcome = runScenario({
      ...loaded,
      serving: { ...loaded.serving, speculationPolicy: 'sometimes' },
    })
    expect(outcome.ok).toBe(false)
    const paths = outcome.ok ? '' : outcome.issues.map((i) => i.path).join(' ')
    expect(paths).toContain('speculationPolicy')
  })
})

import { describe, expect, it } from 'vitest'

import { runScenario } from '@/engine/simulate'

/**
 * A power-limited plan whose largest batch the search finds within the speed target must be served,
 * and reported as meeting it. The search judges the target with the other requests' prompts riding
 * in the decode steps at the decode clock; the result used to time them at the prefill phase's own,
 * lower clock, found the batch a hair over the target and refused the plan, naming a "fastest"
 * speed that one user on it beats by two orders of magnitude.
 */
describe('a power-limited "max" batch and the speed target', () => {
  const levers = {
    customSilicon: 1,
    advancedNodes: 1,
    advancedPackaging: 1,
    chiplets: 1,
    hbm: 0.5,
    scaleUp: 1,
    scaleOut: 1,
    inferenceEngine: 1,
    modelOptimization: 1,
    mixtureOfExperts: 1,
    designLag: 1,
  }

  /** The scenario on TP1 in 2030, with an optional workload override. */
  function onTp1(workload: Record<string, unknown> = {}) {
    const outcome = runScenario({
      year: 2030,
      levers,
      accelerators: 1,
      deployment: { tensorParallel: 1 },
      workload,
    })
    if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
    return outcome.result
  }

  it('serves TP1 in 2030 at the batch the search found, within 40 tokens/s per user', () => {
    const r = onTp1()
    // the chip is power-limited in both phases, so the two clocks matter
    expect(r.power.prefill.clockShare).toBeLessThan(1)
    expect(r.power.decode.clockShare).toBeLessThan(1)
    expect(r.batchLimit).toBe('interactivity')
    expect(r.batchSize).toBeGreaterThan(100)
    expect(r.latency.meetsInteractivity).toBe(true)
    expect(r.latency.tpotSeconds).toBeLessThanOrEqual((1 / 40) * (1 + 1e-9))
  })

  it('gives one user far more than the target on that plan', () => {
    // Five times the 40 tokens/s target: at one sequence the step is the weights' stream plus the
    // fixed time of its kernel boundaries and the step overhead, not a batch's worth of work.
    expect(onTp1({ batchSize: 1 }).latency.outputTokensPerSecondPerUser).toBeGreaterThan(5 * 40)
  })
})

/**
 * The same rule when only prefill is power-limited: prefill draws more than decode, so the limit can
 * slow it while decode runs at full clock. The interleaved prompts then run at the decode clock, full;
 * the result timed them at prefill's throttled clock, found the batch 2 % over the target and refused
 * TP1 with processing in memory, so the lever showed +66 % cost per token through a move to TP2.
 */
describe('a plan whose prefill alone is power-limited', () => {
  // On a B200: since the energy calibration (validation/fit-energy.ts) an H100's decode draws close
  // to its limit too, as measured, and this plan on it is throttled in both phases.
  const input = {
    hardware: 'b200',
    year: 2030,
    levers: {
      modelOptimization: 1,
      customSilicon: 1,
      coPackagedOptics: 1,
      processingInMemory: 1,
    },
    accelerators: 1,
    deployment: { tensorParallel: 1 },
  }

  it('is served within 40 tokens/s per user at the batch the search found', () => {
    const outcome = runScenario(input)
    if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
    const r = outcome.result
    expect(r.power.prefill.clockShare).toBeLessThan(1)
    expect(r.power.decode.clockShare).toBe(1)
    expect(r.batchLimit).toBe('interactivity')
    expect(r.latency.meetsInteractivity).toBe(true)
    expect(r.latency.tpotSeconds).toBeLessThanOrEqual((1 / 40) * (1 + 1e-9))
  })
})

/**
 * Under the power limit the batch was chosen in passes, each on the clock the previous batch got:
 * a large batch throttled hard, then a small one not throttled at all, and so on, stopping wherever
 * the fourth pass landed. Llama 4 Maverick on TPU v7 with 1.2× its bandwidth served 238 sequences
 * at $3.90 per million where a requested 4,000 meet the target under their own throttle at $0.27;
 * DeepSeek-V3 on TPU 8i with custom silicon at full adoption was called unable to reach 40 tokens/s
 * per user where 60,000 sequences do (found by a review, 2026-12-07).
 */
describe('a target-bound batch under the power limit', () => {
  const maverick = {
    model: 'llama-4-maverick',
    hardware: { base: 'tpu-v7-ironwood', memoryBandwidthTBps: 8.844 },
    workload: 'chat',
    deployment: { tensorParallel: 128, expertParallel: 128 },
    serving: { attentionParallelism: 'data' as const },
  }

  it('is the largest batch that meets the target under its own throttle', () => {
    const max = runScenario(maverick)
    const requested = runScenario({
      ...maverick,
      workload: { preset: 'chat', batchSize: 4000 },
    })
    if (!max.ok || !requested.ok) throw new Error('both should run')
    expect(requested.result.latency.meetsInteractivity).toBe(true)
    expect(max.result.latency.meetsInteractivity).toBe(true)
    expect(max.result.batchSize).toBeGreaterThanOrEqual(4000)
    expect(max.result.costPerMillionTokens.output).toBeLessThanOrEqual(
      requested.result.costPerMillionTokens.output,
    )
  })

  it('custom silicon at full adoption no longer makes DeepSeek-V3 on TPU 8i dearer than at half', () => {
    const at = (customSilicon: number) => {
      const r = runScenario({
        model: 'deepseek-v3',
        hardware: 'tpu-8i',
        workload: 'chat',
        year: 2030,
        levers: { customSilicon },
      })
      if (!r.ok) throw new Error(`custom silicon at ${customSilicon} should run`)
      return r.result.costPerMillionTokens.output
    }
    expect(at(1)).toBeLessThanOrEqual(at(0.5) * 1.02)
  })
})

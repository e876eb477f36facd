/** The deployment in words (issue 13 item 1): a pinned plan reads as a sentence, as a searched one does. */
import { describe, expect, it } from 'vitest'

import { runScenario } from '@/engine/index'

describe('deployment.why', () => {
  it('says a pinned plan is pinned, starting with a capital', () => {
    const outcome = runScenario({ deployment: { tensorParallel: 8 } })
    if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
    expect(outcome.result.deployment.searched).toBe(false)
    expect(outcome.result.deployment.why).toBe(
      'One replica of TP8, as pinned: the weights need 2 accelerators.',
    )
  })

  it('names the reason a larger group wins: the speed target, or the scheduler cap it reaches', () => {
    // DeepSeek-R1 FP4 on GB200 at 40 tokens/s per user: each larger group runs more sequences within
    // the 25 ms step (the batch is limited by the target), most of memory free.
    const r1 = runScenario({
      model: 'deepseek-r1',
      hardware: 'gb200',
      precision: { weights: 'fp4', activations: 'fp4', kvCache: 'fp8' },
    })
    if (!r1.ok) throw new Error(r1.issues.map((i) => i.message).join('; '))
    expect(r1.result.batchLimit).toBe('interactivity')
    expect(r1.result.deployment.why).toContain(
      'a larger group serves more users within the 40 tokens/s target',
    )
    // Llama 3.1 405B on H200 without a speed target: two stages of TP8 where six accelerators hold
    // the weights, because 16 hold the scheduler's whole batch; "leaves room for a bigger batch"
    // said less than that.
    const big = runScenario({
      model: 'llama-3.1-405b',
      hardware: 'h200-sxm',
      workload: { preset: 'chat', minOutputTokensPerSecondPerUser: 0 },
    })
    if (!big.ok) throw new Error(big.issues.map((i) => i.message).join('; '))
    expect(big.result.batchLimit).toBe('scheduler-cap')
    expect(big.result.deployment.why).toContain(
      "the weights need 6 accelerators; a larger group runs the scheduler's full batch of 2,048 sequences;",
    )
    expect(big.result.deployment.why).not.toContain('leaves room for a bigger batch')
  })

  it('says a cheaper runner-up misses a target where the user set the batch (it read "within 1 %")', () => {
    // Eight H100s at a batch of 64: TP8 meets 40 tokens/s per user; four replicas of TP2 cost less
    // and miss it. Ranked after every plan that meets the targets, the cheaper runner-up had read as
    // costing "within 1 %" of the chosen plan.
    const outcome = runScenario({ accelerators: 8, workload: { batchSize: 64 } })
    if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
    const d = outcome.result.deployment
    expect(d.label).toBe('TP8')
    const runnerUp = d.alternatives[0]!
    expect(runnerUp.label).toBe('TP2')
    expect(runnerUp.meetsTargets).toBe(false)
    expect(runnerUp.costPerMillionOutputTokens!).toBeLessThan(
      outcome.result.costPerMillionTokens.output,
    )
    expect(d.why).toMatch(
      /The runner-up, TP2, costs \d+ % less but misses the 40 tokens\/s target at 64 sequences\./,
    )
    expect(d.why).not.toContain('within 1 %')
  })

  it('a runner-up that meets the targets says how much more it costs, and meets them', () => {
    const outcome = runScenario({})
    if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
    const d = outcome.result.deployment
    expect(d.alternatives.length).toBeGreaterThan(0)
    expect(d.alternatives.every((a) => a.meetsTargets)).toBe(true)
    expect(d.why).toMatch(/The runner-up, [^,]+, costs \d+ % more\./)
  })

  it('says nothing of a miss where the chosen plan misses the target too (found by a review)', () => {
    const outcome = runScenario({
      accelerators: 8,
      workload: { batchSize: 64, minOutputTokensPerSecondPerUser: 400 },
    })
    if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
    expect(outcome.result.deployment.why).toMatch(/The runner-up, [^,]+, costs \d+ % more\./)
    expect(outcome.result.deployment.why).not.toContain('but misses')
  })
})

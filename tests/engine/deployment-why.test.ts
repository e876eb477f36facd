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

  it('names the reason a larger group wins: the speed target, then the scheduler cap it reaches', () => {
    // DeepSeek-R1 FP4 on GB200 at 40 tokens/s per user: each larger group runs more sequences within
    // the 25 ms step (the batch is limited by the target) until TP48/EP48 reaches the scheduler's
    // 2,048; "leaves room for a bigger batch" (memory) was not the reason, 88 % of memory is free.
    const outcome = runScenario({
      model: 'deepseek-r1',
      hardware: 'gb200',
      precision: { weights: 'fp4', activations: 'fp4', kvCache: 'fp8' },
    })
    if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
    expect(outcome.result.batchLimit).toBe('scheduler-cap')
    expect(outcome.result.deployment.why).toContain(
      "a larger group runs the scheduler's full batch of 2,048 sequences within the 40 tokens/s target",
    )
    expect(outcome.result.deployment.why).not.toContain('leaves room for a bigger batch')

    const below = runScenario({
      model: 'deepseek-r1',
      hardware: 'gb200',
      precision: { weights: 'fp4', activations: 'fp4', kvCache: 'fp8' },
      deployment: { tensorParallel: 40 },
      accelerators: 40,
    })
    if (!below.ok) throw new Error(below.issues.map((i) => i.message).join('; '))
    expect(below.result.batchLimit).toBe('interactivity')
  })
})

/**
 * A model that does not fit names the fewest accelerators it does fit on, counted the way the
 * search places a replica (packaging sizes, pipeline stages of whole domains): Llama 3.1 405B in
 * BF16 needs 812 GB, more than an H100 domain of eight holds, and twelve is not a size a replica
 * of H100s comes in, so the answer is sixteen (two stages of eight), not the bytes' ten.
 */
import { describe, expect, it } from 'vitest'

import { runScenario } from '@/engine/index'

/** Memory is the question here, not speed: no interactivity target. */
const WORKLOAD = { preset: 'chat', minOutputTokensPerSecondPerUser: 0 } as const

const advised = (message: string): number => {
  const m = /Use at least (\d+) accelerators/.exec(message)
  if (!m) throw new Error(`no count in: ${message}`)
  return Number(m[1])
}

describe('the does-not-fit advice', () => {
  it('names a count that fits, and one fewer that does not', () => {
    for (const count of [4, 9]) {
      const r = runScenario({
        model: 'llama-3.1-405b',
        hardware: 'h100-sxm',
        accelerators: count,
        workload: WORKLOAD,
      })
      expect(r.ok).toBe(false)
      if (r.ok) throw new Error('fitted')
      const n = advised(r.issues[0]!.message)
      expect(n).toBe(16)
      expect(
        runScenario({
          model: 'llama-3.1-405b',
          hardware: 'h100-sxm',
          accelerators: n,
          workload: WORKLOAD,
        }).ok,
      ).toBe(true)
      const fewer = runScenario({
        model: 'llama-3.1-405b',
        hardware: 'h100-sxm',
        accelerators: n - 1,
        workload: WORKLOAD,
      })
      expect(fewer.ok).toBe(false)
    }
  })

  it('says when a fixed count leaves accelerators a replica cannot use, with consistent numbers', () => {
    const r = runScenario({ model: 'llama-3.1-405b', hardware: 'h100-sxm', accelerators: 9 })
    if (r.ok) throw new Error('fitted')
    const message = r.issues[0]!.message
    expect(message).toContain('on 8 of the 9: a replica comes in packaging sizes')
    // 8 × 80 GiB: 0.9 × 687.2 GB, plus the tenth of the 812 GB of weights the reserve leaves them
    // (capped at the 687.2 GB they could fill): 618.5 + 68.7 = 687 GB, short of 812 GB + one
    // sequence's KV cache by about 125 GB.
    expect(message).toContain('only 687 GB is usable')
    expect(message).toContain('short by 125 GB')
  })

  it('asks for a larger pinned group, not more accelerators, when the plan is pinned', () => {
    const r = runScenario({
      model: 'llama-3.1-405b',
      hardware: 'h100-sxm',
      accelerators: 4,
      deployment: { tensorParallel: 4 },
    })
    if (r.ok) throw new Error('fitted')
    expect(r.issues[0]!.message).toContain('Pin a larger group')
  })
})

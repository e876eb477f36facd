import { describe, expect, it } from 'vitest'

import { unmetTargetIssue } from '@/engine/deployment'
import { O, TARGET_SPEED_UNMET, TARGET_TTFT_UNMET } from '@/engine/kernel'
import { createOutput } from '@/engine/kernel/outputs'
import { packScenario } from '@/engine/pack'
import { resolveScenario } from '@/engine/scenario'

function reference() {
  const r = resolveScenario({})
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '))
  return r.scenario
}

/** The kernel's output for a plan that missed a target at `batch` with these times. */
function missed(batch: number, tpotS: number, ttftS: number, unmet: number): Float64Array {
  const out = createOutput()
  out[O.TENSOR_PARALLEL] = 2
  out[O.PIPELINE_PARALLEL] = 1
  out[O.BATCH] = batch
  out[O.TPOT_S] = tpotS
  out[O.TTFT_S] = ttftS
  out[O.TARGET_UNMET] = unmet
  return out
}

describe('the message for a target no deployment meets', () => {
  const s = reference()
  const p = packScenario(s)

  it('names one user’s speed as the fastest when the search got down to one user', () => {
    const issue = unmetTargetIssue(s, p, missed(1, 0.05, 0.1, TARGET_SPEED_UNMET))
    expect(issue.path).toBe('workload.minOutputTokensPerSecondPerUser')
    expect(issue.message).toContain('the fastest, TP2 with one user, gives 20.0 tokens/s')
  })

  it('does not pass a larger batch off as one user: it names the batch as the nearest point', () => {
    const issue = unmetTargetIssue(s, p, missed(1177, 0.02501, 0.1, TARGET_SPEED_UNMET))
    expect(issue.message).toContain('the nearest, TP2 with 1,177 users, gives 40.0 tokens/s')
    expect(issue.message).not.toContain('one user')
  })

  it('words a first-token miss the same way', () => {
    const issue = unmetTargetIssue(s, p, missed(64, 0.02, 1.25, TARGET_TTFT_UNMET))
    expect(issue.path).toBe('workload.maxTtftSeconds')
    expect(issue.message).toContain('the nearest, TP2 with 64 users, takes 1.25 s')
  })
})

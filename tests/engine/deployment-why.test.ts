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
})

/**
 * Chunked prefill: under load a prompt's chunks ride in the running batch's decode steps, which pay the fixed
 * time of a pass (step overhead and kernel boundaries) themselves; the prompt does not pay it again as a pass
 * of its own, in the time to first token or in the time per output token of the users it is interleaved with.
 */
import { describe, expect, it } from 'vitest'

import { runScenario, type SimulationResult } from '@/engine/index'
import { CHUNK_TOKENS } from '@/engine/kernel'

function at(batchSize: number, stepOverheadSeconds: number): SimulationResult {
  const outcome = runScenario({
    model: 'llama-3.1-8b',
    hardware: 'h100-sxm',
    accelerators: 1,
    workload: {
      inputTokens: 2048,
      outputTokens: 256,
      batchSize,
      minOutputTokensPerSecondPerUser: 0,
      prefixCacheHitRate: 0,
    },
    efficiency: { stepOverheadSeconds, kernelBoundarySeconds: 0 },
  })
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
  return outcome.result
}

describe('the fixed time of a pass under chunked prefill', () => {
  const extra = 0.01 // s of step overhead, against none

  it('is paid once per decode step a prompt’s chunks ride in, not once more for the prompt', () => {
    const without = at(32, 0)
    const withOverhead = at(32, extra)
    expect(without.power.decode.clockShare).toBe(1)
    expect(withOverhead.power.decode.clockShare).toBe(1)
    expect(without.batchSize).toBe(withOverhead.batchSize)
    const chunks = Math.ceil(2048 / CHUNK_TOKENS)
    expect(withOverhead.latency.ttftSeconds - without.latency.ttftSeconds).toBeCloseTo(
      chunks * extra,
      9,
    )
  })

  it('adds one step overhead per output token, none for the prompts interleaved', () => {
    const without = at(32, 0)
    const withOverhead = at(32, extra)
    expect(withOverhead.latency.tpotSeconds - without.latency.tpotSeconds).toBeCloseTo(extra, 9)
  })

  it('is paid by a prompt alone as its own pass', () => {
    const without = at(1, 0)
    const withOverhead = at(1, extra)
    expect(withOverhead.latency.ttftSeconds - without.latency.ttftSeconds).toBeCloseTo(extra, 9)
  })
})

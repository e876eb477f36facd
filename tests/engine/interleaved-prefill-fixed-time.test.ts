/**
 * Chunked prefill: under load a prompt's chunks ride in the running batch's decode steps, which pay the fixed
 * time of a pass (step overhead, kernel boundaries, the collectives' latency, the hand-offs between pipeline
 * stages) themselves; the prompt does not pay it again as a pass of its own, in the time to first token or in
 * the time per output token of the users it is interleaved with.
 */
import { describe, expect, it } from 'vitest'

import { runScenario, type ScenarioInput, type SimulationResult } from '@/engine/index'
import { CHUNK_TOKENS } from '@/engine/kernel'

const INPUT_TOKENS = 20_000 // three chunks of CHUNK_TOKENS

/** Llama 3.1 8B on H100s at a fixed batch, no kernel boundaries, with `efficiency` on top. */
function on(
  batchSize: number,
  efficiency: ScenarioInput['efficiency'],
  plan: Pick<ScenarioInput, 'accelerators' | 'deployment'> = { accelerators: 1 },
): SimulationResult {
  const outcome = runScenario({
    model: 'llama-3.1-8b',
    hardware: 'h100-sxm',
    ...plan,
    workload: {
      inputTokens: INPUT_TOKENS,
      outputTokens: 256,
      batchSize,
      minOutputTokensPerSecondPerUser: 0,
      prefixCacheHitRate: 0,
    },
    efficiency: { kernelBoundarySeconds: 0, ...efficiency },
  })
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
  return outcome.result
}

function at(
  batchSize: number,
  stepOverheadSeconds: number,
  plan?: Pick<ScenarioInput, 'accelerators' | 'deployment'>,
): SimulationResult {
  return on(batchSize, { stepOverheadSeconds }, plan)
}

describe('the fixed time of a pass under chunked prefill', () => {
  const extra = 0.01 // s of step overhead, against none
  const chunks = Math.ceil(INPUT_TOKENS / CHUNK_TOKENS)

  it('is paid once per decode step a prompt’s chunks ride in, not once more for the prompt', () => {
    expect(chunks).toBe(3)
    const without = at(16, 0)
    const withOverhead = at(16, extra)
    expect(without.power.decode.clockShare).toBe(1)
    expect(withOverhead.power.decode.clockShare).toBe(1)
    expect(without.batchSize).toBe(withOverhead.batchSize)
    expect(withOverhead.latency.ttftSeconds - without.latency.ttftSeconds).toBeCloseTo(
      chunks * extra,
      9,
    )
  })

  it('adds one step overhead per output token, none for the prompts interleaved', () => {
    const without = at(16, 0)
    const withOverhead = at(16, extra)
    expect(withOverhead.latency.tpotSeconds - without.latency.tpotSeconds).toBeCloseTo(extra, 9)
  })

  it('on two pipeline stages: each carrying step pays its overhead and one hand-off, nothing more', () => {
    // A hand-off between stages is a step overhead plus the link latency (kernel/plan.ts stageInto),
    // so each of the chunks' steps pays the step overhead twice: its own and the hand-off's.
    const twoStages = { accelerators: 2, deployment: { tensorParallel: 1, pipelineParallel: 2 } }
    const without = at(16, 0, twoStages)
    const withOverhead = at(16, extra, twoStages)
    expect(without.deployment.pipelineParallel).toBe(2)
    expect(without.batchSize).toBe(withOverhead.batchSize)
    expect(withOverhead.power.decode.clockShare).toBe(1)
    expect(without.power.decode.clockShare).toBe(1)
    expect(withOverhead.latency.ttftSeconds - without.latency.ttftSeconds).toBeCloseTo(
      chunks * 2 * extra,
      9,
    )
  })

  it('leaves the collectives’ fixed latency to the steps too (tensor parallelism 2)', () => {
    const onTp2 = (collectiveLatencySeconds: number) =>
      on(16, { collectiveLatencySeconds }, { accelerators: 2, deployment: { tensorParallel: 2 } })
    const fast = onTp2(5e-6)
    const slow = onTp2(50e-6)
    expect(slow.power.decode.clockShare).toBe(1)
    expect(fast.power.decode.clockShare).toBe(1)
    const perStep = slow.decode.secondsPerStep - fast.decode.secondsPerStep
    expect(perStep).toBeGreaterThan(0)
    // The three chunks' steps each pay the longer latency once; the prompt adds none of its own.
    expect(slow.latency.ttftSeconds - fast.latency.ttftSeconds).toBeCloseTo(chunks * perStep, 9)
  })

  it('is paid by a prompt alone as its own pass', () => {
    const without = at(1, 0)
    const withOverhead = at(1, extra)
    expect(withOverhead.latency.ttftSeconds - without.latency.ttftSeconds).toBeCloseTo(extra, 9)
  })
})

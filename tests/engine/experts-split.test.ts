/**
 * Where a mixture of experts puts its experts in a tensor-parallel group. Spread over the group
 * (expert parallelism, what the search plans), a token's hidden state travels to the ranks of its
 * k experts and back (an all-to-all of k/n of it per rank). Split across the group (every rank holds
 * a slice of every expert: TensorRT-LLM's and vLLM's default), nothing is routed and the MoE layer
 * ends in an all-reduce like a dense FFN. The measured TensorRT-LLM Mixtral cases ran split, and the
 * validation now runs them so (measured-cases.ts).
 */
import { describe, expect, it } from 'vitest'

import { resolveScenario, runScenario, simulate, type SimulationResult } from '@/engine'

import { cliWithInput } from '../helpers/cli'

const MIXTRAL_TP8 = {
  model: 'mixtral-8x7b',
  hardware: 'h100-sxm',
  accelerators: 8,
  workload: { inputTokens: 1000, outputTokens: 1000, batchSize: 256 },
}

function result(input: unknown): SimulationResult {
  const outcome = runScenario(input)
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues))
  return outcome.result
}

function issues(input: unknown): { path: string; message: string }[] {
  const resolved = resolveScenario(input)
  return resolved.ok ? [] : resolved.issues.map((i) => ({ path: i.path, message: i.message }))
}

/** Exactly one issue, at `path`, whose message says `words`. */
function expectOneIssue(
  found: { path: string; message: string }[],
  path: string,
  words: string,
): void {
  expect(found.map((i) => i.path)).toEqual([path])
  expect(found[0]!.message).toContain(words)
}

describe('experts split by tensor parallelism (deployment.expertParallel: 1)', () => {
  it('says how the experts are placed, in the plan and its label', () => {
    const spread = result({ ...MIXTRAL_TP8, deployment: { tensorParallel: 8, expertParallel: 8 } })
    const split = result({ ...MIXTRAL_TP8, deployment: { tensorParallel: 8, expertParallel: 1 } })
    const spreadExplicit = result({
      ...MIXTRAL_TP8,
      deployment: { tensorParallel: 8, expertParallel: 8 },
    })
    expect(spread.deployment.expertParallel).toBe(8)
    expect(spread.deployment.label).toBe('TP8/EP8')
    expect(spreadExplicit.deployment.label).toBe('TP8/EP8')
    expect(spreadExplicit.costPerMillionTokens.output).toBe(spread.costPerMillionTokens.output)
    expect(split.deployment.expertParallel).toBe(1)
    expect(split.deployment.label).toBe('TP8 (MoE TP8)')
    expect(split.deployment.why).toContain('TP8 (MoE TP8)')
  })

  it('communicates exactly as a dense model of the same width and depth does', () => {
    const split = result({ ...MIXTRAL_TP8, deployment: { tensorParallel: 8, expertParallel: 1 } })
    // The same layers, hidden size and heads with a dense FFN: 2 all-reduces per layer.
    const dense = result({
      ...MIXTRAL_TP8,
      model: { base: 'mixtral-8x7b', experts: 0, expertsPerToken: 0, moeLayers: 0 },
      deployment: { tensorParallel: 8 },
    })
    expect(split.decode.communicationSeconds).toBeGreaterThan(0)
    expect(split.decode.communicationSeconds).toBeCloseTo(dense.decode.communicationSeconds, 12)
    expect(split.prefill.communicationSeconds).toBeCloseTo(dense.prefill.communicationSeconds, 12)
  })

  it('trades latency for bandwidth: fewer collectives at a small batch, more bytes at a large one', () => {
    const at = (batchSize: number, deployment: object): SimulationResult =>
      result({ ...MIXTRAL_TP8, workload: { ...MIXTRAL_TP8.workload, batchSize }, deployment })
    const spread = { tensorParallel: 8, expertParallel: 8 }
    const split = { tensorParallel: 8, expertParallel: 1 }
    // Batch 8: a split MoE layer ends in one all-reduce, a spread one needs a dispatch and a
    // combine, each paying the collective latency: the split group spends less time on links.
    expect(at(8, split).decode.communicationSeconds).toBeLessThan(
      at(8, spread).decode.communicationSeconds,
    )
    // Batch 2048: bandwidth dominates. An all-reduce moves 2(n-1)/n of the BF16 hidden state per
    // rank, a dispatch and combine k/n of it (k = 2 of 8 experts): the split group is slower.
    const bigSplit = at(2048, split)
    const bigSpread = at(2048, spread)
    expect(bigSplit.decode.communicationSeconds).toBeGreaterThan(
      1.2 * bigSpread.decode.communicationSeconds,
    )
    expect(bigSplit.latency.tpotSeconds).toBeGreaterThan(bigSpread.latency.tpotSeconds)
    expect(bigSplit.costPerMillionTokens.output).toBeGreaterThan(
      bigSpread.costPerMillionTokens.output,
    )
  })

  it('changes nothing on one accelerator, where there is nothing to place', () => {
    const one = { ...MIXTRAL_TP8, accelerators: 1, precision: { weights: 'fp8' } }
    const plain = result({ ...one, deployment: { tensorParallel: 1 } })
    const split = result({ ...one, deployment: { tensorParallel: 1, expertParallel: 1 } })
    expect(split.costPerMillionTokens.output).toBe(plain.costPerMillionTokens.output)
    expect(split.deployment.label).toBe('TP1')
  })

  it('refuses a placement the group cannot have, in words', () => {
    expectOneIssue(
      issues({ model: 'mixtral-8x7b', deployment: { expertParallel: 1 } }),
      'deployment.expertParallel',
      'needs deployment.tensorParallel',
    )
    expectOneIssue(
      issues({ model: 'mixtral-8x7b', deployment: { tensorParallel: 8, expertParallel: 4 } }),
      'deployment.expertParallel',
      'use 1 (every expert split across the TP8 group) or 8',
    )
    expectOneIssue(
      issues({ model: 'llama-3.3-70b', deployment: { tensorParallel: 8, expertParallel: 8 } }),
      'deployment.expertParallel',
      'Llama 3.3 70B Instruct has no experts to spread',
    )
    // A dense model may say 1: its one FFN is split by tensor parallelism anyway.
    expect(
      issues({ model: 'llama-3.3-70b', deployment: { tensorParallel: 8, expertParallel: 1 } }),
    ).toEqual([])
  })

  it('keeps a split group within the attention heads: only spread experts go wider', () => {
    // DeepSeek-V3: 128 heads, 256 routed experts.
    expect(issues({ model: 'deepseek-v3', deployment: { tensorParallel: 256 } })).toEqual([])
    expectOneIssue(
      issues({ model: 'deepseek-v3', deployment: { tensorParallel: 256, expertParallel: 1 } }),
      'deployment.tensorParallel',
      '128 attention heads',
    )
  })

  it('is a pin the resolved scenario keeps, and simulate reads', () => {
    const resolved = resolveScenario({
      ...MIXTRAL_TP8,
      deployment: { tensorParallel: 8, expertParallel: 1 },
    })
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues))
    expect(resolved.scenario.deployment).toEqual({
      tensorParallel: 8,
      pipelineParallel: 1,
      expertParallel: 1,
    })
    expect(simulate(resolved.scenario).deployment.expertParallel).toBe(1)
  })

  it('reaches the CLI result', () => {
    const run = cliWithInput({
      ...MIXTRAL_TP8,
      deployment: { tensorParallel: 8, expertParallel: 1 },
    })
    expect(run.code).toBe(0)
    const parsed = JSON.parse(run.stdout) as {
      deployment: { expertParallel: number; label: string }
    }
    expect(parsed.deployment.expertParallel).toBe(1)
    expect(parsed.deployment.label).toBe('TP8 (MoE TP8)')
  })
})

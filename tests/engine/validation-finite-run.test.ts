/**
 * TensorRT-LLM's published throughput tables come from finite runs: a fixed number of requests of
 * fixed lengths, all queued at once, reported as their output tokens over the whole run
 * (perf-overview.md, "Preparing a Dataset"). The validation must compare the engine with that run,
 * not with a steady state: when the memory holds B requests and the run has N, the last N mod B run at
 * a smaller batch. These tests pin the data (the request counts the source lists) and the mapping.
 */
import { describe, expect, it } from 'vitest'

import { runScenario } from '@/engine/index'
import { predictCase } from '@/engine/validation/evaluate'
import {
  MEASURED_CASES,
  scenarioOf,
  TRTLLM_BENCH_MAX_BATCH,
  type MeasuredCase,
} from '@/engine/validation/measured-cases'

/**
 * perf-overview.md's table of `$num_requests` by input and output length, copied by hand from both
 * versions the cases cite (NVIDIA/TensorRT-LLM 258c7540 and 00f37686; 1000/2000 only in the latter).
 */
const REQUESTS_BY_LENGTHS: Readonly<Record<string, number>> = {
  '128/128': 30000,
  '128/2048': 3000,
  '128/4096': 1500,
  '1000/2000': 1500,
  '2048/128': 3000,
  '2048/2048': 1500,
  '5000/500': 1500,
  '1000/1000': 3000,
  '500/2000': 3000,
  '20000/2000': 1000,
}

function byId(id: string): MeasuredCase {
  const c = MEASURED_CASES.find((x) => x.id === id)
  if (!c) throw new Error(`no case ${id}`)
  return c
}

function perAccelerator(input: unknown): { perAccelerator: number; batch: number } {
  const outcome = runScenario(input)
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
  return {
    perAccelerator: outcome.result.throughput.outputTokensPerSecondPerAccelerator,
    batch: outcome.result.batchSize,
  }
}

function predicted(c: MeasuredCase): number {
  const p = predictCase(c)
  if ('refusal' in p) throw new Error(p.refusal)
  return p.predicted
}

describe('the request counts of TensorRT-LLM runs (measured.json)', () => {
  const fromPerfOverview = MEASURED_CASES.filter(
    (c) => c.kind === 'throughput' && c.source.path === 'docs/source/performance/perf-overview.md',
  )

  it('covers every published trtllm-bench throughput case', () => {
    expect(fromPerfOverview.length).toBeGreaterThan(300)
  })

  it('gives each the number of requests the source lists for its lengths', () => {
    const wrong = fromPerfOverview.filter(
      (c) =>
        c.requests !== REQUESTS_BY_LENGTHS[`${c.inputTokens}/${c.outputTokens}`] ||
        !c.assumptions.includes('trtllm-run'),
    )
    expect(wrong.map((c) => c.id)).toEqual([])
  })

  it('leaves steady-state sources (MLPerf, serving curves, JetStream) without one', () => {
    const others = MEASURED_CASES.filter((c) => !fromPerfOverview.includes(c))
    expect(others.length).toBeGreaterThan(250)
    expect(others.filter((c) => c.requests !== undefined).map((c) => c.id)).toEqual([])
  })

  it('lets a trtllm-bench run hold up to 4096 sequences, and no other case', () => {
    expect(TRTLLM_BENCH_MAX_BATCH).toBe(4096)
    const trt = scenarioOf(fromPerfOverview[0]!)
    expect(trt.serving?.maxBatchSize).toBe(4096)
    const mlperf = MEASURED_CASES.find(
      (c) => c.id.startsWith('mlperf-') && c.kind === 'throughput',
    )!
    expect(scenarioOf(mlperf).serving?.maxBatchSize).toBeUndefined()
  })
})

describe('a finite run through the engine', () => {
  it('charges a last, smaller round at its own batch', () => {
    // Llama 3.1 70B FP8 on TP8 H100, 128 → 2048 tokens: 3,000 requests, and the memory holds fewer.
    const c = byId('trtllm017-llama-3.1-70b-h100-sxm-tp8-fp8-128-2048')
    expect(c.requests).toBe(3000)
    const full = perAccelerator(scenarioOf(c))
    const rounds = Math.floor(3000 / full.batch)
    const rest = 3000 - rounds * full.batch
    expect(rounds).toBeGreaterThanOrEqual(1)
    expect(rest).toBeGreaterThan(0)
    const last = perAccelerator(scenarioOf(c, undefined, rest))
    // A smaller batch shares each weight read among fewer tokens: a slower rate.
    expect(last.perAccelerator).toBeLessThan(full.perAccelerator)
    const run = predicted(c)
    expect(run).toBeLessThan(full.perAccelerator)
    // Every request's tokens, at whichever rate its round ran: the run's rate is the requests-weighted
    // harmonic mean of the two.
    expect(3000 / run).toBeCloseTo(
      (rounds * full.batch) / full.perAccelerator + rest / last.perAccelerator,
      9,
    )
  })

  it('is the engine at the run’s own batch when the memory holds every request at once', () => {
    // Mixtral on TP8 H200, 128 → 2048 tokens: the memory holds more than the run's 3,000 requests.
    const c = byId('trtllm017-mixtral-8x7b-h200-sxm-tp8-fp8-128-2048')
    expect(perAccelerator(scenarioOf(c)).batch).toBeGreaterThan(3000)
    expect(predicted(c)).toBeCloseTo(
      perAccelerator(scenarioOf(c, undefined, 3000)).perAccelerator,
      9,
    )
  })

  it('is the steady state for a source without a request count', () => {
    const c = MEASURED_CASES.find((x) => x.id.startsWith('mlperf-') && x.kind === 'throughput')!
    expect(predicted(c)).toBeCloseTo(perAccelerator(scenarioOf(c)).perAccelerator, 9)
  })
})

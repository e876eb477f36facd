/**
 * The published speculative-decoding pairs (issue 14, "tokens verified per step") and the "fixed"
 * speculation policy they are evaluated with: the transcription, the mapping of each side, the ratio the
 * engine is judged on, and where they land in the validation summary.
 */
import { describe, expect, it } from 'vitest'

import { runScenario, runValidation, type ScenarioInput } from '@/engine/index'
import {
  SPECULATIVE_SETS,
  speculativeLeverDeltaRows,
  speculativePairs,
  speculativeScenario,
} from '@/engine/validation/speculative-pairs'

const pairs = speculativePairs()

/** The workload object of a scenario built here (never a preset id). */
function workloadOf(input: ScenarioInput): Exclude<ScenarioInput['workload'], string | undefined> {
  if (typeof input.workload !== 'object') throw new Error('expected a workload object')
  return input.workload
}

function perAccelerator(input: ScenarioInput): number {
  const outcome = runScenario(input)
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
  return outcome.result.throughput.outputTokensPerSecondPerAccelerator
}

describe('published speculative-decoding pairs', () => {
  it('holds every transcribed run: 5 MTP draft lengths and 2 heads × 9 batches', () => {
    expect(pairs).toHaveLength(23)
    const mtp = pairs.filter((p) => p.set.model === 'deepseek-r1')
    expect(mtp.map((p) => p.drafted)).toEqual([1, 2, 3, 4, 5])
    // TensorRT-LLM tech blog 1: 111 TPS/user without MTP, 253 with three MTP layers (τ 2.82).
    const three = mtp.find((p) => p.drafted === 3)!
    expect(three.measuredRatio).toBeCloseTo(253 / 111, 12)
    expect(three.acceptedPerStep).toBe(2.82)
    expect(three.batch).toBe(1)
    // EAGLE-3 paper Table 3: 1.38× at batch 64 with the EAGLE-3 head, 0.88× at batch 48 with EAGLE.
    const at = (head: string, batch: number) =>
      pairs.find((p) => p.head === head && p.batch === batch)!
    expect(at('EAGLE-3', 64).measuredRatio).toBe(1.38)
    expect(at('EAGLE', 48).measuredRatio).toBe(0.88)
    expect(at('EAGLE', 48).acceptedPerStep).toBe(2.29)
  })

  it('names a source with an excerpt and states its assumptions for every set', () => {
    expect(SPECULATIVE_SETS.length).toBeGreaterThan(0)
    for (const set of SPECULATIVE_SETS) {
      expect(set.source.excerpt.length).toBeGreaterThan(40)
      expect(set.source.repo.length).toBeGreaterThan(0)
      expect(set.assumptions.length).toBeGreaterThan(0)
    }
  })

  it('maps the speculative side to the configured draft, fixed, and the other side to none', () => {
    const pair = pairs.find((p) => p.head === 'EAGLE-3' && p.batch === 16)!
    const on = speculativeScenario(pair, true)
    const off = speculativeScenario(pair, false)
    expect(on.serving).toMatchObject({
      tokensPerStep: 2.79,
      verifyTokensPerStep: 4,
      speculationPolicy: 'fixed',
    })
    expect(off.serving?.tokensPerStep).toBeUndefined()
    expect(off.serving?.verifyTokensPerStep).toBeUndefined()
    expect(workloadOf(on)).toEqual(workloadOf(off))
    expect(workloadOf(on).batchSize).toBe(16)
    expect([on.hardware, on.accelerators, on.model]).toEqual(['h100-sxm', 1, 'llama-3.1-8b'])
    // SGLang sizes its KV cache against all memory, as vLLM does.
    expect(on.serving?.kvMemoryRule).toBe('total')
  })

  it('judges the engine on its own with ÷ without ratio of the same scenarios', () => {
    // Built here by hand, not through speculativeScenario: the MTP run with two drafted tokens.
    const base: ScenarioInput = {
      hardware: 'b200',
      accelerators: 8,
      deployment: { tensorParallel: 8, pipelineParallel: 1, expertParallel: 1 },
      model: 'deepseek-r1',
      precision: { weights: 'fp4', activations: 'fp4', kvCache: 'bf16' },
      workload: {
        inputTokens: 1024,
        outputTokens: 2048,
        batchSize: 1,
        minOutputTokensPerSecondPerUser: 0,
        prefixCacheHitRate: 0,
        outputLengthCv: 0,
      },
    }
    const expected =
      perAccelerator({
        ...base,
        serving: { tokensPerStep: 2.58, verifyTokensPerStep: 3, speculationPolicy: 'fixed' },
      }) / perAccelerator(base)
    const pair = pairs.find((p) => p.set.model === 'deepseek-r1' && p.drafted === 2)!
    const [row] = speculativeLeverDeltaRows([pair])
    expect(row!.lever).toBe('tokens verified per step')
    expect(row!.predictedRatio).toBeCloseTo(expected, 12)
    expect(row!.measuredRatio).toBeCloseTo(250 / 111, 12)
    expect(row!.errorPct).toBeCloseTo((expected / (250 / 111) - 1) * 100, 9)
  })

  it('moves with the assumed lengths only where asked', () => {
    const pair = pairs.find((p) => p.head === 'EAGLE-3' && p.batch === 32)!
    const doubled = speculativeScenario(pair, true, 2)
    expect(workloadOf(doubled).inputTokens).toBe(240)
    expect(workloadOf(doubled).outputTokens).toBe(800)
    const [at1] = speculativeLeverDeltaRows([pair])
    const [at2] = speculativeLeverDeltaRows([pair], { lengthScale: 2 })
    expect(at1!.predictedRatio).not.toBe(at2!.predictedRatio)
    expect(at1!.measuredRatio).toBe(at2!.measuredRatio)
    // More accepted drafts per step: a larger engine speedup against the same measurement.
    const [more] = speculativeLeverDeltaRows([pair], { acceptanceScale: 1.1 })
    expect(more!.predictedRatio).toBeGreaterThan(at1!.predictedRatio)
    expect(more!.measuredRatio).toBe(at1!.measuredRatio)
  })

  it('reports them in the validation summary as the measured pairs of that lever', () => {
    const levers = runValidation().measured.levers.filter(
      (l) => l.lever === 'tokens verified per step',
    )
    expect(levers.map((l) => l.count).sort((a, b) => a - b)).toEqual([5, 18])
    for (const l of levers) expect(Number.isFinite(l.medianAbsErrorPct)).toBe(true)
  })
})

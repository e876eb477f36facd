import { describe, expect, it } from 'vitest'

import { acceleratorById, modelById } from '@/engine/index'
import {
  effectivePrecision,
  effectiveWorkload,
  withBatch,
  withBoundary,
  withEconomicsMode,
  withModel,
  withPrecision,
  withWorkloadNumber,
  withWorkloadPreset,
} from '@/features/scenario/model/scenario-edits'

describe('workload edits', () => {
  it('turns a preset id into an object when a token count is edited', () => {
    expect(withWorkloadNumber({ workload: 'rag' }, 'inputTokens', 2048)).toEqual({
      workload: { preset: 'rag', inputTokens: 2048 },
    })
    expect(withWorkloadNumber({}, 'outputTokens', 0)).toEqual({
      workload: { preset: 'chat', outputTokens: 0 },
    })
  })

  it('takes the preset’s tokens and target when the preset changes, keeping a chosen batch', () => {
    const edited = { workload: { preset: 'chat', inputTokens: 5, batchSize: 16 } }
    expect(withWorkloadPreset(edited, 'coding')).toEqual({
      workload: { preset: 'coding', batchSize: 16 },
    })
    expect(withWorkloadPreset({ workload: { preset: 'chat', inputTokens: 5 } }, 'coding')).toEqual({
      workload: 'coding',
    })
  })

  it('sets a fixed batch and goes back to max', () => {
    const fixed = withBatch({ workload: 'rag' }, 32)
    expect(fixed).toEqual({ workload: { preset: 'rag', batchSize: 32 } })
    expect(withBatch(fixed, 'max')).toEqual({ workload: 'rag' })
  })

  it("reads the preset's values unless overridden", () => {
    const w = effectiveWorkload({ workload: { preset: 'coding', outputTokens: 40 } })
    expect(w).toMatchObject({
      inputTokens: 1500,
      outputTokens: 40,
      minOutputTokensPerSecondPerUser: 50,
      batchSize: 'max',
      edited: true,
    })
    expect(effectiveWorkload({}).edited).toBe(false)
  })
})

describe('other edits keep the rest of the scenario', () => {
  it('merges precision, economics and energy fields', () => {
    const s = {
      precision: { weights: 'fp8' as const },
      economics: { usdPerKwh: 0.1 },
      energy: { hostW: 500 },
      levers: { 'custom-silicon': 0.5 },
    }
    expect(withPrecision(s, 'kvCache', 'fp4').precision).toEqual({ weights: 'fp8', kvCache: 'fp4' })
    expect(withEconomicsMode(s, 'rental').economics).toEqual({ usdPerKwh: 0.1, mode: 'rental' })
    expect(withBoundary(s, 'chip').energy).toEqual({ hostW: 500, boundary: 'chip' })
    expect(withBoundary(s, 'chip').levers).toBe(s.levers)
  })
})

describe('model choice and native precision', () => {
  it('choosing a model drops the previous precision so its own formats apply', () => {
    expect(
      withModel(
        { model: 'llama-3.3-70b', precision: { weights: 'int8' }, year: 2027 },
        'deepseek-v3',
      ),
    ).toEqual({ model: 'deepseek-v3', year: 2027 })
  })

  it('choosing a model keeps a pinned group but not the experts’ placement pinned for the last one', () => {
    // A dense model has no experts to place: the engine refuses the field (found by a review).
    expect(
      withModel(
        {
          model: 'deepseek-v3',
          accelerators: 8,
          deployment: { tensorParallel: 8, pipelineParallel: 1, expertParallel: 8 },
        },
        'llama-3.3-70b',
      ),
    ).toEqual({
      model: 'llama-3.3-70b',
      accelerators: 8,
      deployment: { tensorParallel: 8, pipelineParallel: 1 },
    })
  })

  it('shows the format the model ships in until the user picks one', () => {
    const deepseek = modelById('deepseek-v3')
    const h100 = acceleratorById('h100-sxm')
    const a100 = acceleratorById('a100-80gb')
    expect(effectivePrecision({}, 'weights', deepseek, h100)).toBe('fp8')
    expect(effectivePrecision({}, 'activations', deepseek, h100)).toBe('fp8')
    // No FP8 math on an A100: the engine's default runs BF16 math on FP8 weights.
    expect(effectivePrecision({}, 'activations', deepseek, a100)).toBe('bf16')
    expect(effectivePrecision({ precision: { weights: 'int4' } }, 'weights', deepseek, h100)).toBe(
      'int4',
    )
  })
})

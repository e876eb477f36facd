/**
 * An analysis's hinted evaluation may take the skip check's full-draft trial as the full draft's
 * result (kernel/speculative.ts trialIsFullDraft) only where the kernel would have evaluated exactly
 * that: the hinted plan with the hinted attention. A pinned plan ignores its hint and is evaluated
 * with the scenario's attention, so its result must not depend on what the hint slots hold. (A
 * review found the reuse unguarded for pinned plans; the cases where the check's trial pays on a
 * pinned plan are rare, and none of these reaches it: this pins the invariant, not that case.)
 */
import { describe, expect, it } from 'vitest'

import { createContext } from '@/engine/analysis/context'
import { createOutput, evaluate, O } from '@/engine/kernel'
import { applyCompiled } from '@/engine/levers/apply'
import { P } from '@/engine/params'
import { presetById } from '@/engine/presets/presets'

import { scenarioOf } from '../helpers/scenario'

const CASES = [
  { model: 'deepseek-v3', hardware: 'b200', tensorParallel: 8 },
  { model: 'qwen3-235b-a22b', hardware: 'h100-sxm', tensorParallel: 8 },
  { model: 'llama-4-maverick', hardware: 'gb200', tensorParallel: 16 },
] as const

describe('the full-draft trial is reused only where the kernel would evaluate it', () => {
  it.each(CASES)(
    '$model pinned to TP$tensorParallel on $hardware: the same result whatever the hint says',
    ({ model, hardware, tensorParallel }) => {
      const scenario = scenarioOf({
        ...presetById('conservative')!.input,
        model,
        hardware,
        year: 2027,
        deployment: { tensorParallel, pipelineParallel: 1 },
      })
      const ctx = createContext(scenario)
      const adoptions = new Float64Array(ctx.levers.length)
      ctx.levers.forEach((_, i) => (adoptions[i] = ctx.sliders[i]!))
      const params = ctx.base.slice()
      applyCompiled(params, ctx.effects, adoptions)
      expect(params[P.VERIFY_TOKENS_PER_STEP]).toBeGreaterThan(1)
      const results = [0, 1].map((attention) => {
        const p = params.slice()
        p[P.HINT_TENSOR_PARALLEL] = tensorParallel
        p[P.HINT_PIPELINE_PARALLEL] = 1
        p[P.HINT_ATTENTION_TENSOR] = attention
        p[P.HINT_IN_DOMAIN] = 1
        return Array.from(evaluate(p, createOutput(), true))
      })
      const unhinted = params.slice()
      unhinted[P.HINT_TENSOR_PARALLEL] = 0
      const expected = Array.from(evaluate(unhinted, createOutput(), true))
      expect(expected[O.TENSOR_PARALLEL]).toBe(tensorParallel)
      expect(results[0]).toEqual(expected)
      expect(results[1]).toEqual(expected)
    },
  )
})

/**
 * Requests of unequal length in continuous batching (workload.outputLengthCv): a long request holds
 * its slot longer, so the sequences decoding at any moment are further into their answers than the
 * mean request. Over slot-time the mean position is E[L²] / (2 E[L]) = (mean / 2)(1 + cv²).
 */
import { describe, expect, it } from 'vitest'

import { resolveScenario, scenarioParams, simulate } from '@/engine/index'
import { prepareDecode } from '@/engine/kernel/decode'
import { computeRoof, memoryRoof } from '@/engine/kernel/replica'
import { P } from '@/engine/params'

function resolved(input: unknown) {
  const r = resolveScenario(input)
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '))
  return r.scenario
}

const REASONING = { model: 'llama-3.1-8b', hardware: 'h100-sxm', accelerators: 1 }

describe('the spread of output lengths', () => {
  it('takes the workload preset’s spread unless the scenario sets one', () => {
    // The catalogue's values (MLPerf datasets' reference outputs): chat 0.79, reasoning 1.25.
    expect(resolved({ ...REASONING }).workload.outputLengthCv).toBe(0.79)
    expect(resolved({ ...REASONING, workload: 'reasoning' }).workload.outputLengthCv).toBe(1.25)
    expect(
      resolved({ ...REASONING, workload: { inputTokens: 800, outputTokens: 4000 } }).workload
        .outputLengthCv,
    ).toBe(0.79)
    expect(
      resolved({ ...REASONING, workload: { preset: 'reasoning', outputLengthCv: 0 } }).workload
        .outputLengthCv,
    ).toBe(0)
  })

  it('moves the mean decode context from input + output/2 to input + (output/2)(1 + cv²), by hand', () => {
    // 800 in, 4,000 out, one token per step: 4,000 steps at contexts 800 + j (cv 0) or 800 + 2j
    // (cv 1). Mean context 800 + 3,999/2 = 2,799.5, and 800 + 3,999 = 4,799 with cv = 1.
    const at = (cv: number) => {
      const p = scenarioParams(
        resolved({
          ...REASONING,
          workload: { inputTokens: 800, outputTokens: 4000, outputLengthCv: cv },
        }),
      )
      const m = prepareDecode(p, 1, computeRoof(p, 1), memoryRoof(p, 1))
      return m.attentionFlops / p[P.ATTENTION_FLOPS_PER_CONTEXT]!
    }
    expect(at(0)).toBeCloseTo(2799.5, 9)
    expect(at(1)).toBeCloseTo(4799, 9)
    expect(at(0.5)).toBeCloseTo(800 + (3999 / 2) * 1.25, 9)
  })

  it('costs more per output token as the lengths spread, most where the context is long', () => {
    const cost = (cv: number, inputTokens: number) =>
      simulate(
        resolved({
          ...REASONING,
          workload: { inputTokens, outputTokens: 4000, outputLengthCv: cv },
        }),
      ).costPerMillionTokens.output
    expect(cost(0.5, 800)).toBeGreaterThan(cost(0, 800))
    expect(cost(1.25, 800)).toBeGreaterThan(cost(0.5, 800))
    // A short answer barely moves the context: the spread matters little.
    const short = (cv: number) =>
      simulate(
        resolved({
          ...REASONING,
          workload: { inputTokens: 800, outputTokens: 16, outputLengthCv: cv },
        }),
      ).costPerMillionTokens.output
    expect(short(1.25) / short(0)).toBeLessThan(cost(1.25, 800) / cost(0, 800))
  })

  it('refuses a negative spread in the user’s words', () => {
    const r = resolveScenario({ workload: { outputLengthCv: -0.5 } })
    expect(r.ok).toBe(false)
    const issues = r.ok ? [] : r.issues
    expect(issues.map((i) => i.message)).toContain(
      'workload.outputLengthCv must be at least 0 (got -0.5)',
    )
  })
})

/**
 * Blended cost = cost per request ÷ every token it processes (review 2026-12 §4: the old 3:1 blend
 * of the input and output prices counted prefill twice, $0.3625/M for the reference against $0.196/M).
 */
import { describe, expect, it } from 'vitest'

import { blendedUsdPerMillionTokens } from '@/engine/economics/blended'
import { runScenario, type ScenarioInput } from '@/engine/index'

function costs(input: ScenarioInput) {
  const outcome = runScenario(input)
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
  return outcome.result
}

describe('blended cost per million tokens', () => {
  it('is the request cost over prompt + output tokens (hand-chosen values)', () => {
    // $0.001 for a request of 750 prompt and 250 output tokens: $1 per million tokens processed.
    expect(blendedUsdPerMillionTokens(0.001, 750, 250)).toBeCloseTo(1, 12)
    expect(blendedUsdPerMillionTokens(0.002, 1000, 0)).toBeCloseTo(2, 12)
    expect(blendedUsdPerMillionTokens(0.002, 0, 0)).toBe(0)
  })

  it.each([
    ['the 2026 reference', {}],
    ['a long prompt', { workload: { inputTokens: 8192, outputTokens: 128 } }],
    ['batch 1 on a B200', { hardware: 'b200', workload: { batchSize: 1 } }],
  ] as const)(
    '%s: the output price already carries the whole request, so blended = output × out ÷ (in + out)',
    (_name, input) => {
      const r = costs(input)
      const { inputTokens, outputTokens } = r.scenario
      expect(r.costPerMillionTokens.blended).toBeCloseTo(
        (r.costPerMillionTokens.output * outputTokens) / (inputTokens + outputTokens),
        9,
      )
      // Never above the output price, and not the old 3:1 blend of the two prices.
      expect(r.costPerMillionTokens.blended).toBeLessThan(r.costPerMillionTokens.output)
      expect(r.costPerMillionTokens.blended).not.toBeCloseTo(
        (3 * r.costPerMillionTokens.input + r.costPerMillionTokens.output) / 4,
        6,
      )
    },
  )

  it('is the request priced on its output, spread over all 1,280 tokens (review §4)', () => {
    const r = costs({}).costPerMillionTokens
    expect(r.blended).toBeCloseTo((r.output * 256) / 1280, 9)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { runScenario } from '@/engine/index'
import { sumLinear, sumOfMaxOfLines } from '@/engine/physics/decode'

function bruteForce(a: number, b: number, d: number, e: number, n: number): number {
  let total = 0
  for (let j = 0; j < n; j++) total += Math.max(a + b * j, d + e * j)
  return total
}

describe('closed-form decode sums', () => {
  it('sumLinear matches the loop', () => {
    expect(sumLinear(2, 3, 0, 9)).toBe(10 * 2 + 3 * 45)
    expect(sumLinear(1, 1, 5, 4)).toBe(0)
  })

  it('sum of max of two lines matches the step-by-step sum (seed 20261127)', () => {
    const finite = fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true })
    fc.assert(
      fc.property(
        finite,
        finite,
        finite,
        finite,
        fc.integer({ min: 1, max: 3000 }),
        (a, b, d, e, n) => {
          const out = { total: 0, firstTotal: 0, firstSteps: 0 }
          sumOfMaxOfLines(a, b, d, e, n, out)
          const expected = bruteForce(a, b, d, e, n)
          expect(out.total).toBeCloseTo(
            expected,
            Math.max(0, 6 - Math.ceil(Math.log10(Math.abs(expected) + 1))),
          )
        },
      ),
      { seed: 20261127, numRuns: 500 },
    )
  })
})

describe('a whole decode phase', () => {
  // Each single-token run at context c is one decode step; their sum is the step-by-step total.
  // Requests of equal length (outputLengthCv 0): every sequence is at the same context.
  const scenario = (inputTokens: number, outputTokens: number) => ({
    model: 'llama-3.1-8b',
    hardware: 'h100-sxm',
    accelerators: 1,
    workload: {
      inputTokens,
      outputTokens,
      batchSize: 64,
      prefixCacheHitRate: 0,
      outputLengthCv: 0,
    },
  })

  it.each([
    ['memory-bound chat', 1024, 512],
    ['long output', 200, 4000],
  ])('closed form matches the step-by-step sum within 0.1 %% (%s)', (_label, S, O) => {
    const whole = runScenario(scenario(S, O))
    if (!whole.ok) throw new Error('scenario invalid')
    let stepByStep = 0
    for (let c = S; c < S + O; c++) {
      const one = runScenario(scenario(c, 1))
      if (!one.ok) throw new Error('scenario invalid')
      stepByStep += one.result.decode.seconds
    }
    expect(Math.abs(whole.result.decode.seconds - stepByStep) / stepByStep).toBeLessThan(0.001)
  })
})

/**
 * A mixture of experts' dispatch and combine kernels (kernel/dispatch.ts): the bytes they move,
 * counted by hand from the layer's dataflow, and the time they add to prefill and decode at the
 * memory roof. Mixtral 8x7B: 32 MoE layers, hidden 4,096, 2 of 8 experts per token.
 */
import { describe, expect, it } from 'vitest'

import { resolveScenario, scenarioParams } from '@/engine/index'
import { decodeStepSeconds, prepareDecode } from '@/engine/kernel/decode'
import { dispatchBytesPerToken } from '@/engine/kernel/dispatch'
import { prefillSeconds, preparePrefill } from '@/engine/kernel/prefill'
import { computeRoof, memoryRoof } from '@/engine/kernel/replica'
import { P } from '@/engine/params'

function params(input: unknown): Float64Array {
  const r = resolveScenario(input)
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '))
  return scenarioParams(r.scenario)
}

const mixtral = (weights: 'fp8' | 'bf16', tensorParallel: number, expertParallel?: number) =>
  params({
    model: 'mixtral-8x7b',
    hardware: 'h100-sxm',
    precision: { weights, activations: weights, kvCache: weights },
    accelerators: tensorParallel,
    deployment: {
      tensorParallel,
      ...(expertParallel === undefined ? {} : { expertParallel }),
    },
  })

// Per token per MoE layer: permute reads the token and writes 2 copies (3 × 4,096 elements) in the
// activation format, never below 8 bits; combine reads the 2 expert outputs and writes the token
// (3 × 4,096 elements) in 16 bits. 32 layers.
const FP8_PER_RANK = 32 * (3 * 4096 * 1 + 3 * 4096 * 2) // 1,179,648 bytes
const BF16_PER_RANK = 32 * (3 * 4096 * 2 + 3 * 4096 * 2) // 1,572,864 bytes
// Beside them on every rank (elementwise.ts, tested in elementwise.test.ts): two residual add + norm
// kernels per layer (three 16-bit hidden vectors and the normed one at 8 bits) and the float32 logits
// of a generated token written and read (vocabulary 32,000).
const FP8_RESIDUAL_PER_RANK = 2 * 32 * 4096 * (3 * 2 + 1) // 1,835,008 bytes
const LOGITS_PER_RANK = 2 * 32000 * 4 // 256,000 bytes

describe('the bytes a mixture of experts routes per token', () => {
  it('counts permute and combine on every rank when tensor parallelism splits the experts', () => {
    expect(dispatchBytesPerToken(mixtral('fp8', 1, 1), 1)).toBe(FP8_PER_RANK)
    expect(dispatchBytesPerToken(mixtral('fp8', 8, 1), 8)).toBe(8 * FP8_PER_RANK)
    expect(dispatchBytesPerToken(mixtral('bf16', 4, 1), 4)).toBe(4 * BF16_PER_RANK)
  })

  it('counts them once per token when the experts are spread over the group', () => {
    const spread = mixtral('fp8', 8)
    expect(spread[P.EXPERTS_TENSOR_SPLIT]).not.toBe(1)
    expect(dispatchBytesPerToken(spread, 8)).toBe(FP8_PER_RANK)
  })

  it('is nothing for a dense model', () => {
    const dense = params({ model: 'llama-3.3-70b', hardware: 'h100-sxm', accelerators: 8 })
    expect(dispatchBytesPerToken(dense, 8)).toBe(0)
  })

  it('ramps in with a partly adopted mixture of experts, as its collectives do', () => {
    // The lever at a sixth of its effect: 8^(1/6) = √2 experts, 2^(1/6) per token; log2 √2 = 0.5,
    // so half the routed layers, each with (1 + k) elements permuted at 1 byte and (k + 1) combined
    // at 2.
    const p = mixtral('fp8', 1, 1)
    const k = 2 ** (1 / 6)
    p[P.EXPERTS] = Math.SQRT2
    p[P.EXPERTS_PER_TOKEN] = k
    expect(dispatchBytesPerToken(p, 1)).toBeCloseTo(0.5 * 32 * (1 + k) * 4096 * (1 + 2), 6)
    p[P.EXPERTS] = 1
    p[P.EXPERTS_PER_TOKEN] = 1
    expect(dispatchBytesPerToken(p, 1)).toBe(0)
  })
})

describe('the time it adds', () => {
  it('adds the bytes at the memory roof to every decode step, per sequence', () => {
    const p = mixtral('fp8', 8, 1)
    const rm = memoryRoof(p, 8)
    const m = prepareDecode(p, 8, computeRoof(p, 8), rm)
    const perRank = FP8_PER_RANK + FP8_RESIDUAL_PER_RANK + LOGITS_PER_RANK
    expect(p[P.VERIFY_TOKENS_PER_STEP]).toBe(1)
    expect(m.elementwiseBytes).toBe(8 * perRank)
    expect(m.elementwiseSeconds).toBeCloseTo((8 * perRank) / rm, 15)
    const without = { ...m, elementwiseSeconds: 0 }
    for (const batch of [1, 64, 1024])
      expect(decodeStepSeconds(m, batch) - decodeStepSeconds(without, batch)).toBeCloseTo(
        (batch * 8 * perRank) / rm,
        12,
      )
  })

  it('adds the bytes at the memory roof to prefill, per prompt token', () => {
    const p = mixtral('fp8', 4, 1)
    const rm = memoryRoof(p, 4)
    const m = preparePrefill(p, 4, computeRoof(p, 4), rm)
    const without = { ...m, elementwiseSecondsPerToken: 0 }
    const tokens = 3 * m.newTokensPerPrompt
    expect(prefillSeconds(m, 3) - prefillSeconds(without, 3)).toBeCloseTo(
      (tokens * 4 * (FP8_PER_RANK + FP8_RESIDUAL_PER_RANK)) / rm,
      12,
    )
  })
})

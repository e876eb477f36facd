/**
 * The memory-bound kernels between the GEMMs (kernel/elementwise.ts): the residual stream's add + norm
 * twice per layer and the logits of every generated token, counted by hand from the dataflow, and what
 * tensor parallelism does to them (nothing: each rank holds every token). Llama 3.3 70B: 80 layers,
 * hidden 8,192, vocabulary 128,256.
 */
import { describe, expect, it } from 'vitest'

import { resolveScenario, scenarioParams } from '@/engine/index'
import { decodeStepSeconds, prepareDecode } from '@/engine/kernel/decode'
import {
  decodeElementwiseBytesPerToken,
  logitsBytesPerToken,
  prefillElementwiseBytesPerToken,
  residualStreamBytesPerToken,
} from '@/engine/kernel/elementwise'
import { computeRoof, memoryRoof } from '@/engine/kernel/replica'
import { P } from '@/engine/params'

function params(input: unknown): Float64Array {
  const r = resolveScenario(input)
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '))
  return scenarioParams(r.scenario)
}

const llama70b = (format: 'bf16' | 'fp8', tensorParallel: number) =>
  params({
    model: 'llama-3.3-70b',
    hardware: 'h100-sxm',
    precision: { weights: format, activations: format, kvCache: format },
    accelerators: tensorParallel,
    deployment: { tensorParallel },
  })

// Per norm: read the block's output and the residual, write the residual (three 16-bit vectors of
// 8,192) and the normed copy in the activation format (16 or 8 bits). Two per layer, 80 layers.
const BF16_RESIDUAL = 2 * 80 * 8192 * (3 * 2 + 2) // 10,485,760 bytes
const FP8_RESIDUAL = 2 * 80 * 8192 * (3 * 2 + 1) // 9,175,040 bytes
// 128,256 float32 logits written by the LM head and read by the sampler.
const LOGITS = 2 * 128256 * 4 // 1,026,048 bytes

describe('the bytes between the GEMMs, per token', () => {
  it('counts the residual stream from the layer dataflow, the normed copy in the activation format', () => {
    expect(residualStreamBytesPerToken(llama70b('bf16', 1), 1)).toBe(BF16_RESIDUAL)
    expect(residualStreamBytesPerToken(llama70b('fp8', 1), 1)).toBe(FP8_RESIDUAL)
  })

  it('counts the float32 logits of a generated token, written and read once', () => {
    expect(logitsBytesPerToken(llama70b('bf16', 1), 1)).toBe(LOGITS)
  })

  it('repeats both on every rank of a tensor-parallel group', () => {
    expect(residualStreamBytesPerToken(llama70b('fp8', 8), 8)).toBe(8 * FP8_RESIDUAL)
    expect(logitsBytesPerToken(llama70b('fp8', 8), 8)).toBe(8 * LOGITS)
  })

  it('charges decode the logits and prefill not (a prompt scores only its last position)', () => {
    const p = llama70b('fp8', 4)
    expect(prefillElementwiseBytesPerToken(p, 4)).toBe(4 * FP8_RESIDUAL)
    expect(decodeElementwiseBytesPerToken(p, 4)).toBe(4 * (FP8_RESIDUAL + LOGITS))
  })

  it('counts a token once where attention is data-parallel beside spread experts', () => {
    const spread = (attentionParallelism: 'data' | 'tensor') =>
      params({
        model: 'mixtral-8x7b',
        hardware: 'h100-sxm',
        accelerators: 8,
        deployment: { tensorParallel: 8, expertParallel: 8 },
        serving: { attentionParallelism },
      })
    const data = spread('data')
    const tensor = spread('tensor')
    expect(residualStreamBytesPerToken(tensor, 8)).toBe(8 * residualStreamBytesPerToken(data, 8))
    expect(logitsBytesPerToken(tensor, 8)).toBe(8 * logitsBytesPerToken(data, 8))
  })

  it('ramps from every rank to one with a partly adopted mixture of experts', () => {
    // A dense model whose group the lever has started to spread: √2 experts, log2 √2 = half-way,
    // so 8 − 7 × 0.5 = 4.5 ranks hold each token, not 1 at the first per cent of adoption.
    const p = llama70b('fp8', 8)
    p[P.EXPERTS] = Math.SQRT2
    expect(residualStreamBytesPerToken(p, 8)).toBeCloseTo(4.5 * FP8_RESIDUAL, 3)
    expect(logitsBytesPerToken(p, 8)).toBeCloseTo(4.5 * LOGITS, 3)
  })
})

describe('what tensor parallelism leaves of them', () => {
  it('keeps their time per sequence per decode step as on one accelerator, while the GEMMs shrink', () => {
    const one = llama70b('fp8', 1)
    const eight = llama70b('fp8', 8)
    const m1 = prepareDecode(one, 1, computeRoof(one, 1), memoryRoof(one, 1))
    const m8 = prepareDecode(eight, 8, computeRoof(eight, 8), memoryRoof(eight, 8))
    expect(m1.elementwiseSeconds).toBeGreaterThan(0)
    expect(m8.elementwiseSeconds / m1.elementwiseSeconds).toBeCloseTo(1, 12)
    // The rest of a large-batch step is divided about eightfold, so their share grows.
    const batch = 256
    const share = (m: typeof m1) => (batch * m.elementwiseSeconds) / decodeStepSeconds(m, batch)
    expect(share(m8)).toBeGreaterThan(4 * share(m1))
  })

  it('adds them per sequence to every decode step at the memory roof', () => {
    const p = llama70b('fp8', 8)
    const rm = memoryRoof(p, 8)
    const m = prepareDecode(p, 8, computeRoof(p, 8), rm)
    expect(p[P.VERIFY_TOKENS_PER_STEP]).toBe(1)
    const without = { ...m, elementwiseSeconds: 0 }
    for (const batch of [1, 32, 512])
      expect(decodeStepSeconds(m, batch) - decodeStepSeconds(without, batch)).toBeCloseTo(
        (batch * 8 * (FP8_RESIDUAL + LOGITS)) / rm,
        12,
      )
  })
})

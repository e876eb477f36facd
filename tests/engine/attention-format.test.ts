/**
 * Attention runs in its own format (physics/precision.ts attentionMathBits): the wider of the
 * activation and KV-cache formats, never below 8 bits. With FP4 weights and activations it runs at
 * the FP8 peak, with a BF16 KV cache at BF16; its FLOPs cost energy at that format's rate. Peaks
 * used by hand below: B200 2,250 / 4,500 / 9,000 dense TFLOP/s at 16 / 8 / 4 bits; H100 989 / 1,979.
 */
import { describe, expect, it } from 'vitest'

import { resolveScenario, runScenario, scenarioParams, type ScenarioInput } from '@/engine/index'
import { prepareDecode } from '@/engine/kernel/decode'
import { energyRates } from '@/engine/kernel/energy'
import { preparePrefill } from '@/engine/kernel/prefill'
import { attentionRoofShare, computeRoof, mathPeak, memoryRoof } from '@/engine/kernel/replica'
import { P } from '@/engine/params'
import { attentionMathBits, MIN_ATTENTION_BITS } from '@/engine/physics/precision'

function params(input: ScenarioInput): Float64Array {
  const resolved = resolveScenario(input)
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues))
  return scenarioParams(resolved.scenario)
}

const NVFP4 = { weights: 'fp4', activations: 'fp4', kvCache: 'fp8' } as const
const FP8 = { weights: 'fp8', activations: 'fp8', kvCache: 'fp8' } as const

describe('attention math format', () => {
  it('is the wider of activations and KV cache, never below 8 bits', () => {
    expect(MIN_ATTENTION_BITS).toBe(8)
    expect(attentionMathBits(4, 8)).toBe(8)
    expect(attentionMathBits(4, 4)).toBe(8)
    expect(attentionMathBits(8, 8)).toBe(8)
    expect(attentionMathBits(8, 16)).toBe(16)
    expect(attentionMathBits(16, 8)).toBe(16)
  })

  it('gives attention half the linear roof for NVFP4 on B200, the whole roof for FP8 on H100', () => {
    const b200 = params({ hardware: 'b200', accelerators: 1, precision: NVFP4 })
    expect(attentionRoofShare(b200)).toBeCloseTo(4500 / 9000, 12)
    const h100 = params({ hardware: 'h100-sxm', accelerators: 1, precision: FP8 })
    expect(attentionRoofShare(h100)).toBe(1)
    // FP8 matrices with a BF16 KV cache: attention at BF16.
    const bf16Kv = params({
      hardware: 'h100-sxm',
      accelerators: 1,
      precision: { ...FP8, kvCache: 'bf16' },
    })
    expect(attentionRoofShare(bf16Kv)).toBeCloseTo(989 / 1979, 2)
  })

  it('divides attention FLOPs by the attention roof in prefill and decode, and charges their energy at its rate', () => {
    const p = params({ hardware: 'b200', accelerators: 1, precision: NVFP4 })
    const rc = computeRoof(p, 1)
    const rm = memoryRoof(p, 1)
    expect(preparePrefill(p, 1, rc, rm).rcAttention).toBeCloseTo(rc / 2, 0)
    expect(prepareDecode(p, 1, rc, rm).rcAttention).toBeCloseTo(rc / 2, 0)
    // An attention FLOP at FP8 takes twice the energy of a linear FLOP at FP4.
    expect(energyRates(p, 1, mathPeak(p)).attentionFlopExtra).toBeCloseTo(1, 12)
    const h100 = params({ hardware: 'h100-sxm', accelerators: 1, precision: FP8 })
    expect(energyRates(h100, 1, mathPeak(h100)).attentionFlopExtra).toBe(0)
  })

  it('makes an attention-heavy prefill at NVFP4 only as much faster than FP8 as its linear part', () => {
    // A 32k-token prompt, one answer token, one sequence: linear FLOPs L on the FP4 peak (twice the
    // FP8 one), attention FLOPs A on the FP8 peak in both. So NVFP4 ÷ FP8 prefill compute time is
    // (L/2 + A) ÷ (L + A), not the ½ it was when attention ran at the weights' format.
    const base = {
      hardware: 'b200',
      accelerators: 1,
      model: 'llama-3.1-8b',
      workload: { inputTokens: 32_768, outputTokens: 1, batchSize: 1, prefixCacheHitRate: 0 },
    } as const
    const run = (precision: typeof NVFP4 | typeof FP8) => {
      const outcome = runScenario({ ...base, precision })
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues))
      return outcome.result
    }
    const fp4 = run(NVFP4)
    const fp8 = run(FP8)
    expect(fp4.power.prefill.clockShare).toBe(1)
    expect(fp8.power.prefill.clockShare).toBe(1)
    const p = params({ ...base, precision: NVFP4 })
    const attention = (p[P.ATTENTION_FLOPS_PER_CONTEXT]! * 32_768 * 32_768) / 2
    // The LM head's logits at the last position run in BF16 in both (kept-head.test.ts): half the
    // FP8 peak, so twice the time of as many FP8 FLOPs.
    const head = 2 * 128_256 * 4_096
    const linear = fp4.prefill.flops - attention - head
    expect(attention / fp4.prefill.flops).toBeGreaterThan(0.3) // attention-heavy indeed
    expect(fp4.prefill.computeSeconds / fp8.prefill.computeSeconds).toBeCloseTo(
      (linear / 2 + attention + 2 * head) / (linear + attention + 2 * head),
      6,
    )
  })
})

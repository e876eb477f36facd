/**
 * The kernel prepares what does not change within a plan evaluation once: the weights a pass reads
 * (replica.ts prepareWeightsRead) and, when the power limit lowers the clock, the decode and prefill
 * models on the new roofs (rescaleDecode, rescalePrefill) instead of reading the parameters again.
 * These are speed-ups only: each must give what the direct computation gives.
 */
import { describe, expect, it } from 'vitest'

import { LEVER_IDS, resolveScenario, scenarioParams } from '@/engine/index'
import { emptyDecodeModel, prepareDecode, rescaleDecode } from '@/engine/kernel/decode'
import { emptyPrefillModel, preparePrefill, rescalePrefill } from '@/engine/kernel/prefill'
import {
  computeRoof,
  emptyWeightsRead,
  memoryRoof,
  prepareWeightsRead,
  weightsReadBySpec,
  weightsReadWith,
} from '@/engine/kernel/replica'
import { P } from '@/engine/params'
import { expertsTouched } from '@/engine/physics/memory'

function params(input: unknown): Float64Array {
  const r = resolveScenario(input)
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '))
  return scenarioParams(r.scenario)
}

const ALL_LEVERS = Object.fromEntries(LEVER_IDS.map((id) => [id, 1]))
const SCENARIOS: Record<string, unknown> = {
  'dense 70B on H100': {},
  'DeepSeek-V3 fp8 on B200 with speculation': {
    model: 'deepseek-v3',
    hardware: 'b200',
    precision: { weights: 'fp8', activations: 'fp8', kvCache: 'fp8' },
    levers: { multiTokenDecoding: 1 },
    year: 2028,
  },
  'Mixtral int4 on a generic stack': {
    model: 'mixtral-8x7b',
    hardware: 'h100-sxm',
    precision: { weights: 'int4', activations: 'bf16', kvCache: 'bf16' },
    serving: { stack: 'generic' },
  },
  'every lever in 2030': { year: 2030, levers: ALL_LEVERS },
  // Attention kept at FP8 under FP4 weights (replica.ts keptAttentionBits), with speculation, and
  // the same on a generic stack, which streams each width apart.
  'DeepSeek-R1 NVFP4 on B200 with speculation': {
    model: 'deepseek-r1',
    hardware: 'b200',
    precision: { weights: 'fp4', activations: 'fp4', kvCache: 'fp8' },
    levers: { multiTokenDecoding: 1 },
    year: 2028,
  },
  'DeepSeek-R1 NVFP4 on a generic stack': {
    model: 'deepseek-r1',
    hardware: 'b200',
    precision: { weights: 'fp4', activations: 'fp4', kvCache: 'fp8' },
    serving: { stack: 'generic' },
  },
}

/** Relative difference, 0 when both are 0. */
function relative(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b))
  return scale === 0 ? 0 : Math.abs(a - b) / scale
}

describe('weights read by a pass, prepared once', () => {
  for (const [name, input] of Object.entries(SCENARIOS)) {
    it(`${name}: matches the term-by-term formula from one token to every expert touched`, () => {
      const p = params(input)
      const w = prepareWeightsRead(p, emptyWeightsRead())
      for (const tokens of [1, 2, 7, 64, 300, 4096, 1e6, Number.POSITIVE_INFINITY]) {
        expect(relative(weightsReadWith(w, tokens), weightsReadBySpec(p, tokens))).toBeLessThan(
          1e-13,
        )
      }
    })
  }

  it('reads one token’s experts plus the shared weights, by hand, for Mixtral in BF16', () => {
    // Mixtral 8x7B in the catalogue: 8 experts, 2 per token. One token leaves 6 experts of every
    // MoE layer unread; a long prefill reads them all.
    const p = params({ model: 'mixtral-8x7b', hardware: 'h100-sxm' })
    const w = prepareWeightsRead(p, emptyWeightsRead())
    const expertBytes = (p[P.EXPERT_PARAMS]! * p[P.MOE_LAYERS]! * p[P.PARAM_SCALE]! * 16) / 8
    expect(p[P.EXPERTS]).toBe(8)
    expect(p[P.EXPERTS_PER_TOKEN]).toBe(2)
    // The LM head is read apart, at its own width (32,000 × 4,096 in BF16); the embedding table not at all.
    expect(w.keptRead).toBe(32_000 * 4_096 * 2)
    const read = w.stored + w.keptRead
    expect(relative(weightsReadWith(w, 1), read - 6 * expertBytes)).toBeLessThan(1e-13)
    expect(weightsReadWith(w, 1e5)).toBe(read)
    // Two tokens: 8 × (3/4)^2 = 4.5 experts untouched.
    expect(8 - expertsTouched(8, 2, 2)).toBeCloseTo(4.5, 12)
    expect(relative(weightsReadWith(w, 2), read - 4.5 * expertBytes)).toBeLessThan(1e-13)
  })
})

describe('a stage on the roofs the power limit sets', () => {
  for (const [name, input] of Object.entries(SCENARIOS)) {
    for (const tensor of [1, 8]) {
      it(`${name}, TP${tensor}: rescaling the full-clock models equals preparing them again`, () => {
        const p = params(input)
        const rc = computeRoof(p, tensor)
        const rm = memoryRoof(p, tensor)
        const fullDecode = prepareDecode(p, tensor, rc, rm)
        const fullPrefill = preparePrefill(p, tensor, rc, rm)
        for (const [clock, stretch] of [
          [0.8, 1.1],
          [0.55, 1.4],
          [1, 1],
        ] as const) {
          const rc2 = (rc * clock) / stretch
          const rm2 = rm / stretch
          expect(rescaleDecode(fullDecode, rc2, rm2, emptyDecodeModel())).toStrictEqual(
            prepareDecode(p, tensor, rc2, rm2),
          )
          expect(rescalePrefill(fullPrefill, rc2, rm2, emptyPrefillModel())).toStrictEqual(
            preparePrefill(p, tensor, rc2, rm2),
          )
        }
      })
    }
  }
})

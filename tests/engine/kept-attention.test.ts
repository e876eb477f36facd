/**
 * Precision per operation in low-bit checkpoints (kernel/replica.ts keptAttentionBits): where a
 * model's published 4-bit checkpoints leave attention unquantized (DeepSeek's NVFP4: MLA at FP8;
 * gpt-oss: attention in BF16 beside MXFP4 experts), the attention projections are stored, read and
 * multiplied at that width while the rest of the model stays at 4 bits. Peaks used by hand below:
 * B200 4,500 / 9,000 dense TFLOP/s at 8 / 4 bits.
 */
import { describe, expect, it } from 'vitest'

import {
  MODELS,
  resolveScenario,
  runScenario,
  scenarioParams,
  type ScenarioInput,
} from '@/engine/index'
import { prepareDecode } from '@/engine/kernel/decode'
import { preparePrefill } from '@/engine/kernel/prefill'
import {
  alwaysActiveStoredParams,
  computeRoof,
  emptyWeightsRead,
  prepareWeightsRead,
  weightsReadBySpec,
  weightsReadWith,
  keptAttentionBits,
  keptAttentionExtraFlopsPerToken,
  memoryRoof,
  storedWeightBytes,
} from '@/engine/kernel/replica'
import { P } from '@/engine/params'
import { modelGeometry } from '@/engine/physics/model-size'

function params(input: ScenarioInput): Float64Array {
  const resolved = resolveScenario(input)
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues))
  return scenarioParams(resolved.scenario)
}

const NVFP4 = { weights: 'fp4', activations: 'fp4', kvCache: 'fp8' } as const
const FP8 = { weights: 'fp8', activations: 'fp8', kvCache: 'fp8' } as const
const DEEPSEEK = modelGeometry(MODELS.find((m) => m.id === 'deepseek-r1')!)

describe('attention kept wide in low-bit checkpoints', () => {
  it('is catalogued with a source for the models whose recipes say so, and nowhere else', () => {
    const kept = MODELS.filter((m) => m.quantizedAttentionFormat !== undefined).map((m) => [
      m.id,
      m.quantizedAttentionFormat,
    ])
    expect(kept).toEqual([
      ['deepseek-v3', 'fp8'],
      ['deepseek-r1', 'fp8'],
      ['gpt-oss-120b', 'bf16'],
      ['deepseek-v3.2', 'fp8'],
    ])
    for (const m of MODELS.filter((x) => x.quantizedAttentionFormat !== undefined))
      expect(m.sources.quantizedAttentionFormat?.source).toMatch(/ptq\.py|quantization_config/)
  })

  it('packs the kept width and the attention share of the always-active parameters', () => {
    const p = params({ model: 'deepseek-r1', hardware: 'b200', precision: NVFP4 })
    expect(p[P.KEPT_ATTENTION_BITS]).toBe(8)
    // DeepSeek-R1: MLA projections over all always-active parameters (attention, 3 dense FFNs,
    // shared experts, routers), from the geometry.
    expect(p[P.KEPT_ATTENTION_SHARE]).toBeCloseTo(
      DEEPSEEK.attentionParams / DEEPSEEK.alwaysActiveParams,
      12,
    )
    expect(p[P.KEPT_ATTENTION_SHARE]).toBeGreaterThan(0.5)
    expect(p[P.KEPT_ATTENTION_SHARE]).toBeLessThan(1)
    expect(params({})[P.KEPT_ATTENTION_BITS]).toBe(0)
  })

  it('keeps attention at FP8 under FP4 weights, and changes nothing at or above the kept width', () => {
    const fp4 = params({ model: 'deepseek-r1', hardware: 'b200', precision: NVFP4 })
    expect(keptAttentionBits(fp4)).toBe(8)
    const fp8 = params({ model: 'deepseek-r1', hardware: 'b200', precision: FP8 })
    expect(alwaysActiveStoredParams(fp8)).toBe(fp8[P.ALWAYS_ACTIVE_PARAMS])
    expect(keptAttentionExtraFlopsPerToken(fp8)).toBe(0)
    // A dense model without the field: as before.
    const llama = params({ hardware: 'b200', precision: NVFP4 })
    expect(alwaysActiveStoredParams(llama)).toBe(llama[P.ALWAYS_ACTIVE_PARAMS])
    expect(keptAttentionExtraFlopsPerToken(llama)).toBe(0)
  })

  it('stores the attention projections at 8 bits: the weights grow by exactly their extra 4 bits', () => {
    const p = params({ model: 'deepseek-r1', hardware: 'b200', precision: NVFP4 })
    const attention = DEEPSEEK.attentionParams
    const withKept = storedWeightBytes(p)
    const without = p.slice()
    without[P.KEPT_ATTENTION_BITS] = 0
    expect(withKept - storedWeightBytes(without)).toBeCloseTo((attention * 4) / 8, -3)
  })

  it('runs their FLOPs at the FP8 peak: twice as long as at FP4, as extra FLOPs on the linear roof', () => {
    const p = params({ model: 'deepseek-r1', hardware: 'b200', precision: NVFP4 })
    // peak(fp4) / peak(fp8) − 1 = 9000 / 4500 − 1 = 1 extra FLOP per attention FLOP.
    expect(keptAttentionExtraFlopsPerToken(p)).toBeCloseTo(2 * DEEPSEEK.attentionParams, -3)
    const rc = computeRoof(p, 8)
    const rm = memoryRoof(p, 8)
    // The LM head, kept in BF16 (kept-head.test.ts), adds its own extra once per prompt and per
    // token: 2 × 129,280 × 7,168 FLOPs × (9000 / 2250 − 1).
    const headExtra = 2 * 129_280 * 7_168 * 3
    expect(preparePrefill(p, 8, rc, rm).keptExtraFlopsPerPrompt).toBeCloseTo(
      p[P.INPUT_TOKENS]! * (1 - p[P.PREFIX_HIT_RATE]!) * 2 * DEEPSEEK.attentionParams + headExtra,
      -6,
    )
    expect(prepareDecode(p, 8, rc, rm).keptExtraFlops).toBeCloseTo(
      p[P.VERIFY_TOKENS_PER_STEP]! * (2 * DEEPSEEK.attentionParams + headExtra),
      -3,
    )
  })

  it('streams each width apart on a generic stack: kept BF16 attention reads as the BF16 it becomes', () => {
    // A generic stack streams every weight as 16 bits: gpt-oss's BF16 attention once, its MXFP4
    // weights at 16 ÷ 4 times their bytes, so keeping attention wide changes nothing read there.
    const generic = params({
      model: 'gpt-oss-120b',
      hardware: 'b200',
      serving: { stack: 'generic' },
    })
    const narrow = generic.slice()
    narrow[P.KEPT_ATTENTION_BITS] = 0
    const prepared = (p: Float64Array) => prepareWeightsRead(p, emptyWeightsRead())
    for (const tokens of [1, 64, 4096]) {
      expect(weightsReadWith(prepared(generic), tokens)).toBeCloseTo(
        weightsReadWith(prepared(narrow), tokens),
        -3,
      )
      expect(weightsReadBySpec(generic, tokens)).toBeCloseTo(
        weightsReadWith(prepared(generic), tokens),
        -3,
      )
    }
    // On a tuned stack the BF16 attention is read at 16 bits, the rest at 4: more than with it at 4.
    const tuned = params({ model: 'gpt-oss-120b', hardware: 'b200' })
    const tunedNarrow = tuned.slice()
    tunedNarrow[P.KEPT_ATTENTION_BITS] = 0
    expect(weightsReadWith(prepared(tuned), 64)).toBeGreaterThan(
      weightsReadWith(prepared(tunedNarrow), 64),
    )
  })

  it('adds no compute where the activations are BF16 (gpt-oss as published): only the bytes', () => {
    const p = params({ model: 'gpt-oss-120b', hardware: 'b200' })
    expect(p[P.WEIGHT_BITS]).toBe(4)
    expect(keptAttentionBits(p)).toBe(16)
    expect(keptAttentionExtraFlopsPerToken(p)).toBe(0)
    expect(alwaysActiveStoredParams(p)).toBeGreaterThan(p[P.ALWAYS_ACTIVE_PARAMS]!)
  })

  it('makes DeepSeek-R1 in NVFP4 slower and dearer than with attention at 4 bits, with time and energy both', () => {
    const input: ScenarioInput = {
      model: 'deepseek-r1',
      hardware: 'b200',
      accelerators: 8,
      precision: NVFP4,
      deployment: { tensorParallel: 8 },
      workload: { batchSize: 64, minOutputTokensPerSecondPerUser: 0 },
    }
    const run = (model: ScenarioInput['model']) => {
      const r = runScenario({ ...input, model })
      if (!r.ok) throw new Error(JSON.stringify(r.issues))
      return r.result
    }
    const kept = run('deepseek-r1')
    // The same model with the field set to the weights' own format: attention at 4 bits.
    const narrow = run({ base: 'deepseek-r1', quantizedAttentionFormat: 'fp4' })
    expect(kept.decode.secondsPerStep).toBeGreaterThan(narrow.decode.secondsPerStep)
    expect(kept.prefill.seconds).toBeGreaterThan(narrow.prefill.seconds)
    expect(kept.costPerMillionTokens.output).toBeGreaterThan(narrow.costPerMillionTokens.output)
    expect(kept.energyPerToken.joules).toBeGreaterThan(narrow.energyPerToken.joules)
    expect(kept.memory.weightsGB).toBeGreaterThan(narrow.memory.weightsGB)
  })

  it('says so in the result’s warnings where the weights are narrower, and not otherwise', () => {
    const said = (input: ScenarioInput): readonly string[] => {
      const r = runScenario(input)
      if (!r.ok) throw new Error(JSON.stringify(r.issues))
      return r.result.warnings
    }
    expect(said({ model: 'deepseek-r1', hardware: 'b200', precision: NVFP4 })).toContain(
      'DeepSeek-R1’s attention projections stay at fp8 while its other weights are fp4, as its published low-bit checkpoints keep them; change it under Assumptions → Custom model → Attention kept at (model.quantizedAttentionFormat)',
    )
    expect(said({ model: 'deepseek-r1', hardware: 'b200', precision: FP8 }).join(' ')).not.toMatch(
      /attention projections stay/,
    )
    expect(said({}).join(' ')).not.toMatch(/attention projections stay/)
    // gpt-oss ships that way (MXFP4 experts, BF16 attention): nothing to warn about.
    expect(said({ model: 'gpt-oss-120b', hardware: 'b200' }).join(' ')).not.toMatch(
      /attention projections stay/,
    )
  })
})

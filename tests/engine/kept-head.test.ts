/**
 * Precision per operation at the model's ends (kernel/replica.ts headBits): quantized checkpoints
 * quantize the linear layers inside the blocks and keep the embedding table and the LM head in BF16
 * (TensorRT Model Optimizer's "*lm_head*" disabled; llm-compressor's ignore=["lm_head"]); and a pass
 * reads the LM head but only its tokens' rows of the embedding table. Numbers by hand below:
 * Llama 3.1 8B's table and head are each 128,256 × 4,096 = 525,336,576 parameters (untied); B200
 * 2,250 / 4,500 / 9,000 dense TFLOP/s at 16 / 8 / 4 bits.
 */
import { describe, expect, it } from 'vitest'

import {
  MODELS,
  resolveScenario,
  runScenario,
  scenarioParams,
  type ScenarioInput,
} from '@/engine/index'
import { decodeWeightBytes, draftMemorySeconds, prepareDecode } from '@/engine/kernel/decode'
import { preparePrefill } from '@/engine/kernel/prefill'
import {
  computeRoof,
  emptyWeightsRead,
  headBits,
  headExtraFlopsPerToken,
  memoryRoof,
  prepareWeightsRead,
  storedWeightBytes,
  weightsReadBySpec,
  weightsReadWith,
} from '@/engine/kernel/replica'
import { P } from '@/engine/params'

function params(input: ScenarioInput): Float64Array {
  const resolved = resolveScenario(input)
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues))
  return scenarioParams(resolved.scenario)
}

const TABLE = 128_256 * 4_096 // parameters of Llama 3.1 8B's embedding table, and of its LM head
const FP4 = { weights: 'fp4', activations: 'fp4', kvCache: 'fp8' } as const
const FP8 = { weights: 'fp8', activations: 'fp8', kvCache: 'fp8' } as const
const LLAMA_8B = { model: 'llama-3.1-8b', hardware: 'b200' } as const

/** The same scenario with the ends quantized like every other weight (a custom model). */
function narrowHead(input: ScenarioInput): ScenarioInput {
  return { ...input, model: { base: 'llama-3.1-8b', quantizedHeadFormat: 'fp4' } }
}

describe('the embedding table and the LM head kept wide in quantized checkpoints', () => {
  it('is BF16 for every catalogue model, with its source', () => {
    expect(MODELS.filter((m) => m.quantizedHeadFormat !== 'bf16').map((m) => m.id)).toEqual([])
    for (const m of MODELS) {
      expect(m.sources.quantizedHeadFormat?.source).toMatch(/lm_head/)
      expect(m.sources.quantizedHeadFormat?.source).toMatch(/Model Optimizer/)
    }
    const p = params({ ...LLAMA_8B, precision: FP4 })
    expect(p[P.KEPT_HEAD_BITS]).toBe(16)
    expect(headBits(p)).toBe(16)
    // Weights wider than the kept format keep their own width (FP32 weights: the ends at 32 bits).
    const wide = params({ ...LLAMA_8B, precision: { weights: 'fp32', activations: 'fp32' } })
    expect(headBits(wide)).toBe(32)
  })

  it('stores both at 16 bits under FP4 weights: 2 × table × (2 − 0.5) bytes more than at 4 bits', () => {
    const kept = storedWeightBytes(params({ ...LLAMA_8B, precision: FP4 }))
    const narrow = storedWeightBytes(params(narrowHead({ ...LLAMA_8B, precision: FP4 })))
    expect(kept - narrow).toBeCloseTo(2 * TABLE * 1.5, -3)
  })

  it('reads the LM head at 16 bits every pass, and no embedding table', () => {
    const p = params({ ...LLAMA_8B, precision: FP4 })
    const q = params(narrowHead({ ...LLAMA_8B, precision: FP4 }))
    const read = (x: Float64Array, tokens: number): number =>
      weightsReadWith(prepareWeightsRead(x, emptyWeightsRead()), tokens)
    // The head: 1.5 bytes more per parameter; the table: not read at either width.
    expect(read(p, 64) - read(q, 64)).toBeCloseTo(TABLE * 1.5, -3)
    expect(storedWeightBytes(p) - read(p, 64)).toBeCloseTo(TABLE * 2, -3)
    expect(storedWeightBytes(q) - read(q, 64)).toBeCloseTo(TABLE * 0.5, -3)
    // The spec's term-by-term reading agrees.
    expect(weightsReadBySpec(p, 64)).toBeCloseTo(read(p, 64), -3)
  })

  it('reads a tied table once, as the LM head, and stores it once', () => {
    const tied: ScenarioInput = {
      ...LLAMA_8B,
      precision: FP4,
      model: { base: 'llama-3.1-8b', tiedEmbeddings: true },
    }
    const untied = params({ ...LLAMA_8B, precision: FP4 })
    const p = params(tied)
    // One 16-bit matrix fewer in memory; the pass reads the same (the head, at 16 bits).
    expect(storedWeightBytes(untied) - storedWeightBytes(p)).toBeCloseTo(TABLE * 2, -3)
    const read = (x: Float64Array): number =>
      weightsReadWith(prepareWeightsRead(x, emptyWeightsRead()), 64)
    expect(read(p)).toBeCloseTo(read(untied), -3)
    expect(storedWeightBytes(p) - read(p)).toBeCloseTo(0, -3)
  })

  it('runs the LM head at the BF16 peak: extra FLOPs on the linear roof, per token and once per prompt', () => {
    // FP4 math at 9,000 TFLOP/s, the head at 2,250: 3 extra FLOPs per head FLOP.
    const p = params({ ...LLAMA_8B, precision: FP4 })
    expect(headExtraFlopsPerToken(p)).toBeCloseTo(2 * TABLE * 3, -3)
    // FP8: 4,500 ÷ 2,250 − 1 = 1.
    expect(headExtraFlopsPerToken(params({ ...LLAMA_8B, precision: FP8 }))).toBeCloseTo(
      2 * TABLE,
      -3,
    )
    // BF16 weights: nothing kept wider.
    expect(headExtraFlopsPerToken(params(LLAMA_8B))).toBe(0)
    const rc = computeRoof(p, 1)
    const rm = memoryRoof(p, 1)
    expect(preparePrefill(p, 1, rc, rm).keptExtraFlopsPerPrompt).toBeCloseTo(2 * TABLE * 3, -3)
    expect(prepareDecode(p, 1, rc, rm).keptExtraFlops).toBeCloseTo(
      p[P.VERIFY_TOKENS_PER_STEP]! * 2 * TABLE * 3,
      -3,
    )
  })

  it('has each draft pass read the LM head once, at 16 bits, beside one layer’s share of the rest', () => {
    // Four tokens verified per step: three draft passes of one layer (of 32) and the LM head.
    const p = params({ ...LLAMA_8B, precision: FP4 })
    p[P.VERIFY_TOKENS_PER_STEP] = 4
    const rc = computeRoof(p, 1)
    const rm = memoryRoof(p, 1)
    const m = prepareDecode(p, 1, rc, rm)
    expect(m.draftPasses).toBe(3)
    expect(m.draftHeadBytes).toBeCloseTo(TABLE * 2, -3)
    const weights = decodeWeightBytes(m, 8)
    // Not weights / 32 + head, which reads the head a thirty-second more each pass.
    expect(draftMemorySeconds(m, 8) * rm).toBeCloseTo(
      3 * ((weights - TABLE * 2) / 32 + TABLE * 2),
      -3,
    )
    // The head's wider math: once per verified token and once per draft pass.
    expect(m.keptExtraFlops).toBeCloseTo(4 * 2 * TABLE * 3, -3)
    expect(m.draftKeptExtraFlops).toBeCloseTo(2 * TABLE * 3, -3)
  })

  it('holds and reads a copy of both ends per rank under data-parallel attention', () => {
    // DeepSeek-R1 in NVFP4 on 8 B200s, attention data-parallel: each rank keeps its own BF16 table
    // and head (129,280 × 7,168 each) and reads its head every pass, never its table.
    const p = params({
      model: 'deepseek-r1',
      hardware: 'b200',
      precision: FP4,
      serving: { attentionParallelism: 'data' },
    })
    const ends = 129_280 * 7_168
    const one = prepareWeightsRead(p, emptyWeightsRead(), 1)
    const eight = prepareWeightsRead(p, emptyWeightsRead(), 8)
    expect(eight.headRead - one.headRead).toBeCloseTo(7 * ends * 2, -3)
    const all = Number.POSITIVE_INFINITY // every expert touched
    expect(storedWeightBytes(p, 8) - weightsReadWith(eight, all)).toBeCloseTo(8 * ends * 2, -3)
  })

  it('streams a BF16 head once on a generic stack, the narrow weights at 16 ÷ bits', () => {
    // Llama 3.1 8B in FP8 on a generic stack: everything but the ends streams twice its bytes (as
    // BF16), the BF16 head once, the table not at all.
    const p = params({
      model: 'llama-3.1-8b',
      hardware: 'h100-sxm',
      precision: FP8,
      serving: { stack: 'generic' },
    })
    const read = weightsReadWith(prepareWeightsRead(p, emptyWeightsRead()), 64)
    const narrow = storedWeightBytes(p) - 2 * TABLE * 2
    expect(read).toBeCloseTo(2 * narrow + TABLE * 2, -3)
  })

  it('makes a small FP4 model slower and dearer than a head quantized with it', () => {
    const input: ScenarioInput = {
      ...LLAMA_8B,
      precision: FP4,
      accelerators: 1,
      workload: { preset: 'chat', batchSize: 32 },
    }
    const kept = runScenario(input)
    const narrow = runScenario(narrowHead(input))
    if (!kept.ok || !narrow.ok) throw new Error('did not resolve')
    expect(kept.result.latency.tpotSeconds).toBeGreaterThan(narrow.result.latency.tpotSeconds)
    expect(kept.result.costPerMillionTokens.output).toBeGreaterThan(
      narrow.result.costPerMillionTokens.output,
    )
  })
})

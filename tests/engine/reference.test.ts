/**
 * Hand-computed reference cases: a pure roofline (efficiencies 1, no step overhead, one
 * accelerator) on a small custom model and custom hardware with round numbers, so every expected
 * value below follows from engine-model.md §3–4 by hand, not from the engine's own code.
 */
import { describe, expect, it } from 'vitest'

import { runScenario, type SimulationResult } from '@/engine/index'

// Model: 2 layers, hidden 1024, 8 heads of 128, MHA, FFN 4096, vocab 1000, untied.
const LAYERS = 2
const HIDDEN = 1024
const HEADS = 8
const HEAD_DIM = 128
const FFN = 4096
const VOCAB = 1000
const ATTENTION_PARAMS_PER_LAYER = 4 * HIDDEN * HIDDEN // q, k, v, o: 4,194,304
const FFN_PARAMS_PER_LAYER = 3 * HIDDEN * FFN // gate, up, down: 12,582,912
const LINEAR_PARAMS = LAYERS * (ATTENTION_PARAMS_PER_LAYER + FFN_PARAMS_PER_LAYER) // 33,554,432
const EMBEDDING = VOCAB * HIDDEN // 1,024,000
const LM_HEAD = VOCAB * HIDDEN
const TOTAL_PARAMS = LINEAR_PARAMS + EMBEDDING + LM_HEAD // 35,602,432
const KV_BYTES_PER_TOKEN_FP16 = 2 * LAYERS * HEADS * HEAD_DIM * 2 // K and V, 2 bytes: 8,192
// Between the GEMMs (kernel/elementwise.ts), memory-bound and not overlapped with them: per token, two
// residual add + norm kernels per layer each read two hidden vectors and write two (fp16), and per
// generated token the LM head writes its float32 logits and the sampler reads them.
const RESIDUAL_BYTES_PER_TOKEN_FP16 = 2 * LAYERS * 4 * HIDDEN * 2 // 32,768
const LOGITS_BYTES_PER_TOKEN = 2 * VOCAB * 4 // 8,000

// Hardware: 100 TFLOP/s fp16, 1 TB/s, 16 GB, $2/hour rental.
const PEAK = 100e12
const BANDWIDTH = 1e12
const MEMORY = 16e9

const base = {
  hardware: {
    base: 'h100-sxm',
    name: 'Round-number test chip',
    peakTflops: { fp16: 100, fp8: 200, int8: 200, fp4: 400 },
    memoryGB: 16,
    memoryBandwidthTBps: 1,
    tdpW: 500,
    usdPerHour: 2,
  },
  accelerators: 1,
  model: {
    base: 'llama-3.1-8b',
    name: 'Tiny test model',
    layers: LAYERS,
    hiddenSize: HIDDEN,
    heads: HEADS,
    kvHeads: HEADS,
    headDim: HEAD_DIM,
    intermediateSize: FFN,
    vocabSize: VOCAB,
    experts: 0,
    expertsPerToken: 0,
    attentionLayerFraction: 1,
    attention: 'mha',
    tiedEmbeddings: false,
  },
  precision: { weights: 'fp16', activations: 'fp16', kvCache: 'fp16' },
  efficiency: {
    compute: 1,
    memory: 1,
    stepOverheadSeconds: 0,
    kernelBoundarySeconds: 0,
    overlapLoss: 0,
  },
  serving: { kvMemoryFraction: 0.9, kvWaste: 1, utilization: 1 },
  economics: { mode: 'rental' },
  // Frugal silicon: at full roofline speed it draws ~190 W of its 500 W limit, so the power limit
  // never binds and the engine is the pure roofline of engine-model.md §6.
  energy: { pjPerFlop16: 0.5, memoryPjPerBit: 5, staticW: 100 },
} as const

function run(overrides: Record<string, unknown>): SimulationResult {
  const outcome = runScenario({ ...base, ...overrides })
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
  return outcome.result
}

const workload = (inputTokens: number, outputTokens: number, batchSize: number | 'max') => ({
  workload: {
    inputTokens,
    outputTokens,
    batchSize,
    minOutputTokensPerSecondPerUser: 0,
    prefixCacheHitRate: 0,
    // Requests of equal length: the hand counts walk one request's contexts S, S + 1, ….
    outputLengthCv: 0,
  },
})

describe('hand-computed pure roofline', () => {
  it('counts weights: 35,602,432 parameters at 2 bytes', () => {
    const r = run(workload(100, 10, 1))
    expect(r.memory.weightsGB).toBeCloseTo((TOTAL_PARAMS * 2) / 1e9, 9)
  })

  it('prefill FLOPs = B × (2 P S + 2 L h d S²) + B × 2 × vocab × hidden', () => {
    const B = 4
    const S = 512
    const r = run(workload(S, 10, B))
    const expected =
      B * (2 * LINEAR_PARAMS * S + 2 * LAYERS * HEADS * HEAD_DIM * S * S) + B * 2 * LM_HEAD
    expect(r.prefill.flops).toBeCloseTo(expected, -3)
    // 4 × (34,359,738,368 + 1,073,741,824) + 8,192,000 = 141,742,112,768 FLOP
    expect(r.prefill.flops).toBe(141_742_112_768)
  })

  it('decode bytes = Σ over steps of (weights touched + B c k + B k + B × between-GEMM bytes)', () => {
    const B = 2
    const S = 100
    const O = 4
    const r = run(workload(S, O, B))
    // Weights read each step: W less the embedding table, of which a lookup reads only its tokens'
    // rows (engine-model.md §3 counts the whole of W; kernel/replica.ts headReadBytes).
    const weightsPerStep = (TOTAL_PARAMS - EMBEDDING) * 2
    let expected = 0
    for (let c = S; c < S + O; c++)
      expected +=
        weightsPerStep +
        B * c * KV_BYTES_PER_TOKEN_FP16 +
        B * KV_BYTES_PER_TOKEN_FP16 +
        B * (RESIDUAL_BYTES_PER_TOKEN_FP16 + LOGITS_BYTES_PER_TOKEN)
    expect(r.decode.bytes).toBeCloseTo(expected, -1)
  })

  it('KV cache of the batch at full context', () => {
    const r = run(workload(1000, 24, 10))
    expect(r.memory.kvCacheGB).toBeCloseTo((10 * 1024 * KV_BYTES_PER_TOKEN_FP16) / 1e9, 9)
  })

  it('max batch = floor((N × memory × kvFraction − W) / ((S + O) × k × waste))', () => {
    const S = 2000
    const O = 48
    const r = run(workload(S, O, 'max'))
    const expected = Math.floor(
      (MEMORY * 0.9 - TOTAL_PARAMS * 2) / ((S + O) * KV_BYTES_PER_TOKEN_FP16),
    )
    expect(expected).toBe(854) // (14.4e9 − 71,204,864) / 16,777,216
    expect(r.batchSize).toBe(expected)
    expect(r.batchLimit).toBe('capacity')
  })

  it('prefill of one short prompt is memory-bound and takes weights / bandwidth', () => {
    const r = run(workload(1, 1, 1))
    expect(r.prefill.bound).toBe('memory-bandwidth')
    // W less the embedding table (not streamed) + activations 2 × L × hidden × 2 bytes + KV written
    // + the residual stream.
    const bytes =
      (TOTAL_PARAMS - EMBEDDING) * 2 +
      2 * LAYERS * HIDDEN * 2 +
      KV_BYTES_PER_TOKEN_FP16 +
      RESIDUAL_BYTES_PER_TOKEN_FP16
    expect(r.prefill.seconds).toBeCloseTo(bytes / BANDWIDTH, 12)
  })

  it('long-prompt prefill is compute-bound and takes FLOPs / peak, plus the residual stream', () => {
    const S = 8192
    const r = run(workload(S, 1, 1))
    expect(r.prefill.bound).toBe('compute')
    const flops = 2 * LINEAR_PARAMS * S + 2 * LAYERS * HEADS * HEAD_DIM * S * S + 2 * LM_HEAD
    expect(r.prefill.seconds).toBeCloseTo(
      flops / PEAK + (S * RESIDUAL_BYTES_PER_TOKEN_FP16) / BANDWIDTH,
      9,
    )
  })

  it('an overlap loss adds that share of the shorter roof time to the linear layers (physics/roofline.ts)', () => {
    const withLoss = (overlapLoss: number, w: ReturnType<typeof workload>) =>
      run({ ...w, efficiency: { ...base.efficiency, overlapLoss } })
    // One short prompt: the linear layers stream their weights (memory roof) and their math
    // (2 P + 2 × LM head FLOPs) is the shorter time; attention (the KV write) keeps its plain maximum.
    const bytes =
      (TOTAL_PARAMS - EMBEDDING) * 2 +
      2 * LAYERS * HIDDEN * 2 +
      KV_BYTES_PER_TOKEN_FP16 +
      RESIDUAL_BYTES_PER_TOKEN_FP16
    const linearMath = (2 * LINEAR_PARAMS + 2 * LM_HEAD) / PEAK
    expect(withLoss(0.5, workload(1, 1, 1)).prefill.seconds).toBeCloseTo(
      bytes / BANDWIDTH + 0.5 * linearMath,
      12,
    )
    // A long prompt: the math binds, and with no overlap at all the weights and activations
    // streamed by the linear layers add their whole time.
    const S = 8192
    const flops = 2 * LINEAR_PARAMS * S + 2 * LAYERS * HEADS * HEAD_DIM * S * S + 2 * LM_HEAD
    const linearBytes = (TOTAL_PARAMS - EMBEDDING) * 2 + 2 * LAYERS * S * HIDDEN * 2
    const long = withLoss(1, workload(S, 1, 1))
    const residual = (S * RESIDUAL_BYTES_PER_TOKEN_FP16) / BANDWIDTH
    expect(long.prefill.seconds).toBeCloseTo(flops / PEAK + linearBytes / BANDWIDTH + residual, 9)
    expect(long.prefill.seconds).toBeGreaterThan(withLoss(0, workload(S, 1, 1)).prefill.seconds)
  })

  it('cost identity: $/M output tokens = $/hour ÷ output tokens per hour × 1e6', () => {
    const r = run(workload(256, 128, 16))
    const tokensPerHour = r.throughput.outputTokensPerSecond * 3600
    expect(r.costPerMillionTokens.output).toBeCloseTo((2 / tokensPerHour) * 1e6, 9)
    expect(r.throughput.outputTokensPerSecond).toBeCloseTo(
      (16 * 128) / (r.prefill.seconds + r.decode.seconds),
      6,
    )
  })

  it('halving the hourly price halves the cost per token', () => {
    const full = run(workload(256, 128, 16))
    const half = run({ ...workload(256, 128, 16), hardware: { ...base.hardware, usdPerHour: 1 } })
    expect(half.costPerMillionTokens.output).toBeCloseTo(full.costPerMillionTokens.output / 2, 12)
  })

  it('energy per token = (FLOPs × pJ/FLOP + bits moved × pJ/bit + static W × time) / tokens at the chip', () => {
    const B = 8
    const S = 256
    const O = 64
    const r = run({
      ...workload(S, O, B),
      energy: { boundary: 'chip', pjPerFlop16: 0.5, memoryPjPerBit: 5, staticW: 100, hostW: 0 },
    })
    const flops = r.prefill.flops + r.decode.flops
    const bytes = r.prefill.bytes + r.decode.bytes
    const seconds = r.prefill.seconds + r.decode.seconds
    const joules = flops * 0.5e-12 + bytes * 8 * 5e-12 + 100 * seconds
    expect(r.energyPerToken.boundary).toBe('chip')
    expect(r.energyPerToken.joules).toBeCloseTo(joules / (B * O), 12)
  })

  it('facility energy = (chip + host) × PUE', () => {
    const r = run({
      ...workload(256, 64, 8),
      energy: {
        boundary: 'facility',
        pjPerFlop16: 0.5,
        memoryPjPerBit: 5,
        staticW: 100,
        hostW: 200,
      },
      economics: { mode: 'rental', pue: 1.5 },
    })
    const seconds = r.prefill.seconds + r.decode.seconds
    const chip = r.energyPerToken.byBoundary.chip
    expect(r.energyPerToken.byBoundary.node).toBeCloseTo(chip + (200 * seconds) / (8 * 64), 12)
    expect(r.energyPerToken.joules).toBeCloseTo(r.energyPerToken.byBoundary.node * 1.5, 12)
  })
})

describe('a model that does not fit', () => {
  it('is an error naming the shortfall', () => {
    const outcome = runScenario({ model: 'llama-3.1-405b', hardware: 'h100-sxm', accelerators: 1 })
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.issues[0]?.path).toBe('accelerators')
    expect(outcome.issues[0]?.message).toMatch(/does not fit/)
    expect(outcome.issues[0]?.message).toMatch(/short by \d+ GB/)
  })
})

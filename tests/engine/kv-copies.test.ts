/**
 * The KV cache a tensor-parallel group holds more than once. Attention split by query heads gives
 * each accelerator the KV heads its query heads read, so with more accelerators than KV heads each
 * KV head sits on several of them (vLLM's QKVParallelLinear replicas), and a multi-head latent
 * attention cache (one latent per token) on every one. Data-parallel attention (each accelerator
 * attending its own sequences) holds it once; "tensor" is what vLLM runs; "auto", the default,
 * evaluates each plan both ways (serving.attentionParallelism). kvCopies itself reads "auto" as
 * data-parallel: only evaluatePlan tries the other (tests/engine/data-parallel-attention.test.ts).
 *
 * Expected copies are worked out by hand from the rule n ceil(h / n) / h, not by the engine.
 */
import { describe, expect, it } from 'vitest'

import { resolveScenario, runScenario, type ScenarioInput, type SimulationResult } from '@/engine'
import { kvCopies } from '@/engine/kernel'
import { packScenario } from '@/engine/pack'

function paramsOf(input: ScenarioInput): Float64Array {
  const r = resolveScenario(input)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return packScenario(r.scenario)
}

function result(input: ScenarioInput): SimulationResult {
  const outcome = runScenario(input)
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues))
  return outcome.result
}

describe('kvCopies: how many times a group holds the KV cache', () => {
  it('a dense model with 8 KV heads: once up to 8 accelerators that divide them, more beyond', () => {
    const p = paramsOf({ model: 'llama-3.1-70b' })
    expect(kvCopies(p, 1)).toBe(1)
    expect(kvCopies(p, 4)).toBe(1)
    expect(kvCopies(p, 8)).toBe(1)
    // 3 ranks with ceil(8 / 3) = 3 heads each: 9 heads held for 8.
    expect(kvCopies(p, 3)).toBe(9 / 8)
    // 12 ranks, one head each: 12 for 8.
    expect(kvCopies(p, 12)).toBe(1.5)
    expect(kvCopies(p, 16)).toBe(2)
  })

  it('multi-head latent attention (DeepSeek-V3): one latent, so every tensor-parallel rank holds it', () => {
    // Experts spread over the group attending data-parallel: held once.
    const data = paramsOf({ model: 'deepseek-v3', serving: { attentionParallelism: 'data' } })
    expect(kvCopies(data, 8)).toBe(1)
    // vLLM's tensor-parallel attention: on all 8.
    const tensor = paramsOf({ model: 'deepseek-v3', serving: { attentionParallelism: 'tensor' } })
    expect(kvCopies(tensor, 8)).toBe(8)
    // Experts split across the group (every rank a slice of each): attention tensor-parallel too.
    const split = paramsOf({
      model: 'deepseek-v3',
      accelerators: 8,
      deployment: { tensorParallel: 8, expertParallel: 1 },
    })
    expect(kvCopies(split, 8)).toBe(8)
  })

  it('Qwen3-235B (4 KV heads) under vLLM on 8 GPUs holds its cache twice', () => {
    const p = paramsOf({ model: 'qwen3-235b-a22b', serving: { attentionParallelism: 'tensor' } })
    expect(kvCopies(p, 4)).toBe(1)
    expect(kvCopies(p, 8)).toBe(2)
  })
})

// Qwen3-235B's residual stream per token on one rank (kernel/elementwise.ts): two add + norm kernels
// per layer, each reading two BF16 hidden vectors of 4,096 and writing two, over 94 layers.
const QWEN_RESIDUAL_PER_TOKEN = 2 * 94 * 4 * 4096 * 2 // 6,160,384 bytes
// The layers beside its experts, which data-parallel attention holds on every rank, in BF16: per
// layer q and o (4,096 × 64 × 128 each), k and v (4,096 × 4 × 128 each) and the router (4,096 × 128),
// over 94 layers; the embedding and the untied LM head (151,936 × 4,096 each).
const QWEN_REPLICATED_BYTES =
  2 * (94 * (2 * 4096 * 8192 + 2 * 4096 * 512 + 4096 * 128) + 2 * 151_936 * 4096) // 15,992,881,152
/** Of those, the embedding table: held on every rank, but a lookup reads only its tokens' rows. */
const QWEN_EMBEDDING_BYTES = 2 * 151_936 * 4096 // 1,244,659,712
/** What each rank reads of its copy every pass: all but the embedding table. */
const QWEN_REPLICATED_READ_BYTES = QWEN_REPLICATED_BYTES - QWEN_EMBEDDING_BYTES

describe('serving.attentionParallelism on a result', () => {
  const QWEN_TP8: ScenarioInput = {
    model: 'qwen3-235b-a22b',
    hardware: 'h100-sxm',
    accelerators: 8,
    deployment: { tensorParallel: 8, expertParallel: 8 },
    workload: { inputTokens: 2000, outputTokens: 500, batchSize: 64 },
  }

  const data = result({ ...QWEN_TP8, serving: { attentionParallelism: 'data' } })
  const tensor = result({ ...QWEN_TP8, serving: { attentionParallelism: 'tensor' } })

  it('holds, writes and reads the KV cache twice, and says so', () => {
    expect(data.deployment.kvCacheCopies).toBe(1)
    expect(tensor.deployment.kvCacheCopies).toBe(2)
    expect(tensor.deployment.attentionParallelism).toBe('tensor')
    expect(data.deployment.attentionParallelism).toBe('data')
    expect(tensor.memory.kvCacheGB).toBeCloseTo(2 * data.memory.kvCacheGB, 9)
    expect(tensor.deployment.why).toContain('4 KV heads')
    expect(tensor.deployment.why).toContain('held 2 times')
    expect(data.deployment.why).not.toContain('KV cache is held')
  })

  it('holds the layers beside the experts on every accelerator when attention is data-parallel', () => {
    // Seven more copies of 15,992,881,152 bytes on eight accelerators.
    expect(data.memory.weightsGB - tensor.memory.weightsGB).toBeCloseTo(
      (7 * QWEN_REPLICATED_BYTES) / 1e9,
      6,
    )
    expect(data.deployment.why).toContain(
      'holds its own copy of the layers beside the experts (16.0 GB)',
    )
  })

  it('lets the search take the cheaper: at 64 sequences on 8 H100s, tensor-parallel', () => {
    // Each rank reads its own 16 GB copy every step under data-parallel attention, more than the
    // second KV copy tensor-parallel attention reads at this batch.
    expect(tensor.costPerMillionTokens.output).toBeLessThan(data.costPerMillionTokens.output)
    const auto = result(QWEN_TP8)
    expect(auto.deployment.attentionParallelism).toBe('tensor')
    expect(auto.costPerMillionTokens.output).toBe(tensor.costPerMillionTokens.output)
    // The words name what the other attention would have cost, from the two runs above.
    const more = Math.round(
      (data.costPerMillionTokens.output / tensor.costPerMillionTokens.output - 1) * 100,
    )
    expect(auto.deployment.why).toContain(
      `data-parallel, with a 16.0 GB copy of the layers beside the experts on every accelerator, would cost ${more} % more`,
    )
  })

  it('keeps one KV cache where the heads are not outnumbered; the residual stream still differs', () => {
    const tp4: ScenarioInput = {
      ...QWEN_TP8,
      hardware: 'b200',
      accelerators: 4,
      deployment: { tensorParallel: 4, expertParallel: 4 },
      workload: { inputTokens: 8000, outputTokens: 500, batchSize: 1, prefixCacheHitRate: 0 },
    }
    const a = result({ ...tp4, serving: { attentionParallelism: 'tensor' } })
    const b = result({ ...tp4, serving: { attentionParallelism: 'data' } })
    expect(a.deployment.kvCacheCopies).toBe(1)
    expect(b.deployment.kvCacheCopies).toBe(1)
    expect(a.memory.kvCacheGB).toBe(b.memory.kvCacheGB)
    expect(b.memory.weightsGB - a.memory.weightsGB).toBeCloseTo(
      (3 * QWEN_REPLICATED_BYTES) / 1e9,
      6,
    )
    // Tensor-parallel attention leaves every token's hidden state on all 4 ranks, data-parallel on
    // its own (kernel/elementwise.ts): the prompt's residual stream is normalised 3 more times.
    // Data-parallel attention holds the layers beside the experts on every rank, and reads all of
    // them but the embedding table: 3 more copies (kernel/collectives.ts dataParallelRanks).
    expect(a.prefill.bytes - b.prefill.bytes).toBeCloseTo(
      8000 * 3 * QWEN_RESIDUAL_PER_TOKEN - 3 * QWEN_REPLICATED_READ_BYTES,
      -3,
    )
  })

  it('changes nothing for a dense model, whose layers attend tensor-parallel anyway', () => {
    const dense: ScenarioInput = {
      model: 'llama-3.1-70b',
      accelerators: 8,
      deployment: { tensorParallel: 8 },
    }
    const a = result({ ...dense, serving: { attentionParallelism: 'tensor' } })
    const b = result(dense)
    expect(a.deployment.kvCacheCopies).toBe(1)
    expect(b.deployment.kvCacheCopies).toBe(1)
    expect(a.costPerMillionTokens).toEqual(b.costPerMillionTokens)
    expect(a.latency).toEqual(b.latency)
    expect(a.memory).toEqual(b.memory)
  })

  it('refuses a value it does not know', () => {
    const r = resolveScenario({ serving: { attentionParallelism: 'pipeline' } })
    expect(r.ok).toBe(false)
    if (r.ok) throw new Error('accepted')
    expect(r.issues.map((i) => i.path)).toEqual(['serving.attentionParallelism'])
  })
})

describe('chips that run the model as one compiled program', () => {
  it('never copy the KV cache (SRAM dataflow: where their compiler puts it is not published)', () => {
    const p = paramsOf({ model: 'llama-3.1-405b', hardware: 'groq-lpu' })
    expect(kvCopies(p, 128)).toBe(1)
    // The same model on GPUs at the same width: 128 ranks over 8 KV heads.
    expect(kvCopies(paramsOf({ model: 'llama-3.1-405b' }), 128)).toBe(16)
  })
})

describe('where the copies are counted', () => {
  const QWEN: ScenarioInput = {
    model: 'qwen3-235b-a22b',
    hardware: 'h100-sxm',
    serving: { attentionParallelism: 'tensor' },
    workload: { inputTokens: 8000, outputTokens: 500, batchSize: 16 },
  }

  it('per pipeline stage: a TP4 × PP2 replica keeps one copy where TP8 keeps two', () => {
    const staged = result({
      ...QWEN,
      accelerators: 8,
      deployment: { tensorParallel: 4, pipelineParallel: 2, expertParallel: 4 },
    })
    const wide = result({
      ...QWEN,
      accelerators: 8,
      deployment: { tensorParallel: 8, expertParallel: 8 },
    })
    expect(staged.deployment.kvCacheCopies).toBe(1)
    expect(wide.deployment.kvCacheCopies).toBe(2)
    expect(wide.memory.kvCacheGB).toBeCloseTo(2 * staged.memory.kvCacheGB, 9)
  })

  it('in prefill too: a prompt writes every copy of its KV cache', () => {
    // One sequence, so the prefill pass is the prompt alone. Qwen3-235B's cache: 94 layers × 4 KV
    // heads × 128 × 2 (K and V) × 2 bytes = 192,512 bytes per token, written once more per copy;
    // and the residual stream on 7 more ranks.
    const pinned: ScenarioInput = {
      ...QWEN,
      accelerators: 8,
      deployment: { tensorParallel: 8, expertParallel: 8 },
      workload: { inputTokens: 8000, outputTokens: 500, batchSize: 1, prefixCacheHitRate: 0 },
    }
    const tensor = result(pinned)
    const data = result({ ...pinned, serving: { attentionParallelism: 'data' } })
    expect(tensor.prefill.bytes - data.prefill.bytes).toBeCloseTo(
      8000 * (192_512 + 7 * QWEN_RESIDUAL_PER_TOKEN) - 7 * QWEN_REPLICATED_READ_BYTES,
      -3,
    )
    expect(tensor.prefill.memoryJoules).toBeGreaterThan(data.prefill.memoryJoules)
  })

  it('names multi-query attention as KV heads, not as a latent cache', () => {
    const mqa = result({
      model: { base: 'llama-3.1-70b', kvHeads: 1, attention: 'gqa' },
      accelerators: 8,
      deployment: { tensorParallel: 8 },
    })
    expect(mqa.deployment.kvCacheCopies).toBe(8)
    expect(mqa.deployment.why).toContain('1 KV head')
    expect(mqa.deployment.why).not.toContain('latent')
    const mla = result({
      model: 'deepseek-v3',
      hardware: 'b200',
      accelerators: 8,
      deployment: { tensorParallel: 8, expertParallel: 8 },
      serving: { attentionParallelism: 'tensor' },
    })
    expect(mla.deployment.why).toContain('one latent per token')
  })
})

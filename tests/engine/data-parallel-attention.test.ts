/**
 * What data-parallel attention costs beside a mixture of experts spread over its group
 * (kernel/collectives.ts dataParallelRanks) and the choice between it and tensor-parallel attention
 * (kernel/plan.ts evaluatePlan). Expected bytes are counted by hand from the model's configuration,
 * and the step terms from the definition: max(B, ranks) sequences' worth of attention.
 */
import { describe, expect, it } from 'vitest'

import { resolveScenario, runScenario, type ScenarioInput, type SimulationResult } from '@/engine'
import { frontier, type FrontierPoint } from '@/engine/frontier'
import {
  attentionDataParallel,
  dataParallelRanks,
  passCollectives,
} from '@/engine/kernel/collectives'
import { decodeStepSeconds, prepareDecode } from '@/engine/kernel/decode'
import { dataParallelPromptWaitSeconds, preparePrefill } from '@/engine/kernel/prefill'
import { computeRoof, memoryRoof, storedWeightBytes } from '@/engine/kernel/replica'
import { packScenario } from '@/engine/pack'
import { P } from '@/engine/params'

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

const mixtral = (attentionParallelism: 'auto' | 'data' | 'tensor', expertParallel = 8) =>
  paramsOf({
    model: 'mixtral-8x7b',
    hardware: 'h100-sxm',
    precision: { weights: 'bf16', activations: 'bf16', kvCache: 'bf16' },
    accelerators: 8,
    deployment: { tensorParallel: 8, expertParallel },
    serving: { attentionParallelism },
  })

// Mixtral 8x7B beside its experts, in BF16: per layer q and o (4,096 × 4,096), k and v
// (4,096 × 1,024) and the router (4,096 × 8), over 32 layers; the embedding and the untied LM head
// (32,000 × 4,096 each).
const MIXTRAL_REPLICATED_BYTES =
  2 * (32 * (2 * 4096 * 4096 + 2 * 4096 * 1024 + 4096 * 8) + 2 * 32_000 * 4096) // 3,210,739,712

describe('which ranks run the layers beside the experts on their own sequences', () => {
  it('all of a spread group unless attention is tensor-parallel; one for dense models and split experts', () => {
    expect(dataParallelRanks(mixtral('data'), 8)).toBe(8)
    expect(dataParallelRanks(mixtral('auto'), 8)).toBe(8)
    expect(dataParallelRanks(mixtral('tensor'), 8)).toBe(1)
    expect(dataParallelRanks(mixtral('data', 1), 8)).toBe(1)
    expect(dataParallelRanks(paramsOf({ model: 'llama-3.3-70b', accelerators: 8 }), 8)).toBe(1)
    expect(dataParallelRanks(mixtral('data'), 1)).toBe(1)
  })

  it('ramps in with a partly adopted mixture of experts, as log2 of the expert count', () => {
    const p = mixtral('data')
    p[P.EXPERTS] = Math.SQRT2 // log2 √2 = 0.5: half-way from 1 rank to 8
    expect(attentionDataParallel(p)).toBe(true)
    expect(dataParallelRanks(p, 8)).toBeCloseTo(1 + 7 * 0.5, 12)
  })
})

describe('what it costs', () => {
  it('holds the layers beside the experts once per rank', () => {
    const p = mixtral('data')
    expect(storedWeightBytes(p, 8) - storedWeightBytes(p, 1)).toBe(7 * MIXTRAL_REPLICATED_BYTES)
    const on8 = (attentionParallelism: 'data' | 'tensor') =>
      result({
        model: 'mixtral-8x7b',
        hardware: 'h100-sxm',
        precision: { weights: 'bf16', activations: 'bf16', kvCache: 'bf16' },
        accelerators: 8,
        deployment: { tensorParallel: 8, expertParallel: 8 },
        serving: { attentionParallelism },
      })
    const data = on8('data')
    const tensor = on8('tensor')
    expect(data.memory.weightsGB - tensor.memory.weightsGB).toBeCloseTo(
      (7 * MIXTRAL_REPLICATED_BYTES) / 1e9,
      9,
    )
  })

  it('runs no all-reduce: only the experts’ dispatch and combine cross the links', () => {
    // Latency terms: tensor-parallel attention pays 2 × 32 − 32 all-reduces and 2 × 32 all-to-alls,
    // data-parallel only the 64 all-to-alls.
    const data = passCollectives(mixtral('data'), 8)
    const tensor = passCollectives(mixtral('tensor'), 8)
    expect(data.fixedSeconds / tensor.fixedSeconds).toBeCloseTo(64 / 96, 12)
    expect(data.linkBytesPerToken).toBeLessThan(tensor.linkBytesPerToken)
  })

  it('pays a step of fewer sequences than ranks as if every rank had one (attention unsplit)', () => {
    const p = mixtral('data')
    const m = prepareDecode(p, 8, computeRoof(p, 8), memoryRoof(p, 8))
    expect(m.attentionRanks).toBe(8)
    const split = { ...m, attentionRanks: 1 }
    // At 3 sequences, 5 ranks wait: at least 5 sequences' attention more, and at most that and
    // their share of the layers beside the experts.
    const extra = decodeStepSeconds(m, 3) - decodeStepSeconds(split, 3)
    expect(extra).toBeGreaterThanOrEqual(5 * m.attentionSeconds * (1 - 1e-12))
    expect(extra).toBeLessThanOrEqual(
      5 * (m.attentionSeconds + (m.linearFlops - m.expertFlops) / m.rc) * (1 + 1e-12),
    )
    // With a sequence on every rank, nobody waits.
    expect(decodeStepSeconds(m, 16)).toBe(decodeStepSeconds(split, 16))
  })

  it('makes every rank wait for the one running a step’s prompt', () => {
    const p = mixtral('data')
    const pm = preparePrefill(p, 8, computeRoof(p, 8), memoryRoof(p, 8))
    const perPrompt =
      (pm.linearFlopsPerPrompt - pm.expertFlopsPerPrompt) / pm.rc +
      Math.max(pm.attentionFlopsPerPrompt / pm.rcAttention, pm.attentionBytesPerPrompt / pm.rm)
    // 4 sequences over 100 steps: each prompt has a step to itself, on one of 8 ranks: 4 × 8
    // prompts' worth, of which prefillSeconds charges max(4, 8).
    expect(dataParallelPromptWaitSeconds(pm, 4, 100)).toBeCloseTo((32 - 8) * perPrompt, 12)
    // 200 sequences over 100 steps: 2 prompts a step, every step waits for one: 100 × 8.
    expect(dataParallelPromptWaitSeconds(pm, 200, 100)).toBeCloseTo((800 - 200) * perPrompt, 12)
    // 1,000 over 100 steps: 10 prompts a step, one for every rank: no wait.
    expect(dataParallelPromptWaitSeconds(pm, 1000, 100)).toBe(0)
    const tensor = mixtral('tensor')
    const pt = preparePrefill(tensor, 8, computeRoof(tensor, 8), memoryRoof(tensor, 8))
    expect(dataParallelPromptWaitSeconds(pt, 4, 100)).toBe(0)
  })
})

describe('the choice under "auto"', () => {
  const r1 = (attentionParallelism: 'auto' | 'data' | 'tensor', batchSize: number) =>
    result({
      model: 'deepseek-r1',
      hardware: 'b200',
      precision: { weights: 'fp4', activations: 'fp4', kvCache: 'fp8' },
      accelerators: 8,
      deployment: { tensorParallel: 8 },
      workload: { batchSize, inputTokens: 800, outputTokens: 3600 },
      serving: { attentionParallelism },
    })

  it('keeps data-parallel attention for a large batch, where it saves the most', () => {
    const data = r1('data', 2048)
    const tensor = r1('tensor', 2048)
    const auto = r1('auto', 2048)
    expect(data.costPerMillionTokens.output).toBeLessThan(tensor.costPerMillionTokens.output)
    expect(auto.deployment.attentionParallelism).toBe('data')
    expect(auto.costPerMillionTokens.output).toBe(data.costPerMillionTokens.output)
    expect(auto.deployment.why).toContain('Attention runs data-parallel')
  })

  it('takes tensor-parallel attention where the copies do not fit: DeepSeek-V3 on 16 GB TPU v5e chips', () => {
    const v5e = result({ model: 'deepseek-v3', hardware: 'tpu-v5e' })
    expect(v5e.feasible).toBe(true)
    expect(v5e.deployment.attentionParallelism).toBe('tensor')
    const data = runScenario({
      model: 'deepseek-v3',
      hardware: 'tpu-v5e',
      accelerators: v5e.deployment.acceleratorsPerReplica,
      deployment: {
        tensorParallel: v5e.deployment.tensorParallel,
        pipelineParallel: v5e.deployment.pipelineParallel,
        // Spread, as data-parallel attention needs (split experts attend split by heads).
        expertParallel: v5e.deployment.tensorParallel,
      },
      serving: { attentionParallelism: 'data' },
    })
    // The layers beside DeepSeek-V3's experts, about 17 GB in FP8, do not fit beside anything on a
    // 16 GB chip: data-parallel attention cannot run there at all, and the message says why.
    expect(data.ok).toBe(false)
    if (data.ok) throw new Error('fitted')
    const message = data.issues.map((i) => i.message).join(' ')
    expect(message).toMatch(/does not fit on \d+× Google Cloud TPU v5e/)
    expect(message).toContain('copies of the layers beside the experts')
  })
})

describe('the rest of the product under "auto"', () => {
  it('sweeps the frontier both ways, so it dominates either attention alone', () => {
    const at = (attentionParallelism: 'auto' | 'data' | 'tensor') => {
      const r = resolveScenario({
        model: 'deepseek-v3',
        hardware: 'h200-sxm',
        accelerators: 8,
        deployment: { tensorParallel: 8, expertParallel: 8 },
        serving: { attentionParallelism },
      })
      if (!r.ok) throw new Error(JSON.stringify(r.issues))
      return frontier(r.scenario)
    }
    const most = (points: readonly FrontierPoint[]) =>
      Math.max(...points.map((x) => x.outputTokensPerSecondPerAccelerator))
    const fastest = (points: readonly FrontierPoint[]) =>
      Math.max(...points.map((x) => x.outputTokensPerSecondPerUser))
    const auto = at('auto')
    const data = at('data')
    const tensor = at('tensor')
    expect(most(auto)).toBeGreaterThanOrEqual(Math.max(most(data), most(tensor)) * (1 - 1e-9))
    expect(fastest(auto)).toBeGreaterThanOrEqual(
      Math.max(fastest(data), fastest(tensor)) * (1 - 1e-9),
    )
    // Data-parallel attention's large batches are the throughput end: tensor-parallel's copies of
    // the latent cache hold far fewer sequences.
    expect(most(data)).toBeGreaterThan(1.5 * most(tensor))
    // Each point says how it attends: the slow, productive end data-parallel, the fast end
    // tensor-parallel.
    const modes = new Set(auto.map((x) => x.deployment.attentionParallelism))
    expect(modes).toEqual(new Set(['data', 'tensor']))
    expect(auto[0]!.deployment.attentionParallelism).toBe('data')
    expect(auto[auto.length - 1]!.deployment.attentionParallelism).toBe('tensor')
    expect(data.every((x) => x.deployment.attentionParallelism === 'data')).toBe(true)
  })

  it('names one copy of the weights and the true fewest accelerators when nothing fits', () => {
    // Qwen3-235B in BF16 is 470 GB (7,996,440,576 parameters beside the experts and 94 × 128
    // experts of 3 × 4,096 × 1,536), too much for 4 H100s however attention runs. Six do not divide
    // its 64 heads (collectives.ts splitsHeadsEvenly), and with a 16 GB copy of the layers beside the
    // experts on each of six (data-parallel attention) the weights take 550 GB of 480: seven is the
    // fewest.
    const outcome = runScenario({ model: 'qwen3-235b-a22b', hardware: 'h100-sxm', accelerators: 4 })
    expect(outcome.ok).toBe(false)
    if (outcome.ok) throw new Error('fitted')
    const message = outcome.issues.map((i) => i.message).join(' ')
    expect(message).toContain('its weights take 470 GB')
    expect(message).toContain('Use at least 7 accelerators')
    expect(
      runScenario({ model: 'qwen3-235b-a22b', hardware: 'h100-sxm', accelerators: 6 }).ok,
    ).toBe(false)
    expect(
      result({ model: 'qwen3-235b-a22b', hardware: 'h100-sxm', accelerators: 7 }).feasible,
    ).toBe(true)
  })
})

describe('the scheduler cap under data-parallel attention', () => {
  // TensorRT-LLM's max_batch_size is per rank with enable_attention_dp (DEP4 at 768 serves 3,072
  // requests: tests/scripts/perf-sanity in NVIDIA/TensorRT-LLM), so a replica's cap is ranks × it.
  const scenario = (attentionParallelism: 'data' | 'tensor') => ({
    model: 'deepseek-v3',
    hardware: 'h200-sxm',
    precision: { weights: 'fp8', activations: 'fp8', kvCache: 'fp8' },
    accelerators: 8,
    deployment: { tensorParallel: 8, expertParallel: 8 },
    workload: { preset: 'chat', minOutputTokensPerSecondPerUser: 0 },
    serving: { attentionParallelism, maxBatchSize: 64 },
  })

  it('holds per rank: eight data-parallel ranks run 8 × 64 sequences', () => {
    const outcome = runScenario(scenario('data'))
    if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
    expect(outcome.result.batchSize).toBe(512)
    expect(outcome.result.batchLimit).toBe('scheduler-cap')
  })

  it('holds per replica where attention is split by heads (one scheduler)', () => {
    const outcome = runScenario(scenario('tensor'))
    if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
    expect(outcome.result.batchSize).toBe(64)
    expect(outcome.result.batchLimit).toBe('scheduler-cap')
  })
})

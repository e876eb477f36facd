/**
 * Tensor parallelism splits attention by heads only evenly (kernel/collectives.ts splitsHeadsEvenly):
 * vLLM and TensorRT-LLM refuse a degree that does not divide the query heads, and the KV heads or
 * their multiple. The search and the frontier pass such groups by (data-parallel attention, which
 * splits no heads, still runs there); a plan the user pins is priced with a warning. AWS Neuron pads
 * heads and the SRAM dataflow chips compile the model whole: no rule there.
 */
import { describe, expect, it } from 'vitest'

import {
  ACCELERATORS,
  MODELS,
  resolveScenario,
  runScenario,
  scenarioParams,
  type ScenarioInput,
  type SimulationResult,
} from '@/engine/index'
import { splitsHeadsEvenly } from '@/engine/kernel/collectives'
import { groupSizes } from '@/engine/kernel/search'
import { P } from '@/engine/params'

function params(input: ScenarioInput): Float64Array {
  const r = resolveScenario(input)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return scenarioParams(r.scenario)
}

function run(input: ScenarioInput): SimulationResult {
  const r = runScenario(input)
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '))
  return r.result
}

/** The rule by hand: query heads divide evenly, KV heads divide or are divided. */
function even(heads: number, kv: number, t: number): boolean {
  return t <= 1 || (heads % t === 0 && (kv % t === 0 || t % kv === 0))
}

describe('splitsHeadsEvenly', () => {
  it('follows the query and KV heads (Llama 3.3 70B: 64 and 8; Llama 4 Scout: 40 and 8; MLA: one latent)', () => {
    const llama = params({})
    expect(llama[P.ATTENTION_HEADS]).toBe(64)
    expect(llama[P.KV_HEADS]).toBe(8)
    expect([1, 2, 4, 8, 16, 32, 64].every((t) => splitsHeadsEvenly(llama, t))).toBe(true)
    expect([3, 5, 6, 12, 24, 48, 128].some((t) => splitsHeadsEvenly(llama, t))).toBe(false)
    const scout = params({ model: 'llama-4-scout' })
    expect(scout[P.ATTENTION_HEADS]).toBe(40)
    // 5 and 10 divide the 40 query heads but neither divides nor is a multiple of the 8 KV heads.
    expect([5, 10, 20].map((t) => splitsHeadsEvenly(scout, t))).toEqual([false, false, false])
    expect([2, 4, 8, 40].every((t) => splitsHeadsEvenly(scout, t))).toBe(true)
    const deepseek = params({ model: 'deepseek-v3' })
    expect(splitsHeadsEvenly(deepseek, 128)).toBe(true)
    expect(splitsHeadsEvenly(deepseek, 256)).toBe(false)
    expect(splitsHeadsEvenly(deepseek, 40)).toBe(false)
  })

  it('does not apply where the stack pads heads (Neuron) or compiles the model whole (dataflow)', () => {
    expect(params({ hardware: 'inferentia2' })[P.EVEN_HEAD_SPLIT]).toBe(0)
    expect(params({ hardware: 'groq-lpu' })[P.EVEN_HEAD_SPLIT]).toBe(0)
    expect(params({ hardware: 'h100-sxm' })[P.EVEN_HEAD_SPLIT]).toBe(1)
    expect(splitsHeadsEvenly(params({ hardware: 'inferentia2' }), 12)).toBe(true)
  })

  it('offers the powers of two among the group sizes of a wide domain', () => {
    expect(groupSizes(72, 1e6)).toEqual(expect.arrayContaining([32, 64, 72]))
    expect(groupSizes(256, 1e6)).toEqual(expect.arrayContaining([64, 128, 256]))
    const sizes = groupSizes(256, 1e6)
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes)
  })
})

describe('plans the search and the frontier offer', () => {
  it('never split heads unevenly over the catalogue (every model on every GPU, chat and reasoning)', () => {
    const uneven: string[] = []
    let priced = 0
    for (const model of MODELS)
      for (const hardware of ACCELERATORS.filter(
        (h) => h.family !== 'aws-neuron' && h.family !== 'sram-dataflow',
      ))
        for (const workload of ['chat', 'reasoning'] as const) {
          const r = runScenario({ model: model.id, hardware: hardware.id, workload })
          if (!r.ok) continue
          priced++
          const d = r.result.deployment
          const kv = model.attention === 'mla' ? 1 : model.kvHeads
          if (d.attentionParallelism !== 'data' && !even(model.heads, kv, d.tensorParallel))
            uneven.push(`${model.id} on ${hardware.id} (${workload}): ${d.label}`)
        }
    expect(priced).toBeGreaterThan(500)
    expect(uneven).toEqual([])
  })

  it('prices Llama 3.1 405B on H100s at a group that divides its 128 heads, not TP48', () => {
    const r = run({ model: 'llama-3.1-405b', hardware: 'h100-sxm' })
    expect(128 % r.deployment.tensorParallel).toBe(0)
  })

  it('keeps data-parallel attention for a mixture of experts where the heads do not split, and says so', () => {
    // DeepSeek-R1 FP4 on GB200 NVL72: 40 accelerators do not divide its 128 heads; its attention runs
    // data-parallel there, and the plan's words say why the other way is not on offer.
    const r = run({
      model: 'deepseek-r1',
      hardware: 'gb200',
      precision: { weights: 'fp4', activations: 'fp4', kvCache: 'fp8' },
      accelerators: 40,
    })
    expect(r.deployment.tensorParallel).toBe(40)
    expect(r.deployment.attentionParallelism).toBe('data')
    expect(r.deployment.why).toContain('128 attention heads do not split evenly over 40')
  })

  it('does not let a sliver of the mixture-of-experts lever bring back uneven groups', () => {
    // At 2 % adoption the layers beside the experts run data-parallel for about 2 % of their work
    // (collectives.ts dataParallelShare): the rest is split by heads, so TP48 is still refused.
    const r = run({
      model: 'llama-3.1-405b',
      hardware: 'h100-sxm',
      levers: { mixtureOfExperts: 0.02 },
    })
    expect(
      splitsHeadsEvenly(params({ model: 'llama-3.1-405b' }), r.deployment.tensorParallel),
    ).toBe(true)
  })

  it('names the key-value heads where only they fail to split (Llama 4 Maverick over 20)', () => {
    // Pinned: two replicas of TP8 cost a few per cent less than one group of 20 here.
    const r = run({
      model: 'llama-4-maverick',
      hardware: 'gb200',
      accelerators: 20,
      deployment: { tensorParallel: 20 },
      workload: 'reasoning',
    })
    expect(r.deployment.why).toContain('8 key-value heads do not split evenly over 20')
    expect(r.deployment.why).not.toContain('40 attention heads do not split')
  })

  it('says which count splits the heads where no group of a fixed count does', () => {
    // Six H100s hold Llama 3.1 405B in FP8 only as TP6, which splits neither its 128 query heads
    // nor its 8 KV heads; before, the message read "does not fit on 0× … its weights take 1 MB".
    const outcome = runScenario({
      model: 'llama-3.1-405b',
      hardware: 'h100-sxm',
      precision: { weights: 'fp8', activations: 'fp8', kvCache: 'fp8' },
      accelerators: 6,
    })
    if (outcome.ok) throw new Error('expected six H100s to be refused')
    expect(outcome.issues).toHaveLength(1)
    expect(outcome.issues[0]!.path).toBe('accelerators')
    expect(outcome.issues[0]!.message).toContain('128 attention heads (8 key-value)')
    expect(outcome.issues[0]!.message).toContain('Use 8 accelerators')
    expect(outcome.issues[0]!.message).not.toMatch(/0×|1 MB/)
  })

  it('pipelines stages of the widest even group where the whole domain splits no heads (NVL72)', () => {
    // A dense model too large for one NVL72: stages of 72 split its 128 heads unevenly, so stages
    // of 64 are the plan a stack runs. Before, auto settled for TP64 alone at 28 % more.
    const model = {
      base: 'llama-3.1-405b',
      layers: 400,
      hiddenSize: 32768,
      intermediateSize: 131072,
    } as const
    const common = {
      model,
      hardware: 'gb200',
      workload: { preset: 'chat', minOutputTokensPerSecondPerUser: 0 },
    } as const
    const auto = run(common)
    const pinned = run({ ...common, deployment: { tensorParallel: 64, pipelineParallel: 3 } })
    expect(auto.deployment.pipelineParallel).toBeGreaterThan(1)
    expect(auto.deployment.tensorParallel).toBe(64)
    expect(auto.costPerMillionTokens.output).toBeLessThanOrEqual(
      pinned.costPerMillionTokens.output * 1.001,
    )
  })

  it('gives a pinned uneven group of a spread mixture of experts the attention a stack can run', () => {
    // Llama 4 Maverick pinned to TP12 on GB200: 12 splits neither its 40 query heads nor its 8 KV
    // heads, so attention runs data-parallel, as the search would run it (before, the pin was priced
    // split by heads, a plan no stack runs, at 25 % less than the runnable one).
    const r = run({
      model: 'llama-4-maverick',
      hardware: 'gb200',
      accelerators: 12,
      deployment: { tensorParallel: 12 },
      workload: 'reasoning',
    })
    expect(r.deployment.attentionParallelism).toBe('data')
    expect(r.warnings.some((w) => w.includes('does not split'))).toBe(false)
    expect(r.deployment.why).toContain('40 attention heads do not split evenly over 12')
  })

  it('prices a plan the user pins as asked, with a warning naming the heads', () => {
    const r = run({ accelerators: 6, deployment: { tensorParallel: 6 } })
    expect(r.deployment.label).toBe('TP6')
    expect(r.warnings.join(' ')).toContain(
      'TP6 does not split Llama 3.3 70B Instruct’s 64 attention heads (8 key-value) evenly',
    )
    // A fixed count of 6 without a pin: the search runs TP4 (with 2 accelerators idle) or smaller.
    const fixed = run({ accelerators: 6 })
    expect(64 % fixed.deployment.tensorParallel).toBe(0)
    expect(fixed.warnings.join(' ')).not.toContain('does not split')
  })
})

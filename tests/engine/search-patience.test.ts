/**
 * The deployment search's patience inside a rack-scale scale-up domain (kernel/search.ts
 * PATIENCE_GROWTH_IN_DOMAIN): a spread mixture of experts with data-parallel attention costs less
 * at 40 accelerators than at 8 on NVL72 and more in between, so a search that stops at four times
 * its best size misses the cheapest plan by up to 10 %. Compared here with every fixed count in the
 * domain, to within 1 % (the 1.1× of issue 13's done-when would pass the miss; the search tries packaging
 * sizes, so DeepSeek-R1 runs on 48 where 47 is 0.7 % cheaper).
 */
import { describe, expect, it } from 'vitest'

import { presetById, runScenario, type ScenarioInput } from '@/engine/index'

const CASES: readonly { label: string; input: ScenarioInput }[] = [
  {
    label: 'Llama 4 Maverick on GB200 at 60 tokens/s per user',
    input: {
      model: 'llama-4-maverick',
      hardware: 'gb200',
      workload: { preset: 'chat', minOutputTokensPerSecondPerUser: 60 },
    },
  },
  {
    label: 'Llama 4 Maverick on GB300, voice',
    input: { model: 'llama-4-maverick', hardware: 'gb300', workload: 'voice' },
  },
  {
    label: 'DeepSeek-R1 FP4 on GB200, chat',
    input: {
      model: 'deepseek-r1',
      hardware: 'gb200',
      precision: { weights: 'fp4', activations: 'fp4', kvCache: 'fp8' },
    },
  },
]

function costOf(input: ScenarioInput): number | null {
  const outcome = runScenario(input)
  if (!outcome.ok || !outcome.result.feasible) return null
  return outcome.result.costPerMillionTokens.output
}

describe('the auto search inside an NVL72 domain', () => {
  it.each(CASES)('$label: auto is the cheapest of every fixed count up to 72', ({ input }) => {
    const auto = runScenario({ ...input, accelerators: 'auto' })
    expect(auto.ok).toBe(true)
    if (!auto.ok) throw new Error('auto did not run')
    const costs = Array.from({ length: 72 }, (_, i) => costOf({ ...input, accelerators: i + 1 }))
    const priced = costs.filter((c): c is number => c !== null)
    expect(priced.length).toBeGreaterThan(10)
    expect(auto.result.costPerMillionTokens.output).toBeLessThanOrEqual(Math.min(...priced) * 1.01)
  })
})

/**
 * Beyond the scale-up domain, candidates that do not price (pipeline stages of eight, which cannot
 * meet a speed target that a wider tensor-parallel group just meets) used to count as worse, and two
 * of them ended the search before the next wider group. Llama 3.1 405B in BF16 at 40 tokens/s per
 * user met the target on sixteen accelerators at one sequence only ($329 per million on H200), where
 * thirty-two meet it at five ($130).
 */
describe('the auto search past the scale-up domain', () => {
  it.each(['h200-sxm', 'mi300x', 'b200'])(
    'Llama 3.1 405B on %s, chat: auto is within 1.1x the cheapest fixed count up to 64',
    (hardware) => {
      const input: ScenarioInput = { model: 'llama-3.1-405b', hardware }
      const auto = costOf({ ...input, accelerators: 'auto' })
      expect(auto).not.toBeNull()
      const costs = Array.from({ length: 64 }, (_, i) => costOf({ ...input, accelerators: i + 1 }))
      const priced = costs.filter((c): c is number => c !== null)
      expect(priced.length).toBeGreaterThan(10)
      expect(auto!).toBeLessThanOrEqual(Math.min(...priced) * 1.1)
    },
  )
})

/**
 * With speculation, each candidate is priced at its best draft length. The patience had followed
 * only those costs: a shorter draft that made the smallest groups a little cheaper, or gave the
 * other attention a price at a small size, spent the patience by sixteen accelerators, before the
 * cost fell again at large groups. Qwen3-235B on Rubin CPX (the architecture-group preset, 2030)
 * came out on TP8 at $21.81 per million where 128 accelerators cost $3.25; Kimi K2 on B200 in 2028
 * on TP8 at $4.38 where 384 cost $2.42 (found by a review, 2026-12-07). The search now also keeps
 * the full draft's patience, and goes on while either has some left.
 */
describe('the auto search with speculation: patience on the full draft too', () => {
  const preset = presetById('group-architecture')
  if (!preset) throw new Error('no architecture-group preset')
  it.each([
    ['qwen3-235b-a22b', 'rubin-cpx', 2030, 128],
    ['kimi-k2', 'b200', 2028, 384],
    ['kimi-k2', 'h200-sxm', 2029, 384],
  ] as const)(
    '%s on %s in %i: auto is no dearer than %i accelerators',
    (model, hardware, year, count) => {
      const input: ScenarioInput = { ...preset.input, model, hardware, year }
      const auto = costOf({ ...input, accelerators: 'auto' })
      const fixed = costOf({ ...input, accelerators: count })
      expect(auto).not.toBeNull()
      expect(fixed).not.toBeNull()
      expect(auto!).toBeLessThanOrEqual(fixed! * 1.02)
    },
  )
})

/**
 * A spread mixture of experts can be cheapest at a group many times the smallest that holds it,
 * with dearer sizes between that the patience does not cross. After it, the search probes a few
 * sizes far beyond the best and resumes from one that beats it. Found by a review of physical
 * invariants (2026-12-07): more memory per chip made these dearer, because the model then fitted on
 * fewer chips and the search stopped there.
 */
describe('the auto search past its patience: far probes', () => {
  it.each([
    ['Kimi K2 on H100 with twice the memory', 'kimi-k2', { base: 'h100-sxm', memoryGB: 160 }, 168],
    [
      'DeepSeek-V3 on H100 with 1.5× the memory',
      'deepseek-v3',
      { base: 'h100-sxm', memoryGB: 120 },
      128,
    ],
    [
      'DeepSeek-V3 on MI325X with twice the scale-up bandwidth',
      'deepseek-v3',
      { base: 'mi325x', scaleUpGBps: 1792 },
      64,
    ],
  ] as const)(
    '%s (reasoning): auto within 1.02× of the wide fixed count',
    (_label, model, hardware, count) => {
      const input: ScenarioInput = { model, hardware, workload: 'reasoning' }
      const auto = costOf(input)
      const fixed = costOf({ ...input, accelerators: count })
      expect(auto).not.toBeNull()
      expect(fixed).not.toBeNull()
      expect(auto!).toBeLessThanOrEqual(fixed! * 1.02)
    },
  )

  it('a chip edit that only adds memory never makes Kimi K2 dearer (it had, 4×)', () => {
    const plain = costOf({ model: 'kimi-k2', hardware: 'h100-sxm', workload: 'reasoning' })
    const more = costOf({
      model: 'kimi-k2',
      hardware: { base: 'h100-sxm', memoryGB: 160 },
      workload: 'reasoning',
    })
    expect(more!).toBeLessThanOrEqual(plain! * 1.01)
  })
})

/**
 * Pipeline stages inside a scale-up domain for a mixture of experts spread wider than its heads
 * split (kernel/search.ts forEachCandidate). Across domains the search tried stages of the widest
 * group that splits the heads; inside one it did not, so growing the domain past such a plan took it
 * away. Found by a review of physical invariants (2026-12-07).
 */
describe('pipeline stages of the head-splitting group inside a scale-up domain', () => {
  const kimiOnV5e = (scaleUp: number): ScenarioInput => ({
    model: 'kimi-k2',
    hardware: 'tpu-v5e',
    year: 2030,
    levers: { scaleUp },
  })

  it('the scale-up lever never makes Kimi K2 on TPU v5e dearer (it had: $5.19 → $6.20)', () => {
    const without = costOf(kimiOnV5e(0))
    const withLever = costOf(kimiOnV5e(1))
    expect(without).not.toBeNull()
    expect(withLever).not.toBeNull()
    expect(withLever!).toBeLessThanOrEqual(without!)
  })

  it('prices each shape once: no runner-up repeats the chosen plan or another (found by a review)', () => {
    for (const accelerators of [512, 768, 1024]) {
      const outcome = runScenario({ ...kimiOnV5e(0), accelerators })
      if (!outcome.ok) throw new Error(`Kimi K2 on ${accelerators} TPU v5e did not run`)
      const d = outcome.result.deployment
      const shapes = [d, ...d.alternatives].map((x) => `${x.tensorParallel}x${x.pipelineParallel}`)
      expect(new Set(shapes).size).toBe(shapes.length)
      expect(d.why).not.toMatch(new RegExp(`runner-up, ${d.label.replace(/[×/]/g, '.')},`))
    }
  })

  it('says stages inside one domain are inside it (it read "spans 2 scale-up domains")', () => {
    const outcome = runScenario(kimiOnV5e(1))
    if (!outcome.ok) throw new Error('Kimi K2 on TPU v5e did not run')
    expect(outcome.result.deployment.why).toMatch(
      /runs as 2 pipeline stages of 64 inside one scale-up domain/,
    )
    expect(outcome.result.deployment.why).not.toContain('spans')
  })

  it('the domain the lever grows holds the plan of two 64-chip stages', () => {
    const outcome = runScenario(kimiOnV5e(1))
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) throw new Error('Kimi K2 on TPU v5e did not run')
    const d = outcome.result.deployment
    expect([d.tensorParallel, d.pipelineParallel]).toEqual([64, 2])
  })
})

describe('pipeline stages across domains that do not fill whole domains', () => {
  // Qwen3-235B's experts need about 2,100 Groq chips. With the network edited to 1,152-chip domains
  // the search tried only whole domains (2,304 chips, $79 per million) and stopped before the stages
  // of 128 that fit in 2,560 ($50), because it visited them by stage count, not by size (a review).
  const groq = (domain: number): ScenarioInput => ({
    model: 'qwen3-235b-a22b',
    hardware: { base: 'groq-lpu', scaleUpDomain: domain },
  })
  const pinned = (domain: number, stages: number): ScenarioInput => ({
    ...groq(domain),
    accelerators: 128 * stages,
    deployment: { tensorParallel: 128, pipelineParallel: stages },
  })

  it('auto is never dearer than twenty stages of 128 (the review’s plan), and within 1.1× of twenty-two', () => {
    // The stage counts past the domain are tried about 1.1× apart (search.ts PIPELINE_STEP), as
    // the packaging sizes inside one are: 17, 19, 21, 24 stages here, so 22 is not tried.
    for (const domain of [576, 1152]) {
      const auto = costOf(groq(domain))
      const twenty = costOf(pinned(domain, 20))
      const twentyTwo = costOf(pinned(domain, 22))
      expect(auto).not.toBeNull()
      expect(twenty).not.toBeNull()
      expect(twentyTwo).not.toBeNull()
      expect(auto!).toBeLessThanOrEqual(twenty! * 1.0001)
      expect(auto!).toBeLessThanOrEqual(twentyTwo! * 1.1)
    }
  })

  it('the plan spans domains without filling them: 1,152-chip domains, stages of 128', () => {
    const outcome = runScenario(groq(1152))
    if (!outcome.ok) throw new Error('Qwen3-235B on Groq did not run')
    const d = outcome.result.deployment
    expect(d.tensorParallel).toBe(128)
    expect((d.tensorParallel * d.pipelineParallel) % 1152).not.toBe(0)
  })
})

describe('tensor parallelism over scale-out at a size whose stages end the patience', () => {
  it('Llama 4 Maverick on Rubin CPX, Conservative preset (33.9-chip domains): auto no dearer than TP99 (it was 6x)', () => {
    const preset = presetById('conservative')
    if (!preset) throw new Error('no conservative preset')
    const input: ScenarioInput = {
      ...preset.input,
      model: 'llama-4-maverick',
      hardware: 'rubin-cpx',
    }
    const auto = costOf(input)
    const tp99 = costOf({ ...input, accelerators: 99, deployment: { tensorParallel: 99 } })
    expect(auto).not.toBeNull()
    expect(tp99).not.toBeNull()
    expect(auto!).toBeLessThanOrEqual(tp99! * 1.0001)
  })
})

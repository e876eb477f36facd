/**
 * Speculative and multi-token decoding at their real cost (issue 13 item 5): the verify work of the
 * drafted tokens and the draft passes are paid for, acceptance falls with the batch as the stack
 * drafts less, and the stack switches it off where it does not pay, so the `multiTokenDecoding`
 * lever never raises the cost per output token.
 */
import { describe, expect, it } from 'vitest'

import {
  ACCELERATORS,
  MODELS,
  PRESETS,
  resolveScenario,
  simulate,
  type ScenarioInput,
  type SimulationResult,
} from '@/engine/index'
import { decodeStepSeconds, largestBatchWithin, prepareDecode } from '@/engine/kernel/decode'
import { computeRoof, memoryRoof } from '@/engine/kernel/replica'
import { P } from '@/engine/params'
import {
  acceptedTokensPerStep,
  draftAcceptanceRate,
  taskAcceptedTokens,
} from '@/engine/physics/speculative'
import { scenarioParams } from '@/engine/simulate'

function run(input: ScenarioInput): SimulationResult | undefined {
  const resolved = resolveScenario(input)
  return resolved.ok ? simulate(resolved.scenario, resolved.warnings) : undefined
}

function withLever(input: ScenarioInput, adoption: number): ScenarioInput {
  return { ...input, levers: { ...input.levers, multiTokenDecoding: adoption } }
}

describe('acceptance (Leviathan et al. 2023, eq. 1)', () => {
  it('gives 1 + α + … + α^k accepted tokens for a k-token draft', () => {
    expect(acceptedTokensPerStep(0.5, 3)).toBeCloseTo(1.875, 12)
    expect(acceptedTokensPerStep(0.9, 1)).toBeCloseTo(1.9, 12)
    expect(acceptedTokensPerStep(0.7, 0)).toBe(1)
  })

  it('recovers the per-token acceptance from accepted and drafted tokens', () => {
    expect(draftAcceptanceRate(1.875, 3)).toBeCloseTo(0.5, 9)
    // DeepSeek-V3's MTP: 85–90 % second-token acceptance on a one-token draft
    expect(draftAcceptanceRate(1.85, 1)).toBeCloseTo(0.85, 9)
  })

  it('inverts the acceptance to machine precision over the whole range, fractional drafts included', () => {
    // Round trip: α → accepted tokens (closed form written out here) → α again, near both ends
    // (where Newton's method could stall or jump to the spurious root at α = 1) and in between.
    for (const drafted of [0.5, 1, 2, 3.7, 7, 15]) {
      for (const alpha of [1e-6, 0.01, 0.3, 0.5, 0.8, 0.95, 0.999]) {
        let accepted = 0
        if (Number.isInteger(drafted)) for (let i = 0; i <= drafted; i++) accepted += alpha ** i
        else accepted = (1 - alpha ** (drafted + 1)) / (1 - alpha)
        const recovered = draftAcceptanceRate(accepted, drafted)
        // Near α = 1 the map is flat (d accepted / dα → k(k+1)/2 but accepted ≈ 1 + k), so α is
        // recoverable only to about machine epsilon over that slope.
        expect(Math.abs(recovered - alpha)).toBeLessThan(alpha > 0.99 ? 1e-7 : 1e-10)
        expect(recovered).toBeLessThan(1)
      }
    }
    expect(draftAcceptanceRate(1, 3)).toBe(0)
    expect(draftAcceptanceRate(4, 3)).toBe(1)
    expect(draftAcceptanceRate(2, 0)).toBe(0)
  })

  it('scales the accepted drafts by task, bounded by the draft', () => {
    expect(taskAcceptedTokens(2, 4, 1.4)).toBeCloseTo(2.4, 12)
    expect(taskAcceptedTokens(3.5, 4, 1.4)).toBe(4)
  })
})

describe('multiTokenDecoding at full adoption never raises the cost', () => {
  const presets = PRESETS.filter((p) => p.input.levers !== undefined)
  const cases = presets.flatMap((preset) =>
    MODELS.flatMap((model) =>
      ACCELERATORS.map((chip) => ({
        label: `${preset.id} · ${model.id} · ${chip.id}`,
        input: { ...preset.input, model: model.id, hardware: chip.id },
      })),
    ),
  )

  it(`over ${cases.length} preset × model × chip scenarios`, () => {
    const raised: string[] = []
    const lostFeasibility: string[] = []
    let compared = 0
    let cheaper = 0
    for (const c of cases) {
      const off = run(withLever(c.input, 0))
      const on = run(withLever(c.input, 1))
      if (!off || !on) continue
      if (off.feasible && !on.feasible) lostFeasibility.push(c.label)
      if (!off.feasible || !on.feasible) continue
      compared++
      const a = on.costPerMillionTokens.output
      const b = off.costPerMillionTokens.output
      if (a > b * (1 + 1e-9)) raised.push(`${c.label}: ${a.toFixed(4)} > ${b.toFixed(4)}`)
      if (a < b * 0.999) cheaper++
    }
    expect(raised).toEqual([])
    expect(lostFeasibility).toEqual([])
    // the grid must exercise the lever: most scenarios compared, and somewhere it pays
    expect(compared).toBeGreaterThan(cases.length / 2)
    expect(cheaper).toBeGreaterThan(0)
  }, 120_000)
})

describe('acceptance falls with the batch', () => {
  // On one plan: the search may move to another group at another batch, and a wider group repeats
  // the residual stream's kernels on every rank (kernel/elementwise.ts), which verifying more tokens
  // multiplies, so across plans the draft length need not fall monotonically.
  const base: ScenarioInput = {
    year: 2030,
    levers: { multiTokenDecoding: 1 },
    accelerators: 4,
    deployment: { tensorParallel: 4 },
  }
  const at = (batch: number): SimulationResult => {
    const result = run({ ...base, workload: { batchSize: batch } })
    if (!result) throw new Error(`batch ${batch} did not resolve`)
    return result
  }
  const batches = [1, 8, 32, 64, 128, 256, 512]
  const results = batches.map(at)

  it('accepts no more tokens per step at a larger batch, and fewer at the largest', () => {
    const accepted = results.map((r) => r.speculative.acceptedTokensPerStep)
    for (let i = 1; i < accepted.length; i++)
      expect(accepted[i]).toBeLessThanOrEqual(accepted[i - 1]!)
    expect(accepted[accepted.length - 1]).toBeLessThan(accepted[0]!)
    expect(results[0]!.speculative.enabled).toBe(true)
    expect(results[results.length - 1]!.speculative.enabled).toBe(false)
    expect(results[results.length - 1]!.speculative.reason).toMatch(/^Off: /)
  })

  it('drafts less before it switches off (a shorter draft at a middle batch)', () => {
    const verified = results.map((r) => r.speculative.verifiedTokensPerStep)
    expect(verified[0]).toBe(4)
    expect(verified.some((v) => v > 1 && v < 4)).toBe(true)
  })
})

describe('at batch 1 on a memory-bound decode it pays', () => {
  const input: ScenarioInput = {
    model: 'llama-3.3-70b',
    hardware: 'h100-sxm',
    accelerators: 4,
    deployment: { tensorParallel: 4 }, // one plan, so only the decoding differs
    year: 2030, // the lever's full availability
    workload: { batchSize: 1 },
  }
  const off = run(withLever(input, 0))
  const on = run(withLever(input, 1))

  it('is memory-bound without it', () => {
    expect(off?.decode.bound).toBe('memory-bandwidth')
  })

  it('runs, accepts 2 of 4 verified tokens per step, and lowers the cost and the time per token', () => {
    expect(on?.speculative).toMatchObject({
      enabled: true,
      acceptedTokensPerStep: 2,
      verifiedTokensPerStep: 4,
    })
    expect(on!.speculative.reason).toMatch(/^On with 3 drafted tokens per step at batch 1/)
    expect(on!.costPerMillionTokens.output).toBeLessThan(off!.costPerMillionTokens.output * 0.7)
    expect(on!.latency.tpotSeconds).toBeLessThan(off!.latency.tpotSeconds * 0.7)
  })

  it('pays for the verify work and the draft passes: short of the ideal 2× speed-up', () => {
    // Two tokens per step for the price of one step would halve the time per token exactly.
    expect(on!.latency.tpotSeconds).toBeGreaterThan(off!.latency.tpotSeconds / 2)
    expect(on!.decode.flops / on!.decode.steps).toBeGreaterThan(
      (4 * off!.decode.flops) / off!.decode.steps,
    )
  })

  it('accepts more on code than on chat (task acceptance)', () => {
    const code = run({ ...withLever(input, 1), workload: { preset: 'coding', batchSize: 1 } })
    const chat = run({ ...withLever(input, 1), workload: { preset: 'chat', batchSize: 1 } })
    expect(code!.speculative.acceptedTokensPerStep).toBeCloseTo(2.4, 9)
    expect(chat!.speculative.acceptedTokensPerStep).toBeCloseTo(2, 9)
    expect(code!.speculative.reason).toContain('(this task accepts 1.4× the drafts chat does)')
    expect(chat!.speculative.reason).not.toContain('this task accepts')
  })

  it('reports none configured without the lever', () => {
    expect(off?.speculative).toEqual({
      enabled: false,
      acceptedTokensPerStep: 1,
      verifiedTokensPerStep: 1,
      reason: 'None configured: one token per decode step.',
    })
  })
})

describe('the batch search with draft passes in the step', () => {
  it.each(['llama-3.3-70b', 'deepseek-v3'])(
    '%s: the largest batch within a step time is what walking every batch finds',
    (model) => {
      const resolved = resolveScenario({ model, year: 2030, levers: { multiTokenDecoding: 1 } })
      if (!resolved.ok) throw new Error(`${model} did not resolve`)
      const p = scenarioParams(resolved.scenario)
      expect(p[P.VERIFY_TOKENS_PER_STEP]).toBe(4)
      const m = prepareDecode(p, 8, computeRoof(p, 8), memoryRoof(p, 8))
      expect(m.draftPasses).toBe(3)
      const cap = 1024
      const step = (b: number): number => decodeStepSeconds(m, b)
      for (const maxStep of [
        step(1) * 0.99,
        step(1),
        step(3),
        step(40) * 1.001,
        step(700),
        step(cap) * 2,
      ]) {
        let walked = 0
        for (let b = 1; b <= cap && step(b) <= maxStep; b++) walked = b
        expect(largestBatchWithin(p, m, cap, maxStep)).toBe(walked)
      }
    },
  )
})

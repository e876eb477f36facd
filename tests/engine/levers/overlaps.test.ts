/**
 * Floors and overlap rules of the levers (docs/levers.md), pinned with hand-computed numbers.
 * Model figures: Llama 3.3 70B, hidden 8192, 80 layers, FFN 28672, 64 query / 8 KV heads:
 * attention matrices 80 × (2 × 8192² + 2 × 8192 × 1024) = 12,079,595,520 parameters,
 * FFN 80 × 3 × 8192 × 28672 = 56,371,445,760 parameters (704,643,072 per layer).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { analyze } from '@/engine/analysis/analyze'
import { ACCELERATORS, resolveScenario, type Scenario, type ScenarioInput } from '@/engine/index'
import { applyCompiled, applyLevers, compileLever } from '@/engine/levers/apply'
import { LEVERS } from '@/engine/levers/catalog'
import { LEVER_IDS, type LeverId } from '@/engine/levers/ids'
import {
  distillationLogAfterOverlap,
  overlapRows,
  remainingLogGain,
} from '@/engine/levers/overlaps'
import { packScenario } from '@/engine/pack'
import { P } from '@/engine/params'
import { mathPeakFlops, minActivationBits } from '@/engine/physics/precision'
import { presetById } from '@/engine/presets/presets'
import { simulate } from '@/engine/simulate'

function scenarioOf(input: ScenarioInput): Scenario {
  const r = resolveScenario(input)
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '))
  return r.scenario
}

/** Packed parameters of `input` before and after its levers. */
function paramsOf(input: ScenarioInput): { base: Float64Array; after: Float64Array } {
  const s = scenarioOf(input)
  const base = packScenario(s)
  const after = base.slice()
  applyLevers(after, s.levers, s.year, s.assumptions)
  return { base, after }
}

const FP4_ALL = { weights: 'fp4', activations: 'fp4', kvCache: 'fp4' } as const

describe('number-format floors', () => {
  it('keeps FP4 weights, activations and KV cache at 4 bits on a B200 (the review scenario ended at 1 bit)', () => {
    const { after } = paramsOf({
      hardware: 'b200',
      precision: FP4_ALL,
      year: 2030,
      levers: { modelOptimization: 1 },
    })
    expect(after[P.WEIGHT_BITS]).toBe(4)
    expect(after[P.ACTIVATION_BITS]).toBe(4)
    expect(after[P.KV_BITS]).toBe(4)
  })

  it('takes BF16 on an H100 to 4-bit weights and KV but 8-bit activations (no FP4 math)', () => {
    // Article set: 16 × 0.25 = 4 bits for each; the H100 computes in 8 bits at the narrowest.
    const { after } = paramsOf({ year: 2030, levers: { modelOptimization: 1 } })
    expect(after[P.WEIGHT_BITS]).toBe(4)
    expect(after[P.KV_BITS]).toBe(4)
    expect(after[P.ACTIVATION_BITS]).toBe(8)
  })

  it('takes BF16 activations on a B200 to 4 bits (it has FP4 math)', () => {
    const { after } = paramsOf({ hardware: 'b200', year: 2030, levers: { modelOptimization: 1 } })
    expect(after[P.ACTIVATION_BITS]).toBe(4)
  })

  it('does not raise a width the scenario set below the floor itself', () => {
    const { after } = paramsOf({ precision: FP4_ALL, year: 2030, levers: { modelOptimization: 1 } })
    expect(after[P.ACTIVATION_BITS]).toBe(4)
  })

  it('is applied by the compiled path too (what the analyses use)', () => {
    const s = scenarioOf({ hardware: 'b200', precision: FP4_ALL, year: 2030 })
    const base = packScenario(s)
    const params = base.slice()
    const adoptions = LEVERS.map((l) => (l.id === 'modelOptimization' ? 1 : 0))
    applyCompiled(
      params,
      LEVERS.map((l, i) => (adoptions[i] === 1 ? compileLever(l, 'article', base) : [])),
      adoptions,
    )
    expect(params[P.WEIGHT_BITS]).toBe(4)
    expect(params[P.ACTIVATION_BITS]).toBe(4)
    expect(params[P.KV_BITS]).toBe(4)
  })

  it('decides the activation floor from the chip: 4 with FP4 math, 8 without', () => {
    expect(minActivationBits(4.5e15, 9e15)).toBe(4) // B200 dense FP8 / FP4
    expect(minActivationBits(1.979e15, 1.979e15)).toBe(8) // H100: FP8 peak in the FP4 slot
  })

  it('runs 4-bit math on an H100 at its FP8 peak (the lowest format the chip has)', () => {
    const { base } = paramsOf({ precision: FP4_ALL })
    const peak = mathPeakFlops(
      4,
      base[P.PEAK_16_FLOPS]!,
      base[P.PEAK_8_FLOPS]!,
      base[P.PEAK_4_FLOPS]!,
    )
    expect(peak).toBeCloseTo(1978.9e12, -6) // H100 SXM dense FP8, 1,978.9 TFLOP/s
  })
})

describe('no format below 4 bits anywhere (issue 12, done-when)', () => {
  it('holds over every chip × both sets × 2026–2030 × {no levers, all at 1, Conservative}', () => {
    const allOn = Object.fromEntries(LEVER_IDS.map((id) => [id, 1])) as Partial<
      Record<LeverId, number>
    >
    const conservative = presetById('conservative')!.input.levers ?? {}
    const failures: string[] = []
    let checked = 0
    for (const hw of ACCELERATORS)
      for (const assumptions of ['article', 'evidence'] as const)
        for (const year of [2026, 2027, 2028, 2029, 2030])
          for (const levers of [{}, allOn, conservative]) {
            const { after } = paramsOf({
              hardware: hw.id,
              precision: FP4_ALL,
              assumptions,
              year,
              levers,
            })
            checked++
            for (const i of [P.WEIGHT_BITS, P.ACTIVATION_BITS, P.KV_BITS])
              if (!(after[i]! >= 4)) failures.push(`${hw.id} ${assumptions} ${year}: ${after[i]}`)
            if (after.some((v) => Number.isNaN(v))) failures.push(`${hw.id} ${year}: NaN`)
          }
    expect(failures).toEqual([])
    expect(checked).toBe(ACCELERATORS.length * 2 * 5 * 3)
  })
})

describe('rule 1: one frontier for one quantity', () => {
  it('combines advanced packaging and HBM bandwidth as a Euclidean norm of log-gains', () => {
    // Evidence set, 2030 (availability 1 for both): packaging 1.6×, HBM 2.6× on an H100 (HBM3).
    // exp(sqrt(ln 1.6² + ln 2.6²)) = exp(sqrt(0.22090 + 0.91297)) = exp(1.06484) = 2.9004.
    const { base, after } = paramsOf({
      year: 2030,
      assumptions: 'evidence',
      levers: { advancedPackaging: 1, hbm: 1 },
    })
    expect(after[P.MEMORY_BANDWIDTH_BPS]! / base[P.MEMORY_BANDWIDTH_BPS]!).toBeCloseTo(2.9004, 3)
  })
})

describe('rule 2: cost lines multiply', () => {
  it('multiplies advanced nodes’ dearer wafers by chiplets’ cheaper dies', () => {
    // 1.6 × 0.7 = 1.12.
    const { base, after } = paramsOf({ year: 2030, levers: { advancedNodes: 1, chiplets: 1 } })
    expect(after[P.CAPEX_LOGIC_USD]! / base[P.CAPEX_LOGIC_USD]!).toBeCloseTo(1.12, 10)
  })
})

describe('rule 3: shares add up to their cap', () => {
  it('adds memory pooling’s and the inference engine’s prefix-cache hits', () => {
    // 0.3 (reference) + 0.08 + 0.2 = 0.58, below the 0.95 cap.
    const { after } = paramsOf({ year: 2030, levers: { memoryPooling: 1, inferenceEngine: 1 } })
    expect(after[P.PREFIX_HIT_RATE]).toBeCloseTo(0.58, 12)
  })
})

describe('rule 4: mixture of experts × distillation', () => {
  it('keeps only the part of distillation that MoE has not already taken (hand-computed)', () => {
    // Active linear parameters: 12,079,595,520 + 56,371,445,760 = 68,451,041,280 dense;
    // with MoE (top-2 of 8 experts, each 0.7 / 8 of the dense FFN):
    // 12,079,595,520 + 2 × 0.0875 × 56,371,445,760 = 21,944,598,528.
    // g_moe = ln(21,944,598,528 / 68,451,041,280) = −1.137629; g_distil = ln 0.35 = −1.049822.
    // Combined −sqrt(1.137629² + 1.049822²) = −1.547983; distillation keeps −0.410354 → × 0.66339.
    const { after } = paramsOf({
      year: 2030,
      levers: { modelOptimization: 1, mixtureOfExperts: 1 },
    })
    expect(after[P.PARAM_SCALE]).toBeCloseTo(0.66339, 4)
    expect(after[P.EXPERTS_PER_TOKEN]).toBe(2)
  })

  it('leaves distillation whole when MoE is off, and MoE whole when distillation is off', () => {
    expect(paramsOf({ year: 2030, levers: { modelOptimization: 1 } }).after[P.PARAM_SCALE]).toBe(
      0.35,
    )
    const moeOnly = paramsOf({ year: 2030, levers: { mixtureOfExperts: 1 } }).after
    expect(moeOnly[P.PARAM_SCALE]).toBe(1)
    expect(moeOnly[P.EXPERT_PARAMS]).toBeCloseTo(704_643_072 * 0.0875, 0)
  })

  it('combines the two reductions as one frontier (scalar rule)', () => {
    // distil −3, structural −4: combined −5, so distillation keeps −1.
    expect(distillationLogAfterOverlap(-3, -4)).toBeCloseTo(-1, 12)
    expect(distillationLogAfterOverlap(-3, 0)).toBe(-3)
  })

  // 212× and 140× since issue 13 item 5 (multi-token decoding is switched off at these batches
  // instead of raising the cost 24 %; it was 173× and 109×) and BF16 collectives; 216× and 143×
  // since DRAM capacity is read in GiB and a tuned stack gives the KV cache 90 % of the memory the
  // weights leave (TensorRT-LLM), with the derates refitted on both; 222× and 146× since attention
  // runs in its own format (never below 8 bits) and the refit moved the step overhead to 1 ms,
  // which makes the 2026 baseline dearer; 209× and 144× since the linear layers pay the share of
  // their shorter roof a real GEMM leaves exposed (physics/roofline.ts; the refit took it at 1,
  // with a 0.2 ms step overhead): the 2026 baseline, memory-bound, pays its math on top; 211× and
  // 143× since the fit reads TensorRT-LLM's published runs as the finite runs they were (the last,
  // smaller round of requests counts; validation/evaluate.ts) and took the loss at 0.75 with a
  // 0.5 ms step overhead; 206× since a mixture of experts pays its dispatch and combine kernels
  // (kernel/dispatch.ts; without MoE, 143× as before); 208× and 144× since the fitting set gained
  // MLPerf's Llama 3.1 8B runs and the refit took the loss at 0.5 with a 0.3 ms step overhead; 204×
  // and 142× since MLPerf's requests vary in length (workload.outputLengthCv: running sequences are
  // further into their answers) and the refit took the loss back to 0.75; 205× and 143× since the
  // chat workload's answers vary as OpenOrca's do (outputLengthCv 0.79); 193× and 137× since memory
  // energy per bit is fitted to our H200's measured decode power (validation/fit-energy.ts): power
  // is a larger share of the cheaper 2030 chip's cost, and its decode now nears the power limit;
  // 209× and 149× since a forward pass pays a fixed time at each kernel boundary (physics/kernels.ts:
  // the 2026 baseline's small steps pay it in full, the compiler-stack lever removes part of it) and
  // the refit took the step overhead to 1 ms, the overlap loss to 0.5 and the memory energy per bit
  // to 1.37× its table; 222× and 161× since the residual stream's add + norm and the logits are
  // counted between the GEMMs (kernel/elementwise.ts): the 2026 baseline runs TP8, where every rank
  // normalises every token, so it pays them eight times over (its cost rises 7 %), the lever-built
  // 2030 chip serves the model on one accelerator; and the refit moved Blackwell's compute derate
  // to 0.5; 219× and 163× since quantized checkpoints' BF16 LM head and embedding table are counted
  // and the table is no longer streamed (kernel/replica.ts headBits): the refit lowered the memory
  // derates (Hopper 0.8 → 0.75, Blackwell 0.55 → 0.5).
  it('brings the Article fold on the reference to about 219× (302× before; about 163× without MoE)', () => {
    const all = Object.fromEntries(
      LEVER_IDS.filter((id) => id !== 'designLag').map((id) => [id, 1]),
    ) as Partial<Record<LeverId, number>>
    const cost = (input: ScenarioInput): number =>
      simulate(scenarioOf(input)).costPerMillionTokens.output
    const reference = cost({ year: 2026 })
    expect(reference / cost({ year: 2030, levers: all })).toBeCloseTo(219.4, 0)
    expect(reference / cost({ year: 2030, levers: { ...all, mixtureOfExperts: 0 } })).toBeCloseTo(
      162.8,
      0,
    )
  })
})

describe('rule 5: the HBM lever on a part that already has HBM4', () => {
  it('keeps only what is left beyond HBM4 on Rubin (hand-computed)', () => {
    // Bandwidth 2.6 / (2.0 / 1.2) = 1.56; capacity 3 / 1 = 3; pJ/bit 0.6 / (5.5 / 8.5) = 0.92727;
    // memory capex 2 / 2 = 1.
    const { base, after } = paramsOf({ hardware: 'rubin', year: 2030, levers: { hbm: 1 } })
    const ratio = (i: number): number => after[i]! / base[i]!
    expect(ratio(P.MEMORY_BANDWIDTH_BPS)).toBeCloseTo(1.56, 10)
    expect(ratio(P.MEMORY_BYTES)).toBeCloseTo(3, 10)
    expect(ratio(P.MEMORY_PJ_PER_BIT)).toBeCloseTo(0.92727, 5)
    expect(ratio(P.CAPEX_MEMORY_USD)).toBeCloseTo(1, 10)
  })

  it('gives an HBM3 part the full gain', () => {
    const { base, after } = paramsOf({ year: 2030, levers: { hbm: 1 } })
    expect(after[P.MEMORY_BANDWIDTH_BPS]! / base[P.MEMORY_BANDWIDTH_BPS]!).toBeCloseTo(2.6, 10)
    expect(after[P.CAPEX_MEMORY_USD]! / base[P.CAPEX_MEMORY_USD]!).toBeCloseTo(2, 10)
  })

  it('does not act on a part without HBM (Groq LPU, SRAM)', () => {
    const { base, after } = paramsOf({ hardware: 'groq-lpu', year: 2030, levers: { hbm: 1 } })
    expect(after[P.MEMORY_BANDWIDTH_BPS]).toBe(base[P.MEMORY_BANDWIDTH_BPS])
    expect(after[P.MEMORY_BYTES]).toBe(base[P.MEMORY_BYTES])
  })

  it('never turns a gain into a loss (scalar rule)', () => {
    expect(remainingLogGain(Math.log(1.5), Math.log(2))).toBe(0)
    expect(remainingLogGain(Math.log(4), Math.log(2))).toBeCloseTo(Math.log(2), 12)
    expect(remainingLogGain(Math.log(0.5), Math.log(0.8))).toBeCloseTo(Math.log(0.625), 12)
  })
})

describe('attribution under the overlap rules', () => {
  const sum = (values: Readonly<Partial<Record<LeverId, number>>>): number =>
    Object.values(values).reduce((a, b) => a + (b ?? 0), 0)
  const cases: readonly (readonly [string, ScenarioInput])[] = [
    [
      'floors: B200 FP4 with model optimization and MoE',
      {
        hardware: 'b200',
        precision: FP4_ALL,
        year: 2030,
        levers: { modelOptimization: 1, mixtureOfExperts: 1, compilerStack: 0.5 },
      },
    ],
    [
      'headstart: Rubin with HBM, packaging and PIM',
      {
        hardware: 'rubin',
        year: 2030,
        levers: { hbm: 1, advancedPackaging: 1, processingInMemory: 0.6, modelOptimization: 0.5 },
      },
    ],
  ]
  it.each(cases)(
    '%s: shares sum to the total, and the total is what simulate gives',
    (_l, input) => {
      const a = analyze(scenarioOf(input), { parts: ['attribution'] }).attribution!
      const cost = (levers: ScenarioInput['levers']): number =>
        Math.log(simulate(scenarioOf({ ...input, levers })).costPerMillionTokens.output)
      expect(Math.abs(sum(a.cost) - a.totalCost)).toBeLessThan(1e-9)
      expect(Math.abs(a.totalCost - (cost(input.levers) - cost({})))).toBeLessThan(1e-9)
      expect(a.totalCost).toBeLessThan(0)
    },
  )
})

describe('the overlap table in docs/levers.md', () => {
  // Prettier pads table cells: compare with runs of spaces collapsed.
  const doc = readFileSync(resolve(__dirname, '../../../docs/levers.md'), 'utf8').replace(
    / +/g,
    ' ',
  )
  const line = (r: ReturnType<typeof overlapRows>[number]): string =>
    `| \`${r.a}\` | ${r.b === 'hardware' ? 'an HBM4 part' : `\`${r.b}\``} | ${r.quantities
      .map((q) => (q.includes(' ') ? q : `\`${q}\``))
      .join(', ')} | ${r.rule} |`

  it('lists every overlapping pair with its rule', () => {
    const missing = overlapRows()
      .map(line)
      .filter((l) => !doc.includes(l))
    expect(missing).toEqual([])
  })

  it('covers the pairs the review named', () => {
    const rows = overlapRows()
    const has = (a: string, b: string, rule: string): boolean =>
      rows.some((r) => r.a === a && r.b === b && r.rule === rule)
    expect(has('modelOptimization', 'mixtureOfExperts', 'active-parameters')).toBe(true)
    expect(has('hbm', 'hardware', 'hbm-headstart')).toBe(true)
    expect(has('advancedPackaging', 'hbm', 'frontier')).toBe(true)
  })
})

describe('power-raising levers', () => {
  const powerEffects = LEVERS.flatMap((lever) =>
    lever.effects
      .filter((e) => e.param === 'TDP_W' || e.param === 'STATIC_W')
      .map((e) => ({ id: `${lever.id}.${e.param}`, effect: e })),
  )
  const raising = powerEffects.filter(
    ({ effect }) => Math.max(...effect.ranges.article, ...effect.ranges.evidence) > 1,
  )

  it('every effect that raises the power limit or static power carries its own source and grade', () => {
    const unsourced = raising.filter(
      ({ effect }) => !effect.evidence?.source || !effect.evidence.grade,
    )
    expect(unsourced.map((r) => r.id)).toEqual([])
  })

  it('today no lever raises them: advanced nodes only lowers static power', () => {
    expect(raising.map((r) => r.id)).toEqual([])
    expect(powerEffects.map((r) => r.id)).toEqual(['advancedNodes.STATIC_W'])
  })
})

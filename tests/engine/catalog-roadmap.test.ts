/**
 * The roadmap catalogue (issue 12 item 3), native formats as the default precision (item 4) and
 * context windows (issue 13 item 6). Expected values are written out from the vendors' and model
 * publishers' figures cited in the catalogue, never read back from the code under test.
 */
import { describe, expect, it } from 'vitest'

import {
  runScenario,
  ACCELERATORS,
  acceleratorById,
  MODELS,
  modelById,
  resolveScenario,
  roadmapParts,
  simulate,
} from '@/engine/index'

/** Every numeric leaf that is NaN, as dotted paths. */
function nanPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isNaN(value) ? [path] : []
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => nanPaths(v, `${path}.${k}`))
  return []
}

const ISSUE_12_PARTS = [
  'gb300', // B300 / GB300 NVL72
  'rubin', // Vera Rubin (NVL144 in GTC 2025 naming)
  'rubin-cpx',
  'rubin-ultra',
  'mi355x',
  'mi455x', // MI400 / MI450 series
  'tpu-v7-ironwood',
  'tpu-8i', // Ironwood's announced successor
  'trainium3',
  'gaudi3',
  'cerebras-wse3',
  'sn40l',
]

describe('roadmap parts', () => {
  it.each(ISSUE_12_PARTS)('%s is in the catalogue with a cited volume year', (id) => {
    const part = acceleratorById(id)
    expect(part).toBeDefined()
    expect(part?.volumeYear).toBeGreaterThanOrEqual(2024)
    expect(part?.volumeYear).toBeLessThanOrEqual(2028)
    expect(part?.sources.volumeYear?.source.length).toBeGreaterThan(10)
  })

  it('gives every accelerator a whole volume year no later than 2028', () => {
    const bad = ACCELERATORS.filter((a) => !Number.isInteger(a.volumeYear) || a.volumeYear > 2028)
    expect(bad.map((a) => a.id)).toEqual([])
  })

  it('marks parts not shipping before 2027 as projected', () => {
    const late = ACCELERATORS.filter((a) => a.volumeYear >= 2027)
    expect(late.length).toBeGreaterThan(0)
    expect(late.filter((a) => !a.projected).map((a) => a.id)).toEqual([])
  })

  it('explains every grade-L number with a basis', () => {
    const bare = ACCELERATORS.flatMap((part) =>
      Object.entries(part.sources)
        .filter(([, c]) => c.grade === 'L' && `${c.source} ${c.note ?? ''}`.length <= 30)
        .map(([field]) => `${part.id}.${field}`),
    )
    expect(bare).toEqual([])
  })

  it('lists the parts shipping in volume by a year, from 2024 on, oldest first', () => {
    const ids = (year: number) => roadmapParts(year).map((p) => p.id)
    expect(ids(2023)).toEqual([])
    expect(ids(2024)).toEqual(
      expect.arrayContaining(['gaudi3', 'cerebras-wse3', 'sn40l', 'h200-sxm', 'mi300x']),
    )
    expect(ids(2024)).not.toContain('b200')
    expect(ids(2025)).toEqual(expect.arrayContaining(['b200', 'gb200', 'gb300', 'mi355x']))
    expect(ids(2025)).not.toContain('rubin')
    expect(ids(2025)).not.toContain('h100-sxm') // installed base, not roadmap
    expect(ids(2026)).toEqual(
      expect.arrayContaining(['rubin', 'mi455x', 'tpu-v7-ironwood', 'trainium3']),
    )
    expect(ids(2026)).not.toContain('rubin-ultra')
    expect(ids(2027)).toEqual(expect.arrayContaining(['rubin-ultra', 'rubin-cpx', 'tpu-8i']))
    const years = roadmapParts(2030).map((p) => p.volumeYear)
    expect(years).toEqual([...years].sort((a, b) => a - b))
  })

  it('takes the published per-chip figures', () => {
    // GB300: 15 PF dense NVFP4, 8 TB/s, 1.4 kW (NVIDIA, via verda.com / glennklockwood.com).
    expect(acceleratorById('gb300')).toMatchObject({
      peakTflops: { fp4: 15000, fp8: 5000 },
      memoryBandwidthTBps: 8,
      tdpW: 1400,
      scaleUpDomain: 72,
    })
    // MI455X: 432 GB HBM4 at 19.6 TB/s, 40 PF FP4 (AMD). DRAM "GB" are binary: 432 GiB in 1e9 bytes.
    expect(acceleratorById('mi455x')).toMatchObject({
      memoryGB: (432 * 2 ** 30) / 1e9,
      memoryBandwidthTBps: 19.6,
      peakTflops: { fp4: 40000 },
    })
    // Trainium3: 2,517 MXFP8 TFLOPS, 144 GB (GiB), 4.9 TB/s, 144-chip UltraServer (AWS).
    expect(acceleratorById('trainium3')).toMatchObject({
      peakTflops: { fp8: 2517, fp16: 671 },
      memoryGB: (144 * 2 ** 30) / 1e9,
      memoryBandwidthTBps: 4.9,
      scaleUpDomain: 144,
    })
    // Cerebras WSE-3: 44 GB SRAM at 21 PB/s.
    expect(acceleratorById('cerebras-wse3')).toMatchObject({
      memoryGB: 44,
      memoryBandwidthTBps: 21000,
      memoryKind: 'SRAM',
    })
  })
})

describe('every catalogue part runs the 2026 models', () => {
  const models = ['llama-3.3-70b', 'deepseek-v3', 'qwen3-32b', 'gpt-oss-120b', 'kimi-k2']
  const cases = ACCELERATORS.flatMap((a) => models.map((m) => [a.id, m] as const))
  /** What is wrong with one result: NaN fields or a non-positive cost when feasible, an unclear
   * message when not. Empty when the result is acceptable. */
  function problems(result: ReturnType<typeof simulate>): string[] {
    if (!result.feasible) {
      const text = result.issues.map((i) => i.message).join(' ')
      return /does not fit/.test(text) ? [] : [`infeasible without a does-not-fit message: ${text}`]
    }
    const cost = result.costPerMillionTokens.output
    return [
      ...nanPaths(result).map((path) => `NaN at ${path}`),
      ...(cost > 0 && Number.isFinite(cost) ? [] : [`cost ${cost}`]),
      ...(result.throughput.outputTokensPerSecond > 0 ? [] : ['no throughput']),
    ]
  }
  it.each(cases)(
    '%s × %s: feasible with finite numbers, or a clear does-not-fit issue',
    (hw, model) => {
      const resolved = resolveScenario({ hardware: hw, model })
      if (!resolved.ok) throw new Error(resolved.issues.map((i) => i.message).join('; '))
      expect(problems(simulate(resolved.scenario, resolved.warnings))).toEqual([])
    },
  )

  it('finds both outcomes in the matrix: a 1T model needs pipeline stages across Groq networks', () => {
    const resolved = resolveScenario({ hardware: 'groq-lpu', model: 'kimi-k2' })
    if (!resolved.ok) throw new Error('kimi-k2 on groq-lpu did not resolve')
    const result = simulate(resolved.scenario, resolved.warnings)
    // ~1 TB of FP8 weights in 230 MB of SRAM per chip: more than one 576-chip network.
    expect(result.deployment.acceleratorsPerReplica).toBeGreaterThan(4096)
    expect(result.deployment.pipelineParallel).toBeGreaterThan(1)
    expect(problems(result)).toEqual([])
    const tooFew = runScenario({ hardware: 'groq-lpu', model: 'kimi-k2', accelerators: 4096 })
    expect(tooFew.ok ? 'fits' : tooFew.issues[0]?.message).toMatch(/does not fit/)
  })
})

describe('2026 models', () => {
  it.each([
    ['qwen3-32b', 32768, 'bf16', 'bf16'],
    ['qwen3-235b-a22b', 262144, 'bf16', 'bf16'],
    ['kimi-k2', 262144, 'fp8', 'fp8'],
    ['llama-4-scout', 10485760, 'bf16', 'bf16'],
    ['llama-4-maverick', 1048576, 'bf16', 'bf16'],
    ['deepseek-v3.2', 131072, 'fp8', 'fp8'],
  ] as const)('%s: %i-token context, ships in %s weights / %s math', (id, context, w, a) => {
    const model = modelById(id)
    expect(model?.contextTokens).toBe(context)
    expect(model?.nativePrecision.weights).toBe(w)
    expect(model?.nativePrecision.activations).toBe(a)
  })

  it('gives every model a cited context window and native format', () => {
    const missing = MODELS.filter(
      (m) =>
        !(m.contextTokens >= 4096) ||
        !((m.sources.contextTokens?.source.length ?? 0) > 10) ||
        !((m.sources.nativePrecision?.source.length ?? 0) > 10),
    )
    expect(missing.map((m) => m.id)).toEqual([])
  })
})

describe('default precision is the format the model ships in', () => {
  function precisionOf(input: unknown) {
    const r = resolveScenario(input)
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '))
    return { precision: r.scenario.precision, warnings: r.warnings }
  }

  it('DeepSeek-V3 defaults to FP8 weights and math, with its BF16 latent cache', () => {
    expect(precisionOf({ model: 'deepseek-v3' }).precision).toEqual({
      weights: 'fp8',
      activations: 'fp8',
      kvCache: 'bf16',
    })
  })

  it('gpt-oss-120b defaults to 4-bit (MXFP4) weights with BF16 math', () => {
    expect(precisionOf({ model: 'gpt-oss-120b' }).precision).toEqual({
      weights: 'fp4',
      activations: 'bf16',
      kvCache: 'bf16',
    })
  })

  it('a BF16 model (the reference Llama 3.3 70B) stays BF16 with no warning', () => {
    const { precision, warnings } = precisionOf({})
    expect(precision).toEqual({ weights: 'bf16', activations: 'bf16', kvCache: 'bf16' })
    expect(warnings).toEqual([])
  })

  it('on an A100 (no FP8 math) DeepSeek-V3 keeps FP8 weights, runs BF16 math, and says so', () => {
    const { precision, warnings } = precisionOf({ model: 'deepseek-v3', hardware: 'a100-80gb' })
    expect(precision).toEqual({ weights: 'fp8', activations: 'bf16', kvCache: 'bf16' })
    expect(warnings.join(' ')).toMatch(/DeepSeek-V3 ships in FP8.*A100.*no FP8 math/)
  })

  it('a format the user sets wins, field by field, and suppresses the fall-back note', () => {
    expect(precisionOf({ model: 'deepseek-v3', precision: { weights: 'bf16' } }).precision).toEqual(
      { weights: 'bf16', activations: 'fp8', kvCache: 'bf16' },
    )
    const chosen = precisionOf({
      model: 'deepseek-v3',
      hardware: 'a100-80gb',
      precision: { activations: 'bf16' },
    })
    expect(chosen.warnings.join(' ')).not.toMatch(/ships in/)
  })
})

describe('context window', () => {
  it('rejects a prompt plus output beyond the window, naming both numbers', () => {
    const r = resolveScenario({ model: 'llama-2-7b', workload: { inputTokens: 100000 } })
    expect(r.ok).toBe(false)
    if (r.ok) throw new Error('accepted a 100,000-token prompt on a 4,096-token model')
    const issue = r.issues.find((i) => i.path === 'workload.inputTokens')
    expect(issue?.message).toMatch(
      /^A 100,000-token prompt plus 256 output tokens exceeds Llama 2 7B's 4,096-token context window/,
    )
  })

  it('accepts exactly the window and rejects one token more', () => {
    const at = resolveScenario({ model: 'llama-2-7b', workload: { inputTokens: 3840 } })
    const over = resolveScenario({ model: 'llama-2-7b', workload: { inputTokens: 3841 } })
    expect(at.ok).toBe(true)
    expect(over.ok).toBe(false)
  })

  it('lets a customised model widen its window (Qwen3 with YaRN)', () => {
    const plain = resolveScenario({ model: 'qwen3-32b', workload: { inputTokens: 100000 } })
    const yarn = resolveScenario({
      model: { base: 'qwen3-32b', contextTokens: 131072 },
      workload: { inputTokens: 100000 },
    })
    expect(plain.ok).toBe(false)
    expect(yarn.ok).toBe(true)
  })
})

describe('volume year of a customised chip', () => {
  it('reads volumeYear, and the former name year from older links', () => {
    const now = resolveScenario({ hardware: { base: 'h100-sxm', volumeYear: 2027 } })
    const old = resolveScenario({ hardware: { base: 'h100-sxm', year: 2028 } })
    expect(now.ok && now.scenario.hardware.volumeYear).toBe(2027)
    expect(old.ok && old.scenario.hardware.volumeYear).toBe(2028)
  })
})

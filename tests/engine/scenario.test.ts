import { describe, expect, it } from 'vitest'

import { resolveScenario, runScenario } from '@/engine/index'

function issuesOf(input: unknown): string[] {
  const r = resolveScenario(input)
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`)
}

describe('resolveScenario', () => {
  it('an empty input is the 2026 reference scenario', () => {
    const r = resolveScenario({})
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.scenario.model.id).toBe('llama-3.3-70b')
    expect(r.scenario.hardware.id).toBe('h100-sxm')
    expect(r.scenario.year).toBe(2026)
  })

  it('merges a partial nested object field by field', () => {
    const r = resolveScenario({ workload: { batchSize: 1 } })
    if (!r.ok) throw new Error('invalid')
    expect(r.scenario.workload.batchSize).toBe(1)
    expect(r.scenario.workload.inputTokens).toBe(1024)
  })

  it.each([
    [{ workload: { inputTokens: -5 } }, 'workload.inputTokens', '-5'],
    [{ workload: { inputTokens: 1.5 } }, 'workload.inputTokens', '1.5'],
    [{ accelerators: 0 }, 'accelerators', '0'],
    [{ precision: { weights: 'int3' } }, 'precision.weights', 'int3'],
    [{ hardware: 'h1000' }, 'hardware', 'h1000'],
    [{ model: 'gpt-9' }, 'model', 'gpt-9'],
    [{ levers: { warpDrive: 1 } }, 'levers', 'warpDrive'],
    [{ levers: { hbm: 2 } }, 'levers.hbm', '2'],
    [{ year: 2040 }, 'year', '2040'],
    [{ efficiency: { compute: 0 } }, 'efficiency.compute', '0'],
    [{ model: { kvHeads: 7 } }, 'model.kvHeads', '7'],
    [{ inputTokens: 5 }, 'inputTokens', 'inputTokens'],
  ])('rejects %j naming the field and value', (input, path, value) => {
    const issues = issuesOf(input)
    expect(issues.length).toBeGreaterThan(0)
    expect(issues.join('\n')).toContain(path)
    expect(issues.join('\n')).toContain(value)
  })

  it.each([42, 'text', [1, 2], true])(
    'rejects a non-object scenario (%j) without throwing',
    (input) => {
      const r = resolveScenario(input)
      expect(r.ok).toBe(false)
    },
  )

  it("a partial peakTflops keeps the base chip's ratios between formats", () => {
    const base = resolveScenario({})
    const custom = resolveScenario({
      hardware: { name: 'Half an H100', peakTflops: { fp16: 494.5 } },
    })
    expect(base.ok && custom.ok).toBe(true)
    if (!base.ok || !custom.ok) return
    const b = base.scenario.hardware.peakTflops
    const c = custom.scenario.hardware.peakTflops
    expect(c.fp16).toBe(494.5)
    // Every format the input left out is scaled by the same factor as fp16.
    expect(c.fp8 / b.fp8).toBeCloseTo(494.5 / b.fp16, 12)
    expect(c.int8 / b.int8).toBeCloseTo(494.5 / b.fp16, 12)
    // A format the input gives is taken as given.
    const explicit = resolveScenario({ hardware: { peakTflops: { fp16: 494.5, fp8: 1500 } } })
    expect(explicit.ok && explicit.scenario.hardware.peakTflops.fp8).toBe(1500)
  })

  it('writes sizes in a does-not-fit message with thousands separators, as the page does', () => {
    const outcome = runScenario({
      model: 'deepseek-v3',
      precision: { weights: 'bf16' },
      accelerators: 1,
      workload: { inputTokens: 4000 },
    })
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    const message = outcome.issues.find((i) => i.path === 'accelerators')?.message ?? ''
    expect(message).toMatch(/its weights take \d{1,3}(,\d{3})+ GB/)
    expect(message).toMatch(/one 4,\d{3}-token sequence/)
  })

  it('gives a whole-number field one upper bound, its own, whatever the number (1e308 read two)', () => {
    expect(issuesOf({ workload: { inputTokens: 1e308 } })).toEqual([
      'workload.inputTokens: workload.inputTokens must be at most 10000000 (got 1e+308)',
    ])
    // Within the safe integers only its own maximum applies, as before.
    expect(issuesOf({ workload: { inputTokens: 2e7 } })).toEqual([
      'workload.inputTokens: workload.inputTokens must be at most 10000000 (got 20000000)',
    ])
    // Bounds on different fields are all kept.
    expect(issuesOf({ workload: { inputTokens: 1e308, outputTokens: 1e308 } })).toHaveLength(2)
  })

  it('treats null like an empty scenario (the reference)', () => {
    expect(resolveScenario(null).ok).toBe(true)
  })

  it('warns when the hardware has no native 4-bit math', () => {
    const r = resolveScenario({
      precision: { weights: 'fp4', activations: 'fp4' },
      hardware: 'h100-sxm',
    })
    if (!r.ok) throw new Error('invalid')
    expect(r.warnings.join(' ')).toMatch(/no native 4-bit/)
  })

  it('clamps a batch that exceeds capacity and says so', () => {
    const r = runScenario({ workload: { batchSize: 60000 } })
    if (!r.ok) throw new Error('invalid')
    expect(r.result.batchSize).toBe(r.result.batchCapacity)
    expect(r.result.warnings.join(' ')).toMatch(/clamped/)
  })
})

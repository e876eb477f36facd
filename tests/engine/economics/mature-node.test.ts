import { describe, expect, it } from 'vitest'

import { matureNodeComparison } from '@/engine/economics/mature-node'
import { resolveScenario } from '@/engine/index'

describe('mature node vs leading edge', () => {
  const c = matureNodeComparison({}, { mature: 'a100-80gb', leading: 'b200', year: 2030 })
  const get = (id: string) => c.configs.find((x) => x.id === id)

  it('runs the 2 × 2 on 7 nm and leading-edge hardware', () => {
    expect(c.configs).toHaveLength(4)
    expect(c.configs.every((x) => x.feasible)).toBe(true)
    expect(get('mature-optimized')?.processNm).toBe(7)
    expect(get('leading-optimized')?.processNm).toBe(4)
  })

  it('optimized software cuts the cost on both nodes, and the ratios are those of the cells', () => {
    expect(get('mature-optimized')!.usdPerMillionOutputTokens).toBeLessThan(
      get('mature-as-is')!.usdPerMillionOutputTokens,
    )
    expect(get('leading-optimized')!.usdPerMillionOutputTokens).toBeLessThan(
      get('leading-as-is')!.usdPerMillionOutputTokens,
    )
    expect(c.costRatioSameSoftware).toBeCloseTo(
      get('mature-optimized')!.usdPerMillionOutputTokens /
        get('leading-optimized')!.usdPerMillionOutputTokens,
      12,
    )
    expect(c.costRatioVsUnoptimizedLeading).toBeCloseTo(
      get('mature-optimized')!.usdPerMillionOutputTokens /
        get('leading-as-is')!.usdPerMillionOutputTokens,
      12,
    )
  })

  it('names the binding constraints, from the physics and from context', () => {
    const ids = c.constraints.map((k) => k.id)
    expect(ids).toContain('energy')
    expect(ids).toContain('low-precision')
    expect(ids).toContain('supply')
    expect(ids).toContain('software')
    expect(c.constraints.find((k) => k.id === 'energy')?.basis).toBe('model')
  })

  it('the preset is a valid scenario with the software levers on', () => {
    const r = resolveScenario(c.presetInput)
    expect(r.ok).toBe(true)
    expect(c.presetInput.levers).toEqual({
      modelOptimization: 1,
      inferenceEngine: 1,
      compilerStack: 1,
    })
    expect(c.presetInput.year).toBe(2030)
  })

  it('runs the Ascend 910B-class estimate and flags its missing low-precision math', () => {
    const a = matureNodeComparison(
      {},
      { mature: 'ascend-910b-class', leading: 'rubin', year: 2030 },
    )
    const mature = a.configs.find((x) => x.id === 'mature-optimized')
    expect(mature?.feasible).toBe(true)
    expect(mature?.hardwareName).toMatch(/Ascend 910B/)
    expect(mature?.processNm).toBe(7)
    expect(a.constraints.find((k) => k.id === 'supply')?.detail).toMatch(/SMIC/)
    expect(a.constraints.find((k) => k.id === 'low-precision')?.detail).toMatch(
      /No native FP8 or FP4 math/,
    )
  })

  it('a configuration that cannot run still names its chip and process node (it read "a100-80gb (NaN nm)")', () => {
    const unmet = matureNodeComparison(
      { workload: { preset: 'chat', minOutputTokensPerSecondPerUser: 100_000 } },
      { mature: 'a100-80gb', leading: 'b200', year: 2030 },
    )
    const mature = unmet.configs.find((x) => x.id === 'mature-optimized')!
    const leading = unmet.configs.find((x) => x.id === 'leading-optimized')!
    expect(mature.feasible).toBe(false)
    expect(mature.hardwareName).toBe('NVIDIA A100 80GB SXM')
    expect(mature.processNm).toBe(7)
    expect(leading.hardwareName).toBe('NVIDIA B200 (HGX, 1000 W)')
    expect(leading.processNm).toBe(4)
  })
})

import { describe, expect, it } from 'vitest'

import { LEVER_IDS, PRESETS, presetById, resolveScenario, runScenario } from '@/engine/index'
import { LEVER_GROUPS } from '@/engine/levers/ids'

const TECHNOLOGY_LEVERS = LEVER_IDS.filter((id) => id !== 'designLag')

describe('PRESETS', () => {
  it('has unique ids, names and a description for every preset', () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length)
    expect(new Set(PRESETS.map((p) => p.name)).size).toBe(PRESETS.length)
    for (const preset of PRESETS) expect(preset.description.length).toBeGreaterThan(20)
  })

  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s resolves to a valid scenario that runs',
    (_id, preset) => {
      const resolved = resolveScenario(preset.input)
      expect(resolved.ok ? [] : resolved.issues).toEqual([])
      const run = runScenario(preset.input)
      expect(run.ok).toBe(true)
      expect(run.ok ? run.result.costPerMillionTokens.output : 0).toBeGreaterThan(0)
    },
  )

  it('starts with the 2026 baseline: no lever on, year 2026', () => {
    const baseline = presetById('baseline-2026')
    expect(PRESETS[0]).toBe(baseline)
    expect(Object.values(baseline?.input.levers ?? {}).filter((v) => (v ?? 0) > 0)).toEqual([])
    expect(baseline?.input.year).toBe(2026)
  })

  it('"Article: all levers" sets all 16 technology levers to 100 %, design lag off, Article set, 2030', () => {
    const preset = presetById('article-all')
    expect(preset?.name).toBe('Article: all levers')
    const levers = preset?.input.levers ?? {}
    expect(TECHNOLOGY_LEVERS).toHaveLength(16)
    expect(TECHNOLOGY_LEVERS.filter((id) => levers[id] !== 1)).toEqual([])
    expect(levers.designLag).toBe(0)
    expect(preset?.input.assumptions).toBe('article')
    expect(preset?.input.year).toBe(2030)
  })

  it('orders the scenario presets from cautious to bold: Conservative < Aggressive < Article in 2030', () => {
    const cost = (id: string): number => {
      const run = runScenario(presetById(id)?.input)
      if (!run.ok) throw new Error(`${id} did not run`)
      return run.result.costPerMillionTokens.output
    }
    expect(presetById('conservative')?.input.assumptions).toBe('evidence')
    expect(presetById('conservative')?.input.levers?.designLag).toBeGreaterThan(0)
    expect(cost('conservative')).toBeGreaterThan(cost('aggressive'))
    expect(cost('aggressive')).toBeGreaterThan(cost('article-all'))
    expect(cost('baseline-2026')).toBeGreaterThan(cost('conservative'))
  })

  it('has one preset per lever group that turns on exactly that group', () => {
    for (const group of ['computeMemory', 'networking', 'software', 'architecture'] as const) {
      const preset = presetById(`group-${group}`)
      expect(preset?.id).toBe(`group-${group}`)
      const on = Object.entries(preset?.input.levers ?? {})
        .filter(([, v]) => (v ?? 0) > 0)
        .map(([id]) => id)
      expect(on.sort()).toEqual(LEVER_GROUPS[group].filter((id) => id !== 'designLag').sort())
    }
  })
})

import { describe, expect, it } from 'vitest'

import {
  LEVER_IDS,
  LEVERS,
  PRESETS,
  presetById,
  resolveScenario,
  runScenario,
} from '@/engine/index'
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

  describe('says truthfully which effect set each lever uses', () => {
    // A lever has its own Article effects only where the catalogue's Article and Evidence ranges differ.
    const ownArticleSizes = (id: string): boolean =>
      LEVERS.find((l) => l.id === id)!.effects.some(
        (e) => JSON.stringify(e.ranges.article) !== JSON.stringify(e.ranges.evidence),
      )
    const shortName = (id: string): string =>
      LEVERS.find((l) => l.id === id)!
        .name.replace(/\s*\(.*\)$/, '')
        .toLowerCase()

    const withLevers = PRESETS.filter((p) => p.id !== 'baseline-2026')
    const leversOn = (input: (typeof PRESETS)[number]['input']) =>
      TECHNOLOGY_LEVERS.filter((id) => (input.levers?.[id] ?? 0) > 0)

    it.each(
      withLevers.filter((p) => p.input.assumptions === 'evidence').map((p) => [p.id, p] as const),
    )('%s (Evidence set) says every lever uses the evidence', (_id, preset) => {
      expect(leversOn(preset.input).length).toBeGreaterThan(0)
      expect(preset.description).toContain('Every lever uses the independent evidence.')
      expect(preset.description).not.toMatch(/article’s own/i)
    })

    it.each(
      withLevers.filter((p) => p.input.assumptions === 'article').map((p) => [p.id, p] as const),
    )('%s (Article set) credits the article only with the levers it sizes', (_id, preset) => {
      const on = leversOn(preset.input)
      const sized = on.filter(ownArticleSizes)
      const rest = on.length - sized.length
      expect(on.length).toBeGreaterThan(0)
      for (const id of sized) expect(preset.description).toContain(shortName(id))
      for (const id of on.filter((x) => !ownArticleSizes(x)))
        expect(preset.description).not.toContain(`own effect sizes for ${shortName(id)}`)
      expect(preset.description).toMatch(
        sized.length === 0
          ? new RegExp(`The article sizes none of (this lever|these ${on.length} levers)`)
          : rest === 0
            ? /The article’s own effect sizes for [^;]+\.$/
            : new RegExp(
                `the independent evidence for the other ${rest}, which the article does not size`,
              ),
      )
    })

    it('the Article preset no longer claims the article’s sizes for all 16 levers', () => {
      const article = presetById('article-all')!
      expect(article.description).not.toContain('with the article’s effect sizes')
      expect(TECHNOLOGY_LEVERS.filter(ownArticleSizes).length).toBeLessThan(16)
    })
  })
})

import { describe, expect, it } from 'vitest'

import { leverById, LEVERS } from '@/engine/index'
import { effectLines, effectRangeText, effectSummary } from '@/features/levers/model/effect-words'
import {
  adoptionText,
  availabilityText,
  groupFold,
  groupFoldText,
  hardwareTraits,
  modelTraits,
  notApplicableReason,
  PANEL_GROUPS,
  SHORT_MECHANISM,
} from '@/features/levers/model/lever-view'

describe('PANEL_GROUPS', () => {
  it('holds every catalogue lever exactly once, design lag alone in the risk group', () => {
    const ids = PANEL_GROUPS.flatMap((g) => g.levers.map((l) => l.id))
    expect(ids.sort()).toEqual(LEVERS.map((l) => l.id).sort())
    expect(PANEL_GROUPS.find((g) => g.id === 'risk')?.levers.map((l) => l.id)).toEqual([
      'designLag',
    ])
    for (const lever of LEVERS) expect(SHORT_MECHANISM[lever.id].length).toBeGreaterThan(10)
  })
})

describe('availabilityText', () => {
  it('names the first year before a lever ships, then the share of its effect, then full effect', () => {
    const pim = leverById('processingInMemory')
    expect(availabilityText(pim, 2026)).toBe('available from 2028')
    expect(availabilityText(pim, 2028)).toBe(
      `in 2028: ${Math.round(pim.availability[2] * 100)} % of full effect`,
    )
    expect(availabilityText(pim, 2030)).toBe('in 2030: full effect')
  })
})

describe('adoptionText', () => {
  it('says the slider value in words', () => {
    expect(adoptionText(0.6, leverById('hbm'))).toBe('60 % adopted')
    expect(adoptionText(0, leverById('hbm'))).toBe('off, 0 % adopted')
    expect(adoptionText(1, leverById('designLag'))).toBe('100 % of the design-lag risk')
  })
})

describe('modelTraits and notApplicableReason', () => {
  it('disables mixture of experts on MoE models and state-space layers on hybrids', () => {
    const moe = leverById('mixtureOfExperts')
    const ssm = leverById('stateSpace')
    const dense = modelTraits('llama-3.3-70b', undefined)
    expect(notApplicableReason(moe, dense)).toBeUndefined()
    expect(notApplicableReason(ssm, dense)).toBeUndefined()
    expect(notApplicableReason(moe, modelTraits('deepseek-r1', undefined))).toMatch(
      /already a mixture-of-experts/,
    )
    expect(notApplicableReason(ssm, modelTraits('jamba-1.5-mini', undefined))).toMatch(
      /already has state-space layers/,
    )
    expect(notApplicableReason(moe, modelTraits(undefined, 'mixtral-8x7b'))).toMatch(/Mixtral/)
    expect(
      notApplicableReason(
        moe,
        modelTraits({ base: 'llama-3.3-70b', experts: 16, expertsPerToken: 2 }, undefined),
      ),
    ).toBeDefined()
    expect(modelTraits('no-such-model', undefined)).toBeUndefined()
  })

  it('disables the HBM lever on hardware without HBM and keeps it on HBM parts', () => {
    const hbm = leverById('hbm')
    const groq = hardwareTraits('groq-lpu', undefined)
    expect(groq?.memoryKind).toBe('SRAM')
    expect(notApplicableReason(hbm, undefined, groq)).toMatch(/SRAM memory, not HBM/)
    expect(notApplicableReason(hbm, undefined, hardwareTraits(undefined, 'rubin'))).toBeUndefined()
    expect(
      notApplicableReason(
        hbm,
        undefined,
        hardwareTraits({ base: 'h100-sxm', memoryKind: 'GDDR6' }, undefined),
      ),
    ).toMatch(/GDDR6/)
  })
})

describe('groupFold', () => {
  it('turns the group’s Shapley Δ ln into a fold, undefined when no lever of the group played', () => {
    const software = PANEL_GROUPS.find((g) => g.id === 'software')!
    expect(
      groupFold(software, { modelOptimization: -1, inferenceEngine: -0.5, hbm: -3 }),
    ).toBeCloseTo(Math.exp(1.5))
    expect(groupFold(software, { hbm: -3 })).toBeUndefined()
    expect(groupFold(software, undefined)).toBeUndefined()
  })

  it('words small group effects as percentages and losses as costlier', () => {
    expect(groupFoldText(13.2)).toBe('13× cheaper')
    expect(groupFoldText(1.04)).toBe('4 % cheaper')
    expect(groupFoldText(1 / 1.3)).toBe('1.3× costlier')
    expect(groupFoldText(1)).toBe('no change')
  })
})

describe('effect words', () => {
  it('states the article and evidence ranges in plain terms', () => {
    const lines = effectLines(leverById('advancedPackaging'))
    const bandwidth = lines.find((l) => l.param === 'MEMORY_BANDWIDTH_BPS')!
    expect(effectSummary(bandwidth)).toBe('memory bandwidth ×6–10 (Article) / ×1.3–2.2 (Evidence)')
    expect(bandwidth.articleBase).toBe('×8')
  })

  it('shows reductions as percentages, smaller change first, and merges peak compute at 16/8/4 bits', () => {
    const silicon = effectLines(leverById('customSilicon'))
    expect(silicon.find((l) => l.param === 'CAPEX_MARGIN_USD')?.article).toBe('−88 to −95 %')
    expect(silicon.filter((l) => l.words === 'peak compute (FLOP/s)')).toHaveLength(1)
    const pooling = effectLines(leverById('memoryPooling'))
    expect(pooling.find((l) => l.param === 'PREFIX_HIT_RATE')?.article).toBe('+3 to +15 points')
  })

  it('writes one range when both sets agree, and each effect once per lever', () => {
    const lines = LEVERS.flatMap((lever) => effectLines(lever))
    for (const line of lines.filter((l) => !l.differs)) {
      expect(effectSummary(line)).toBe(`${line.words} ${line.article}`)
    }
    for (const line of lines) {
      expect(`${line.article} ${line.evidence}`).not.toMatch(/NaN|undefined/)
    }
    const hbm = leverById('hbm')
    expect(effectRangeText(hbm.effects[0]!, hbm.effects[0]!.ranges.article)).toBe('×2–3.2')
  })
})

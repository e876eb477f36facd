/**
 * The article's headline claims (analysis/claims.ts) on the reference workload in 2030. Each
 * cost-type claim is recomputed here through the public runScenario, so the check does not rest on
 * claims.ts's own arithmetic.
 */
import { describe, expect, it } from 'vitest'

import {
  ARTICLE_FOLD_CEILING,
  checkClaims,
  claimVerdict,
  foldCeilingCaveat,
  scenarioClaims,
} from '@/engine/analysis/claims'
import {
  LEVER_IDS,
  presetById,
  runScenario,
  type ScenarioInput,
  type SimulationResult,
} from '@/engine/index'

function engine(input: ScenarioInput): SimulationResult {
  const outcome = runScenario(input)
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
  return outcome.result
}

const claims = checkClaims()
const byId = (id: string) => {
  const claim = claims.find((c) => c.id === id)
  if (!claim) throw new Error(`no claim ${id}`)
  return claim
}
const cost = (input: ScenarioInput): number =>
  engine({ year: 2030, ...input }).costPerMillionTokens.output

describe('headline claims', () => {
  it('checks the six claims of the article', () => {
    expect(claims.map((c) => c.id).sort()).toEqual(
      [
        'allLevers',
        'advancedPackaging',
        'coPackagedOptics',
        'customSilicon',
        'fp16ToInt4',
        'modelOptimization',
      ].sort(),
    )
  })

  it.each(claims)(
    '$id: each set’s verdict is where its base figure lands in the range',
    (claim) => {
      const [low, high] = claim.articleRange
      for (const set of ['article', 'evidence'] as const) {
        const value = claim.engine[set].base
        const expected = value > high ? 'exceeds' : value < low ? 'short' : 'within'
        expect(claim.verdict[set]).toBe(expected)
        expect(claim.why[set].length).toBeGreaterThan(20)
      }
    },
  )

  it.each(claims)(
    '$id has finite Evidence (and Article) numbers, low–high around base',
    (claim) => {
      for (const set of ['article', 'evidence'] as const) {
        const { low, base, high } = claim.engine[set]
        for (const x of [low, base, high]) expect(Number.isFinite(x)).toBe(true)
        expect(low).toBeLessThanOrEqual(base + 1e-12)
        expect(base).toBeLessThanOrEqual(high + 1e-12)
      }
      expect(claim.explanation.length).toBeGreaterThan(40)
    },
  )

  it.each(['modelOptimization', 'advancedPackaging', 'customSilicon'] as const)(
    '%s: the cost reduction is what runScenario gives with that lever alone',
    (id) => {
      const claim = byId(id)
      for (const assumptions of ['article', 'evidence'] as const) {
        const reduction = 1 - cost({ assumptions, levers: { [id]: 1 } }) / cost({ assumptions })
        expect(claim.engine[assumptions].base).toBeCloseTo(reduction, 9)
      }
    },
  )

  it('all levers: the fold is what runScenario gives with every lever but design lag', () => {
    const levers = Object.fromEntries(
      LEVER_IDS.filter((id) => id !== 'designLag').map((id) => [id, 1]),
    )
    const claim = byId('allLevers')
    for (const assumptions of ['article', 'evidence'] as const) {
      const fold = cost({ assumptions }) / cost({ assumptions, levers })
      expect(claim.engine[assumptions].base).toBeCloseTo(fold, 6)
    }
  })

  it('FP16 → INT4: the decode throughput gain per accelerator matches runScenario', () => {
    const rate = (format: 'fp16' | 'int4'): number => {
      const r = engine({
        year: 2030,
        precision: { weights: format, activations: format, kvCache: format },
      })
      return (r.batchSize * r.scenario.outputTokens) / r.decode.seconds / r.scenario.accelerators
    }
    expect(byId('fp16ToInt4').engine.article.base).toBeCloseTo(rate('int4') / rate('fp16'), 9)
  })
})

describe('claim verdicts with a ceiling', () => {
  it('pins the boundaries: both ends are within, above the ceiling exceeds, below the floor is short', () => {
    expect(claimVerdict(10, 100, 10)).toBe('within')
    expect(claimVerdict(10, 100, 100)).toBe('within')
    expect(claimVerdict(10, 100, 100.5)).toBe('exceeds')
    expect(claimVerdict(10, 100, 302)).toBe('exceeds')
    expect(claimVerdict(10, 100, 9.99)).toBe('short')
    // A reduction range: −70 % against −50…−65 % is more than the claim, not a win for it.
    expect(claimVerdict(0.5, 0.65, 0.7)).toBe('exceeds')
    expect(claimVerdict(0.5, 0.65, 0.58)).toBe('within')
    expect(claimVerdict(0.85, 0.95, 0.65)).toBe('short')
  })

  it('the Article preset’s “up to about 100×” is exceeds whenever its own 2030 fold is above 100×', () => {
    const preset = presetById('article-all')
    if (!preset) throw new Error('no Article preset')
    const fold =
      engine({}).costPerMillionTokens.output / engine(preset.input).costPerMillionTokens.output
    const all = scenarioClaims(preset.input).find((c) => c.id === 'allLevers')
    expect(all?.value).toBeCloseTo(fold, 6)
    expect(all?.low).toBe(10)
    expect(all?.high).toBe(100)
    expect(all?.verdict).toBe(fold > 100 ? 'exceeds' : fold < 10 ? 'short' : 'within')
    // Above the ceiling, the reason names three contributors, each with its own fold.
    const expectedWhy =
      fold > 100
        ? new RegExp(
            `^${Math.round(fold)}× against at most 100×, because .*\\([\\d.]+×\\).*\\([\\d.]+×\\).*\\([\\d.]+×\\)`,
          )
        : /lies within|against at least/
    expect(all?.why).toMatch(expectedWhy)
  })

  it('a fold caveat appears only above the ceiling and says so in words', () => {
    expect(foldCeilingCaveat(ARTICLE_FOLD_CEILING)).toBeUndefined()
    expect(foldCeilingCaveat(42)).toBeUndefined()
    expect(foldCeilingCaveat(302)).toMatch(
      /^302× is beyond the article’s own ceiling of about 100×/,
    )
    expect(foldCeilingCaveat(302, ['model optimization', 'mixture of experts'])).toContain(
      'mostly from model optimization and mixture of experts',
    )
  })
})

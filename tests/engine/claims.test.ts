/**
 * The article's headline claims (analysis/claims.ts) on the reference workload in 2030. Each
 * cost-type claim is recomputed here through the public runScenario, so the check does not rest on
 * claims.ts's own arithmetic.
 */
import { describe, expect, it } from 'vitest'

import { checkClaims } from '@/engine/analysis/claims'
import { LEVER_IDS, runScenario, type ScenarioInput, type SimulationResult } from '@/engine/index'

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

  it.each(claims)('$id holds under the Article set', (claim) => {
    expect(claim.holdsUnderArticle).toBe(true)
    const [low, high] = claim.articleRange
    // "At least 10×, up to about 100×": the fold has only a lower bound at base strengths.
    const upper = claim.metric === 'costFold' ? Infinity : high
    expect(claim.engine.article.base).toBeGreaterThanOrEqual(low)
    expect(claim.engine.article.base).toBeLessThanOrEqual(upper)
  })

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

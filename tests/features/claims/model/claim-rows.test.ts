import { describe, expect, it } from 'vitest'

import { checkClaims, type ClaimCheck } from '@/engine/index'
import {
  articleRangeText,
  claimRows,
  claimsVerdict,
  claimValueText,
  verdictOf,
} from '@/features/claims/model/claim-rows'

const checks = checkClaims()
const rows = claimRows(checks)

describe('claimRows', () => {
  it('has one row per engine claim check, in order, with its explanation', () => {
    expect(rows.map((r) => r.id)).toEqual(checks.map((c) => c.id))
    rows.forEach((row, i) => {
      expect(row.claim).toBe(checks[i]!.claim)
      expect(row.explanation).toBe(checks[i]!.explanation)
      expect(row.holdsUnderArticle).toBe(checks[i]!.holdsUnderArticle)
      expect(row.article.base).not.toMatch(/NaN|undefined/)
    })
  })

  it('writes cost reductions as negative percentages with the weak–strong range', () => {
    const check = checks.find((c) => c.id === 'modelOptimization')!
    const row = rows.find((r) => r.id === 'modelOptimization')!
    expect(row.articleRange).toBe('−85 to −95 %')
    expect(row.article.base).toBe(`−${Math.round(check.engine.article.base * 100)} %`)
    expect(row.article.range).toBe(
      `−${Math.round(Math.min(check.engine.article.low, check.engine.article.high) * 100)} to −${Math.round(Math.max(check.engine.article.low, check.engine.article.high) * 100)} %`,
    )
    expect(row.measure).toBe('cost per token')
  })

  it('writes gains and folds as × and omits a range when low and high agree', () => {
    const int4 = rows.find((r) => r.id === 'fp16ToInt4')!
    expect(int4.articleRange).toBe('2–4×')
    expect(int4.article.base).toMatch(/^\d+(\.\d)?×$/)
    expect(int4.article.range).toBeUndefined()
    expect(rows.find((r) => r.id === 'allLevers')!.articleRange).toBe('at least 10×, up to ~100×')
  })
})

describe('verdicts', () => {
  it('places a value inside, past or short of the claim', () => {
    expect(verdictOf('costReduction', [0.7, 0.8], 0.75)).toBe('holds')
    expect(verdictOf('costReduction', [0.7, 0.8], 0.9)).toBe('beats')
    expect(verdictOf('costReduction', [0.7, 0.8], 0.4)).toBe('short')
    expect(verdictOf('costFold', [10, 100], 300)).toBe('holds')
    expect(verdictOf('costFold', [10, 100], 5)).toBe('short')
  })

  it('uses the engine’s own verdict under the Article set', () => {
    const fake: ClaimCheck = {
      ...checks[0]!,
      holdsUnderArticle: false,
      engine: { ...checks[0]!.engine, article: { low: 0.5, base: 0.5, high: 0.5 } },
    }
    expect(claimRows([fake])[0]!.verdict.article).toBe('short')
    expect(claimRows([{ ...fake, holdsUnderArticle: true }])[0]!.verdict.article).toBe('holds')
  })

  it('sums the verdicts in one sentence', () => {
    const holds = rows.filter((r) => r.verdict.article === 'holds').length
    expect(claimsVerdict(rows)).toMatch(
      new RegExp(`^${holds} of ${rows.length} claims hold with the Article effects`),
    )
  })

  it('formats values in the metric’s terms', () => {
    expect(claimValueText('costReduction', 0.856)).toBe('−86 %')
    expect(claimValueText('costReduction', -0.02)).toBe('+2 %')
    expect(claimValueText('decodeThroughputGain', 2.84)).toBe('2.8×')
    expect(claimValueText('costFold', 301.8)).toBe('302×')
    expect(articleRangeText('energyPerBitReduction', [0.5, 0.65])).toBe('−50 to −65 %')
  })
})

import { describe, expect, it } from 'vitest'

import { checkClaims, type ClaimCheck } from '@/engine/index'
import {
  VERDICT_WORDS,
  articleRangeText,
  claimRows,
  claimsVerdict,
  claimValueText,
} from '@/features/claims/model/claim-rows'

const checks = checkClaims()
const rows = claimRows(checks)

describe('claimRows', () => {
  it('has one row per engine claim check, in order, with its explanation', () => {
    expect(rows.map((r) => r.id)).toEqual(checks.map((c) => c.id))
    rows.forEach((row, i) => {
      expect(row.claim).toBe(checks[i]!.claim)
      expect(row.explanation).toBe(checks[i]!.explanation)
      expect(row.verdict).toEqual(checks[i]!.verdict)
      expect(row.why).toEqual(checks[i]!.why)
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
  const fake = (article: ClaimCheck['verdict']['article'], evidence = article): ClaimCheck => ({
    ...checks[0]!,
    verdict: { article, evidence },
  })

  it('shows the engine’s verdict per set, never a looser rule of its own', () => {
    expect(claimRows([fake('exceeds', 'short')])[0]!.verdict).toEqual({
      article: 'exceeds',
      evidence: 'short',
    })
  })

  it('an overshoot is not counted as holding: 302× against up to ~100× reads “Exceeds the article”', () => {
    const all = rows.find((r) => r.id === 'allLevers')!
    const check = checks.find((c) => c.id === 'allLevers')!
    const base = check.engine.article.base
    expect(all.verdict.article).toBe(base > 100 ? 'exceeds' : base < 10 ? 'short' : 'within')
    expect(VERDICT_WORDS.exceeds).toBe('Exceeds the article')
  })

  it('sums the verdicts in one sentence, naming overshoots apart from those within range', () => {
    const sentence = claimsVerdict(
      claimRows([fake('within'), fake('exceeds', 'short'), fake('within', 'exceeds')]),
    )
    expect(sentence).toBe(
      'Of 3 claims, the Article effects put 2 within the article’s range and 1 beyond its ceiling; ' +
        'the independent Evidence effects put 1 within the article’s range, 1 beyond its ceiling and 1 short of it.',
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

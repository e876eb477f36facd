import type { ClaimCheck, ClaimMetric, ClaimValue } from '@/engine/index'

/** Against the claim: inside its range, past its strong end, or short of its weak end. */
export type Verdict = 'holds' | 'beats' | 'short'

/** One row of the claims table, every figure already in words. */
export interface ClaimRow {
  readonly id: string
  readonly claim: string
  /** What the figures measure, e.g. "cost per token". */
  readonly measure: string
  readonly articleRange: string
  /** The engine under the Article set: base, then low–high. */
  readonly article: { readonly base: string; readonly range: string | undefined }
  readonly evidence: { readonly base: string; readonly range: string | undefined }
  readonly holdsUnderArticle: boolean
  /** Where each set's base value lands against the claim. */
  readonly verdict: { readonly article: Verdict; readonly evidence: Verdict }
  readonly explanation: string
}

const MEASURE: Readonly<Record<ClaimMetric, string>> = {
  costReduction: 'cost per token',
  energyPerBitReduction: 'network energy per bit',
  decodeThroughputGain: 'decode throughput',
  costFold: 'cost per token',
}

const isReduction = (metric: ClaimMetric): boolean =>
  metric === 'costReduction' || metric === 'energyPerBitReduction'

/** A value in the metric's terms: a reduction as "−86 %", a gain or fold as "2.9×" / "302×". */
export function claimValueText(metric: ClaimMetric, value: number): string {
  if (isReduction(metric)) {
    const p = Math.round(value * 100)
    return p >= 0 ? `−${p} %` : `+${Math.abs(p)} %`
  }
  const digits = value >= 100 ? 0 : value >= 10 ? 0 : 1
  return `${value.toFixed(digits)}×`
}

/** The article's range: "−85 to −95 %", "2–4×", "10× to 100×". */
export function articleRangeText(metric: ClaimMetric, range: readonly [number, number]): string {
  const [a, b] = range
  if (isReduction(metric)) return `−${Math.round(a * 100)} to −${Math.round(b * 100)} %`
  if (metric === 'costFold') return `at least ${a}×, up to ~${b}×`
  return `${a}–${b}×`
}

function valueTexts(
  metric: ClaimMetric,
  v: ClaimValue,
): { base: string; range: string | undefined } {
  const base = claimValueText(metric, v.base)
  const low = claimValueText(metric, Math.min(v.low, v.high))
  const high = claimValueText(metric, Math.max(v.low, v.high))
  if (low === high) return { base, range: undefined }
  if (isReduction(metric)) {
    const lo = Math.round(Math.min(v.low, v.high) * 100)
    const hi = Math.round(Math.max(v.low, v.high) * 100)
    const word = (p: number): string => (p > 0 ? `−${p}` : p < 0 ? `+${Math.abs(p)}` : '0')
    return { base, range: `${word(lo)} to ${word(hi)} %` }
  }
  return { base, range: `${low}–${high}` }
}

/** Whether a value lands in the article's claim: inside the range, or for the fold claim at least its floor. */
export function withinClaim(
  metric: ClaimMetric,
  range: readonly [number, number],
  value: number,
): boolean {
  if (metric === 'costFold') return value >= range[0]
  return value >= range[0] && value <= range[1]
}

/** Where a value lands against a claim (a fold claim is "at least": anything above its floor holds). */
export function verdictOf(
  metric: ClaimMetric,
  range: readonly [number, number],
  value: number,
): Verdict {
  if (withinClaim(metric, range, value)) return 'holds'
  return value > range[1] ? 'beats' : 'short'
}

export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  holds: 'Holds',
  beats: 'Beats the claim',
  short: 'Falls short',
}

export function claimRows(checks: readonly ClaimCheck[]): ClaimRow[] {
  return checks.map((c) => ({
    id: c.id,
    claim: c.claim,
    measure: MEASURE[c.metric],
    articleRange: articleRangeText(c.metric, c.articleRange),
    article: valueTexts(c.metric, c.engine.article),
    evidence: valueTexts(c.metric, c.engine.evidence),
    holdsUnderArticle: c.holdsUnderArticle,
    verdict: {
      article: c.holdsUnderArticle
        ? 'holds'
        : verdictOf(c.metric, c.articleRange, c.engine.article.base),
      evidence: verdictOf(c.metric, c.articleRange, c.engine.evidence.base),
    },
    explanation: c.explanation,
  }))
}

/** "6 of 6 claims hold with the Article effects; 2 with the Evidence effects (1 beats its claim)." */
export function claimsVerdict(rows: readonly ClaimRow[]): string {
  const n = rows.length
  const article = rows.filter((r) => r.verdict.article === 'holds').length
  const evidence = rows.filter((r) => r.verdict.evidence === 'holds').length
  const beats = rows.filter((r) => r.verdict.evidence === 'beats').length
  const extra =
    beats > 0 ? ` and ${beats} ${beats === 1 ? 'goes' : 'go'} further than the article claims` : ''
  return `${article} of ${n} claims hold with the Article effects; with the independent Evidence effects ${evidence} of ${n} hold${extra}.`
}

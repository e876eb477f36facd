import type { ClaimCheck, ClaimMetric, ClaimValue, ClaimVerdict } from '@/engine/index'

/** Against the claim's range: inside it, above its ceiling, or below its floor. */
export type Verdict = ClaimVerdict

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
  /** Where each set's base value lands against the claim (the engine's verdict). */
  readonly verdict: { readonly article: Verdict; readonly evidence: Verdict }
  /** Each set's figure against the range and, outside it, the reason. */
  readonly why: { readonly article: string; readonly evidence: string }
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

/** The article's range: "−85 to −95 %", "2–4×", "at least 10×, up to ~100×". */
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

export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  within: 'Within the claim',
  exceeds: 'Exceeds the article',
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
    verdict: { article: c.verdict.article, evidence: c.verdict.evidence },
    why: { article: c.why.article, evidence: c.why.evidence },
    explanation: c.explanation,
  }))
}

function tally(verdicts: readonly Verdict[]): string {
  const count = (v: Verdict): number => verdicts.filter((x) => x === v).length
  const parts = [
    `${count('within')} within the article’s range`,
    ...(count('exceeds') > 0 ? [`${count('exceeds')} beyond its ceiling`] : []),
    ...(count('short') > 0 ? [`${count('short')} short of it`] : []),
  ]
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`
    : parts[0]!
}

/** "Of 6 claims, the Article effects put 5 within the article’s range and 1 beyond its ceiling; …" */
export function claimsVerdict(rows: readonly ClaimRow[]): string {
  const article = tally(rows.map((r) => r.verdict.article))
  const evidence = tally(rows.map((r) => r.verdict.evidence))
  return `Of ${rows.length} claims, the Article effects put ${article}; the independent Evidence effects put ${evidence}.`
}

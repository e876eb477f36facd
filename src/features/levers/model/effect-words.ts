import { paramWords } from '@/engine/index'
import type { AssumptionSet, EffectRange, LeverEffect, LeverSpec, ParamName } from '@/engine/index'

const significant = (x: number): string => String(Number(x.toPrecision(3)))

const signedPercent = (x: number): string => {
  const p = Math.round(x * 100)
  return p > 0 ? `+${p}` : p < 0 ? `−${Math.abs(p)}` : '0'
}

/** How a multiplier range reads best: "×6–10" for large factors, "−25 to −40 %" for the rest. */
export type EffectFormat = 'factor' | 'percent'

/** Factors when every value is a gain and one reaches 1.5×; percentages otherwise. */
export function effectFormat(ranges: readonly EffectRange[]): EffectFormat {
  const values = ranges.flat()
  return values.every((v) => v >= 1) && Math.max(...values) >= 1.5 ? 'factor' : 'percent'
}

/** Smaller change first: ascending factors, and percentages by size when they share a sign. */
function ordered(a: number, b: number): [number, number] {
  if ((a - 1) * (b - 1) >= 0) return Math.abs(a - 1) <= Math.abs(b - 1) ? [a, b] : [b, a]
  return a <= b ? [a, b] : [b, a]
}

/**
 * A range at full adoption in plain terms, smaller change first: "×6–10", "−25 to −40 %",
 * "+2 to +8 %"; additions as points for shares ("+3 to +15 points"), percent for the design
 * mismatch, and "per layer" for structural additions that scale with the model.
 */
export function effectRangeText(
  effect: LeverEffect,
  range: EffectRange,
  format: EffectFormat = effectFormat([range]),
): string {
  const [low, , high] = range
  if (effect.op === 'add') {
    if (effect.scaleBy) return `adds ${significant(low)} × hidden size per layer`
    const [a, b] = [Math.round(low * 100), Math.round(high * 100)].sort((x, y) => x - y) as [
      number,
      number,
    ]
    const unit = effect.param === 'PREFIX_HIT_RATE' ? ' points' : ' %'
    return a === b ? `+${a}${unit}` : `+${a} to +${b}${unit}`
  }
  const [first, second] = ordered(low, high)
  if (format === 'factor')
    return first === second
      ? `×${significant(first)}`
      : `×${significant(first)}–${significant(second)}`
  const a = signedPercent(first - 1)
  const b = signedPercent(second - 1)
  return a === b ? `${a} %` : `${a} to ${b} %`
}

/** The base value in the same terms: "×8", "−92 %". */
export function effectBaseText(
  effect: LeverEffect,
  range: EffectRange,
  format: EffectFormat = effectFormat([range]),
): string {
  const base = range[1]
  return effectRangeText(effect, [base, base, base], format)
}

export interface EffectLine {
  readonly param: ParamName
  readonly words: string
  readonly article: string
  readonly evidence: string
  readonly articleBase: string
  readonly evidenceBase: string
  /** True when the two assumption sets disagree. */
  readonly differs: boolean
  readonly why: string
}

const sameRange = (a: EffectRange, b: EffectRange): boolean =>
  a[0] === b[0] && a[1] === b[1] && a[2] === b[2]

/**
 * One line per distinct effect: effects with the same words and the same ranges (peak compute at
 * 16, 8 and 4 bits) collapse into one.
 */
export function effectLines(lever: LeverSpec): EffectLine[] {
  const lines: EffectLine[] = []
  const seen: { words: string; ranges: LeverEffect['ranges'] }[] = []
  for (const effect of lever.effects) {
    const words = paramWords(effect.param)
    if (
      seen.some(
        (s) =>
          s.words === words &&
          sameRange(s.ranges.article, effect.ranges.article) &&
          sameRange(s.ranges.evidence, effect.ranges.evidence),
      )
    ) {
      continue
    }
    seen.push({ words, ranges: effect.ranges })
    const format = effectFormat([effect.ranges.article, effect.ranges.evidence])
    lines.push({
      param: effect.param,
      words,
      article: effectRangeText(effect, effect.ranges.article, format),
      evidence: effectRangeText(effect, effect.ranges.evidence, format),
      articleBase: effectBaseText(effect, effect.ranges.article, format),
      evidenceBase: effectBaseText(effect, effect.ranges.evidence, format),
      differs: !sameRange(effect.ranges.article, effect.ranges.evidence),
      why: effect.why,
    })
  }
  return lines
}

/** "memory bandwidth ×6–10 (Article) / ×1.3–2.2 (Evidence)", or one range when both sets agree. */
export function effectSummary(line: EffectLine): string {
  return line.differs
    ? `${line.words} ${line.article} (Article) / ${line.evidence} (Evidence)`
    : `${line.words} ${line.article}`
}

export const ASSUMPTION_WORDS: Readonly<
  Record<AssumptionSet, { readonly name: string; readonly line: string }>
> = {
  article: {
    name: 'Article',
    line: 'The article’s own effect sizes where it gives them (custom silicon, advanced packaging, co-packaged optics, model optimization); independent evidence for the other levers.',
  },
  evidence: {
    name: 'Evidence',
    line: 'Effect sizes from independent published sources (papers, specifications, benchmarks).',
  },
}

/**
 * Lever effect overrides: a scenario may replace the [low, base, high] range of any effect of any
 * lever (`leverOverrides: { hbm: { MEMORY_BANDWIDTH_BPS: [1.5, 2, 3] } }`). An override applies under
 * both assumption sets, since it is the user's own number. It changes only the effect sizes: the
 * mechanism, availability ramp, caps and the way levers combine stay as in the catalogue.
 */
import type { LeverId } from './ids'
import type { EffectRange, LeverSpec } from './types'

/** Per lever, per engine parameter: the overriding [low, base, high] at full adoption. */
export type LeverOverrides = Readonly<
  Partial<Record<LeverId, Readonly<Partial<Record<string, EffectRange>>>>>
>

/** Bounds of an overriding multiplier: 1/10,000× … 10,000× (a wider value is a typo). */
const MIN_MULTIPLIER = 1e-4
const MAX_MULTIPLIER = 1e4

export interface OverrideIssue {
  readonly path: string
  readonly message: string
}

/** Problems with a scenario's overrides, each naming the field and the value. */
export function leverOverrideIssues(
  overrides: LeverOverrides | undefined,
  levers: readonly LeverSpec[],
): OverrideIssue[] {
  const issues: OverrideIssue[] = []
  if (!overrides) return issues
  for (const [leverId, byParam] of Object.entries(overrides)) {
    const lever = levers.find((l) => l.id === leverId)
    if (!lever || !byParam) continue // unknown lever ids are rejected by the schema
    for (const [param, range] of Object.entries(byParam)) {
      const path = `leverOverrides.${leverId}.${param}`
      const effect = lever.effects.find((e) => e.param === param)
      if (!effect) {
        issues.push({
          path,
          message: `${path}: "${param}" is not an effect of the lever "${lever.name}"; its effects are ${lever.effects.map((e) => e.param).join(', ')}`,
        })
        continue
      }
      if (!range) continue
      const [low, base, high] = range
      if (effect.op === 'mul' && range.some((v) => v < MIN_MULTIPLIER || v > MAX_MULTIPLIER)) {
        issues.push({
          path,
          message: `${path} is a multiplier: each value must be between ${MIN_MULTIPLIER} and ${MAX_MULTIPLIER} (got [${range.join(', ')}])`,
        })
      } else if (base < Math.min(low, high) || base > Math.max(low, high)) {
        issues.push({
          path,
          message: `${path}: the base value must lie between the low and the high value (got low ${low}, base ${base}, high ${high})`,
        })
      }
    }
  }
  return issues
}

/** The catalogue levers with a scenario's overrides applied; the same array when there are none. */
export function leversWithOverrides(
  levers: readonly LeverSpec[],
  overrides: LeverOverrides | undefined,
): readonly LeverSpec[] {
  if (!overrides || Object.keys(overrides).length === 0) return levers
  return levers.map((lever) => {
    const byParam = overrides[lever.id]
    if (!byParam) return lever
    return {
      ...lever,
      effects: lever.effects.map((effect) => {
        const range = byParam[effect.param]
        return range ? { ...effect, ranges: { article: range, evidence: range } } : effect
      }),
    }
  })
}

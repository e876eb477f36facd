/**
 * Sensitivity (tornado): for each lever in play, the scenario's cost and energy with that lever's
 * effects at their low and at their high values (all other levers at base), as Δ ln against the
 * scenario itself.
 */
import { O, createOutput, evaluate } from '../kernel'
import { applyCompiled, compileLever, type CompiledEffect } from '../levers/apply'
import type { LeverId } from '../levers/ids'

import {
  adoptionsInYear,
  betterResult,
  clearPlanHints,
  runs,
  type AnalysisContext,
} from './context'
import { sortSensitivity, type SplitPart } from './partials'

export interface SensitivityRow {
  readonly lever: LeverId
  /** Δ ln(cost) with the lever at its low / high effect, vs the scenario at base effects. */
  readonly costLow: number
  readonly costHigh: number
  readonly energyLow: number
  readonly energyHigh: number
}

/**
 * The tornado for `year`; with `split`, only the rows of every `parts`-th lever in play from `part`
 * on (the other parts price the rest; sortSensitivity orders their union as one thread would).
 */
export function sensitivity(
  ctx: AnalysisContext,
  year: number,
  split: SplitPart = { part: 0, parts: 1 },
): SensitivityRow[] {
  const adoptions = adoptionsInYear(ctx, year, new Float64Array(ctx.levers.length))
  const params = new Float64Array(ctx.base.length)
  const out = createOutput()
  const searched = createOutput()
  // Each bar end is priced on the scenario's plan and on a fresh search, the better kept. On the
  // scenario's plan alone (where it still fitted) a lever at its high end could not reach the plan
  // it makes cheaper: the Aggressive preset on Qwen3-235B on H100 in 2030 read model optimisation's
  // high end at -0.29 in ln(cost) where a search finds -0.56, and over three presets × four models ×
  // three chips × two years the largest miss was 0.9 in ln(cost), a factor 2.5
  // (tests/engine/sensitivity-plans.test.ts). The search alone is no better everywhere: its
  // patience can stop short of the scenario's plan.
  const run = (effects: readonly (readonly CompiledEffect[])[]): [number, number] => {
    params.set(ctx.base)
    applyCompiled(params, effects, adoptions)
    evaluate(params, out, true)
    clearPlanHints(params)
    evaluate(params, searched, true)
    const best = betterResult(searched, out) ? searched : out
    // A bar end that cannot run has no cost: NaN, not the log of the empty slot's 0 (-Infinity,
    // which read as infinitely cheaper); sortSensitivity puts such bars last.
    if (!runs(best)) return [Number.NaN, Number.NaN]
    return [Math.log(best[O.USD_PER_M_OUTPUT]!), Math.log(best[O.J_PER_OUTPUT_TOKEN]!)]
  }
  const [costMid, energyMid] = run(ctx.effects)
  const rows: SensitivityRow[] = []
  let inPlay = 0
  ctx.levers.forEach((lever, l) => {
    if (!(adoptions[l]! > 0) || ctx.effects[l]!.length === 0) return
    if (inPlay++ % split.parts !== split.part) return
    const at = (u: number): [number, number] => {
      const effects = ctx.effects.slice()
      effects[l] = compileLever(lever, ctx.scenario.assumptions, ctx.base, u)
      return run(effects)
    }
    const [costLow, energyLow] = at(0)
    const [costHigh, energyHigh] = at(1)
    rows.push({
      lever: lever.id,
      costLow: costLow - costMid,
      costHigh: costHigh - costMid,
      energyLow: energyLow - energyMid,
      energyHigh: energyHigh - energyMid,
    })
  })
  return sortSensitivity(rows)
}

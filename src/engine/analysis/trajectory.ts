/**
 * Trajectory 2026…2030: each year applies each lever's slider × its availability that year to the
 * 2026 reference conditions; the baseline is the same reference with no levers.
 */
import { createOutput, evaluate, readHeadline } from '../kernel'
import { applyCompiled } from '../levers/apply'

import { setPlanHint, adoptionsInYear, YEARS, type AnalysisContext } from './context'
import { roadmapCheck, type RoadmapCheck } from './roadmap-check'

export interface TrajectoryYear {
  readonly year: number
  readonly costPerMillionTokens: {
    readonly output: number
    readonly input: number
    readonly blended: number
  }
  readonly energyPerToken: { readonly joules: number }
  readonly outputTokensPerSecondPerAccelerator: number
  readonly baseline: { readonly costPerMillionOutput: number; readonly joules: number }
  /** Baseline ÷ scenario: 10 means ten times cheaper. */
  readonly costFold: number
  readonly energyFold: number
  readonly feasible: boolean
  /**
   * The year's lever-built chip beside the parts announced in volume by that year
   * (roadmap-check.ts). trajectory() always sets it; optional so hand-built rows need not.
   */
  readonly roadmapCheck?: RoadmapCheck
}

export function trajectory(ctx: AnalysisContext): TrajectoryYear[] {
  const params = new Float64Array(ctx.base.length)
  const adoptions = new Float64Array(ctx.levers.length)
  const out = createOutput()
  return YEARS.map((year) => {
    params.set(ctx.base)
    setPlanHint(ctx, year, params)
    applyCompiled(params, ctx.effects, adoptionsInYear(ctx, year, adoptions))
    const check = roadmapCheck({
      year,
      params,
      hardware: ctx.scenario.hardware,
      precision: ctx.scenario.precision,
    })
    evaluate(params, out, true)
    const headline = readHeadline(out, params)
    const cost = headline.usdPerMillionOutputTokens
    const joules = headline.joulesPerOutputToken
    return {
      year,
      costPerMillionTokens: {
        output: cost,
        input: headline.usdPerMillionInputTokens,
        blended: headline.usdPerMillionBlendedTokens,
      },
      energyPerToken: { joules },
      outputTokensPerSecondPerAccelerator: headline.outputTokensPerSecondPerAccelerator,
      baseline: { costPerMillionOutput: ctx.baselineCost, joules: ctx.baselineEnergy },
      costFold: ctx.baselineCost / cost,
      energyFold: ctx.baselineEnergy / joules,
      feasible: headline.feasible,
      roadmapCheck: check,
    }
  })
}

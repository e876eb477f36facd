/**
 * The CLI's --analysis fields (a contract: the names below are documented in the README):
 * - `trajectory`: per year 2026–2030, the scenario's cost per million output tokens with its P10/P50/P90
 *   band (seeded Monte Carlo over the lever effect ranges) and its energy per output token;
 * - `attribution`: per lever id, its share of the change in ln(cost per million output tokens) from
 *   no levers to the scenario's levers, in the scenario's year: the Owen value over the article's
 *   lever groups, or with --exact-shapley the exact Shapley value (src/engine/analysis/attribution.ts).
 *   The shares sum to ln(cost with levers / cost without levers); levers not in play get 0;
 * - `attributionMethod`: "owen" or "shapley", which of the two `attribution` holds;
 * - `trajectory[].roadmapCheck`: the year's lever-built chip beside the parts announced in volume by
 *   then (src/engine/analysis/roadmap-check.ts), with a caveat in words where it is beyond them.
 */
import {
  analyze,
  LEVER_IDS,
  type AttributionMethod,
  type LeverId,
  type RoadmapCheck,
  type Scenario,
} from '../../src/engine/index'

export interface AnalysisBand {
  readonly p10: number
  readonly p50: number
  readonly p90: number
}

export interface AnalysisTrajectoryYear {
  readonly year: number
  /** USD per million output tokens at base lever effects, with the Monte Carlo band. */
  readonly costPerMillionTokens: { readonly output: number } & AnalysisBand
  /** Joules per output token at the scenario's energy boundary, with the Monte Carlo band. */
  readonly energyPerToken: { readonly joules: number } & AnalysisBand
  /** The year's lever-built chip against the announced parts in volume that year. */
  readonly roadmapCheck: RoadmapCheck
}

export interface AnalysisFields {
  readonly trajectory: readonly AnalysisTrajectoryYear[]
  /** Lever id → Δ ln(cost per million output tokens), catalogue order. */
  readonly attribution: Readonly<Record<LeverId, number>>
  /** Which value `attribution` holds: the Owen value over the lever groups, or the exact Shapley value. */
  readonly attributionMethod: AttributionMethod
}

export function analysisFields(
  scenario: Scenario,
  attributionMethod: AttributionMethod = 'owen',
): AnalysisFields {
  const analysis = analyze(scenario, {
    parts: ['trajectory', 'uncertainty', 'attribution'],
    attributionMethod,
  })
  const years = analysis.trajectory ?? []
  const bands = new Map((analysis.uncertainty ?? []).map((u) => [u.year, u]))
  const trajectory = years.map((t): AnalysisTrajectoryYear => {
    const band = bands.get(t.year)
    if (!band) throw new Error(`no uncertainty band for ${t.year}`) // a bug: both cover YEARS
    if (!t.roadmapCheck) throw new Error(`no roadmap check for ${t.year}`) // a bug: trajectory() sets it
    return {
      year: t.year,
      costPerMillionTokens: { output: t.costPerMillionTokens.output, ...band.cost },
      energyPerToken: { joules: t.energyPerToken.joules, ...band.energy },
      roadmapCheck: t.roadmapCheck,
    }
  })
  const shares = analysis.attribution?.cost ?? {}
  const attribution = Object.fromEntries(LEVER_IDS.map((id) => [id, shares[id] ?? 0])) as Record<
    LeverId,
    number
  >
  return { trajectory, attribution, attributionMethod }
}

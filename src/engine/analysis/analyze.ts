/**
 * One entry point for the analyses, so the worker and the CLI ask for exactly the parts they need
 * (the dashboard asks for the trajectory first and the heavy parts after).
 */
import type { Scenario } from '../scenario'

import {
  attributionPartial,
  attributionTable,
  attributionFromTable,
  type AttributionMethod,
  type Attribution,
  type AttributionTable,
} from './attribution'
import { createContext } from './context'
import type { AttributionPartial, SplitPart, UncertaintySamples } from './partials'
import { sensitivity, type SensitivityRow } from './sensitivity'
import { trajectory, type TrajectoryYear } from './trajectory'
import {
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  uncertainty,
  uncertaintySamples,
  type UncertaintyYear,
} from './uncertainty'

export type AnalysisPart = 'trajectory' | 'uncertainty' | 'attribution' | 'sensitivity'

export interface AnalysisOptions {
  readonly parts?: readonly AnalysisPart[]
  readonly samples?: number
  readonly seed?: number
  /** Year for attribution and sensitivity; defaults to the scenario's year. */
  readonly year?: number
  /**
   * Compute only part `part` of `parts` (2) of the Monte Carlo samples, of the attribution's
   * coalitions and of the tornado's levers, so two workers can share a recompute: `partials`
   * instead of `uncertainty`, `attribution` and `sensitivity`; combine every part's with
   * bandsFromSamples / attributionFromPartials / sortSensitivity (partials.ts). The trajectory is
   * not split.
   */
  readonly split?: SplitPart
  /**
   * The attribution table of an earlier call for the same scenario apart from the sliders (the
   * caller keys it; see attributionTable): after a slider move only the coalitions with the moved
   * lever are evaluated again.
   */
  readonly reuseAttribution?: AttributionTable
  /**
   * The value that splits the change among the levers: the Owen value over the article's lever
   * groups (default), or the exact Shapley value (2^levers kernel evaluations: seconds, not
   * milliseconds). attribution.ts says how they differ.
   */
  readonly attributionMethod?: AttributionMethod
  /** Return the attribution's v(S) table in `attributionTable` (for the next `reuseAttribution`). */
  readonly keepAttributionTable?: boolean
}

export interface AnalysisResult {
  readonly trajectory?: readonly TrajectoryYear[]
  readonly uncertainty?: readonly UncertaintyYear[]
  readonly attribution?: Attribution
  readonly sensitivity?: readonly SensitivityRow[]
  /** With `split`: this part's share of the uncertainty and attribution. */
  readonly partials?: {
    readonly uncertainty?: UncertaintySamples
    readonly attribution?: AttributionPartial
    /** This part's tornado rows (sortSensitivity orders the parts' union). */
    readonly sensitivity?: readonly SensitivityRow[]
  }
  /** The v(S) table behind the attribution, to pass back as `reuseAttribution` next time (large: keep it where it was made). */
  readonly attributionTable?: AttributionTable
}

export const ALL_PARTS: readonly AnalysisPart[] = [
  'trajectory',
  'uncertainty',
  'attribution',
  'sensitivity',
]

export function analyze(scenario: Scenario, options: AnalysisOptions = {}): AnalysisResult {
  const parts = options.parts ?? ALL_PARTS
  const ctx = createContext(scenario)
  const year = options.year ?? scenario.year
  const samples = options.samples ?? DEFAULT_SAMPLES
  const seed = options.seed ?? DEFAULT_SEED
  const split = options.split
  const table = parts.includes('attribution')
    ? attributionTable(
        ctx,
        year,
        split?.part ?? 0,
        split?.parts ?? 1,
        options.reuseAttribution,
        options.attributionMethod,
      )
    : undefined
  return {
    ...(parts.includes('trajectory') ? { trajectory: trajectory(ctx) } : {}),
    ...(parts.includes('uncertainty') && !split
      ? { uncertainty: uncertainty(ctx, samples, seed) }
      : {}),
    ...(table && !split ? { attribution: attributionFromTable(ctx, table) } : {}),
    ...(split
      ? {
          partials: {
            ...(parts.includes('uncertainty')
              ? { uncertainty: uncertaintySamples(ctx, samples, seed, split) }
              : {}),
            ...(table ? { attribution: attributionPartial(ctx, year, split, table) } : {}),
            ...(parts.includes('sensitivity')
              ? { sensitivity: sensitivity(ctx, year, split) }
              : {}),
          },
        }
      : {}),
    ...(parts.includes('sensitivity') && !split ? { sensitivity: sensitivity(ctx, year) } : {}),
    ...(table && options.keepAttributionTable ? { attributionTable: table } : {}),
  }
}

/**
 * One entry point for the analyses, so the worker and the CLI ask for exactly the parts they need
 * (the dashboard asks for the trajectory first and the heavy parts after).
 */
import type { Scenario } from '../scenario'

import { attribution, attributionTable, joinTables, shapleyFromTable, type Attribution, type AttributionTable } from './attribution'
import { createContext } from './context'
import { sensitivity, type SensitivityRow } from './sensitivity'
import { trajectory, type TrajectoryYear } from './trajectory'
import { DEFAULT_SAMPLES, DEFAULT_SEED, uncertainty, type UncertaintyYear } from './uncertainty'

export type AnalysisPart = 'trajectory' | 'uncertainty' | 'attribution' | 'sensitivity'

export interface AnalysisOptions {
  readonly parts?: readonly AnalysisPart[]
  readonly samples?: number
  readonly seed?: number
  /** Year for attribution and sensitivity; defaults to the scenario's year. */
  readonly year?: number
  /**
   * Compute only part `part` of `parts` (2) of the attribution table instead of the attribution,
   * so two workers can share it; combine the parts with `combineAttribution`.
   */
  readonly attributionPart?: { readonly part: number; readonly parts: number }
}

export interface AnalysisResult {
  readonly trajectory?: readonly TrajectoryYear[]
  readonly uncertainty?: readonly UncertaintyYear[]
  readonly attribution?: Attribution
  readonly sensitivity?: readonly SensitivityRow[]
  readonly attributionTable?: AttributionTable
}

export const ALL_PARTS: readonly AnalysisPart[] = ['trajectory', 'uncertainty', 'attribution', 'sensitivity']

export function analyze(scenario: Scenario, options: AnalysisOptions = {}): AnalysisResult {
  const parts = options.parts ?? ALL_PARTS
  const ctx = createContext(scenario)
  const year = options.year ?? scenario.year
  return {
    ...(parts.includes('trajectory') ? { trajectory: trajectory(ctx) } : {}),
    ...(parts.includes('uncertainty')
      ? { uncertainty: uncertainty(ctx, options.samples ?? DEFAULT_SAMPLES, options.seed ?? DEFAULT_SEED) }
      : {}),
    ...(parts.includes('attribution')
      ? options.attributionPart
        ? { attributionTable: attributionTable(ctx, year, options.attributionPart.part, options.attributionPart.parts) }
        : { attribution: attribution(ctx, year) }
      : {}),
    ...(parts.includes('sensitivity') ? { sensitivity: sensitivity(ctx, year) } : {}),
  }
}

/** Combine attribution table parts computed by separate workers into the Shapley attribution. */
export function combineAttribution(scenario: Scenario, tables: readonly AttributionTable[]): Attribution {
  const sorted = [...tables].sort((a, b) => a.part - b.part)
  return shapleyFromTable(createContext(scenario), joinTables(sorted))
}

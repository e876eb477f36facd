/**
 * One entry point for the analyses, so the worker and the CLI ask for exactly the parts they need
 * (the dashboard asks for the trajectory first and the heavy parts after).
 */
import type { Scenario } from '../scenario'

import { attribution, type Attribution } from './attribution'
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
}

export interface AnalysisResult {
  readonly trajectory?: readonly TrajectoryYear[]
  readonly uncertainty?: readonly UncertaintyYear[]
  readonly attribution?: Attribution
  readonly sensitivity?: readonly SensitivityRow[]
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
    ...(parts.includes('attribution') ? { attribution: attribution(ctx, year) } : {}),
    ...(parts.includes('sensitivity') ? { sensitivity: sensitivity(ctx, year) } : {}),
  }
}

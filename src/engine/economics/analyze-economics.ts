/**
 * Entry point of the economics analyses (the worker's `economics` method and the tests call this):
 * the scenario input plus the economics inputs → the parts asked for. Invalid input comes back as
 * issues naming the field; a part that cannot run (e.g. a serving configuration whose model does not
 * fit) carries its own issues and leaves the other parts intact.
 */
import type { EnergyBoundary } from '../result'
import { REFERENCE, resolveScenario } from '../scenario'
import type { ScenarioInput } from '../scenario-schema'

import { ENERGY_PER_BIT_LEVERS } from './defaults'
import { servingComparison, type ServingComparison } from './disaggregation'
import {
  fleetEconomics,
  outputTokensPerDay,
  tokensPerDayInYear,
  type FleetEconomics,
} from './fleet'
import { speculativeExtension, type TrajectoryValue } from './horizon'
import { validateEconomicsInputs, type EconomicsInputs, type EconomicsIssue } from './inputs'
import { matureNodeComparison, type MatureNodeComparison } from './mature-node'
import { siteEconomics, type SiteEconomics } from './power-cap'
import { economicsOfUseCases, type UseCaseEconomics } from './use-case-economics'
import { valueChain, type ValueChain } from './value-chain'
import { yearlyEvaluation } from './yearly'

export type EconomicsPart =
  'useCases' | 'fleet' | 'site' | 'serving' | 'matureNode' | 'valueChain' | 'horizon'

export const ECONOMICS_PARTS: readonly EconomicsPart[] = [
  'useCases',
  'fleet',
  'site',
  'serving',
  'matureNode',
  'valueChain',
  'horizon',
]

export interface HorizonTrajectory {
  /** 2026–2030 under the scenario and the baseline (the same series the trajectory view shows). */
  readonly years: readonly {
    readonly year: number
    readonly baselineUsdPerMillion: number
    readonly scenarioUsdPerMillion: number
    readonly baselineJoules: number
    readonly scenarioJoules: number
  }[]
  /** 2030 (anchor) to 2035, speculative; undefined unless asked for. Never part of `years`. */
  readonly speculative:
    | {
        readonly usdPerMillion: readonly (TrajectoryValue & { readonly anchor: boolean })[]
        readonly joules: readonly (TrajectoryValue & { readonly anchor: boolean })[]
      }
    | undefined
  readonly cmosRateRetained: number
}

export interface EconomicsResult {
  readonly boundary: EnergyBoundary
  readonly pue: number
  readonly scenario: {
    readonly hardwareName: string
    readonly modelName: string
    readonly year: number
    readonly assumptions: string
    readonly inputTokens: number
    readonly outputTokens: number
    readonly mode: 'tco' | 'rental'
  }
  readonly useCases?: UseCaseEconomics
  readonly fleet?: FleetEconomics
  readonly site?: SiteEconomics
  readonly serving?: ServingComparison | { readonly issues: readonly string[] }
  readonly matureNode?: MatureNodeComparison
  readonly valueChain?: ValueChain
  readonly horizon?: HorizonTrajectory
}

export type EconomicsOutcome =
  | { readonly ok: true; readonly value: EconomicsResult }
  | {
      readonly ok: false
      readonly source: 'scenario' | 'economics'
      readonly issues: readonly EconomicsIssue[]
    }

/** Run the economics analyses for a scenario input and the economics inputs. Never throws on bad input. */
export function analyzeEconomics(
  input: ScenarioInput,
  rawInputs: unknown,
  parts: readonly EconomicsPart[] = ECONOMICS_PARTS,
): EconomicsOutcome {
  const validated = validateEconomicsInputs(rawInputs)
  if (!validated.ok) return { ok: false, source: 'economics', issues: validated.issues }
  const inputs: EconomicsInputs = validated.inputs
  const resolved = resolveScenario(input)
  if (!resolved.ok) return { ok: false, source: 'scenario', issues: resolved.issues }
  const s = resolved.scenario
  const want = (part: EconomicsPart): boolean => parts.includes(part)

  const needsYears = want('fleet') || want('site') || want('valueChain') || want('horizon')
  const evaluation = needsYears ? yearlyEvaluation(s) : undefined
  const boundary = s.energy.boundary
  const inputTokens = s.workload.inputTokens
  const outputTokens = s.workload.outputTokens
  const scenarioYear = evaluation?.years.find((p) => p.year === s.year)

  const value: EconomicsResult = {
    boundary,
    pue: s.economics.pue,
    scenario: {
      hardwareName: s.hardware.name,
      modelName: s.model.name,
      year: s.year,
      assumptions: s.assumptions,
      inputTokens,
      outputTokens,
      mode: s.economics.mode,
    },
    ...(want('useCases') ? { useCases: economicsOfUseCases(input, inputs) } : {}),
    ...(evaluation && want('fleet')
      ? {
          fleet: fleetEconomics(
            inputs.fleet,
            boundary,
            inputTokens,
            outputTokens,
            evaluation.baseline,
            evaluation.years,
          ),
        }
      : {}),
    ...(evaluation && want('site')
      ? {
          site: siteEconomics(
            evaluation.context,
            inputs.site,
            boundary,
            evaluation.baseline,
            evaluation.years,
            ENERGY_PER_BIT_LEVERS,
          ),
        }
      : {}),
    ...(want('serving')
      ? { serving: servingComparison(input, inputs.serving.prefill, inputs.serving.decode) }
      : {}),
    ...(want('matureNode')
      ? {
          matureNode: matureNodeComparison(
            { ...input, model: input.model ?? REFERENCE.model },
            inputs.matureNode,
          ),
        }
      : {}),
    ...(evaluation && scenarioYear && want('valueChain')
      ? {
          valueChain: valueChain(
            evaluation.baseline,
            scenarioYear,
            evaluation.years,
            outputTokensPerDay(
              tokensPerDayInYear(inputs.fleet.tokensPerDay2026, inputs.fleet.growthPerYear, s.year),
              inputTokens,
              outputTokens,
            ),
            s.economics.mode,
          ),
        }
      : {}),
    ...(evaluation && want('horizon')
      ? {
          horizon: {
            years: evaluation.years.map((p) => ({
              year: p.year,
              baselineUsdPerMillion: evaluation.baseline.usdPerMillionOutputTokens,
              scenarioUsdPerMillion: p.usdPerMillionOutputTokens,
              baselineJoules: evaluation.baseline.joulesPerOutputToken,
              scenarioJoules: p.joulesPerOutputToken,
            })),
            speculative: inputs.horizon.showSpeculative
              ? {
                  usdPerMillion: speculativeExtension(
                    evaluation.years.map((p) => ({
                      year: p.year,
                      value: p.usdPerMillionOutputTokens,
                    })),
                    inputs.horizon.cmosRateRetained,
                  ),
                  joules: speculativeExtension(
                    evaluation.years.map((p) => ({ year: p.year, value: p.joulesPerOutputToken })),
                    inputs.horizon.cmosRateRetained,
                  ),
                }
              : undefined,
            cmosRateRetained: inputs.horizon.cmosRateRetained,
          },
        }
      : {}),
  }
  return { ok: true, value }
}

/**
 * Fleet and energy: a worldwide token demand per day (growing each year) served with the scenario →
 * accelerators needed, hardware capex, power and energy per year, for the baseline (2026 technology,
 * no levers) and the scenario. Energy and power are at the scenario's energy boundary.
 */
import { FIRST_YEAR, JOULES_PER_KWH, TOKENS_PER_MILLION, WATTS_PER_MW } from '../constants'
import type { EnergyBoundary } from '../result'

import type { EconomicsInputs } from './inputs'
import type { YearPoint } from './yearly'

export const SECONDS_PER_DAY = 86_400 // s/day
export const DAYS_PER_YEAR = 365 // days/year
export const JOULES_PER_TWH = JOULES_PER_KWH * 1e9 // J/TWh

/**
 * Tokens demanded per day in `year`: the 2026 demand × growth^(year − 2026).
 * @param tokensPerDay2026 tokens/day in 2026
 * @param growthPerYear demand multiplier per year (2 = doubling)
 */
export function tokensPerDayInYear(
  tokensPerDay2026: number,
  growthPerYear: number,
  year: number,
): number {
  return tokensPerDay2026 * growthPerYear ** (year - FIRST_YEAR)
}

/**
 * Output tokens per day in a demand counted as input + output tokens, split in the workload's ratio.
 * @param inputTokens prompt tokens per request
 * @param outputTokens output tokens per request
 */
export function outputTokensPerDay(
  tokensPerDay: number,
  inputTokens: number,
  outputTokens: number,
): number {
  return (tokensPerDay * outputTokens) / (inputTokens + outputTokens)
}

/**
 * Accelerators needed to serve a daily output-token demand: whole replicas of
 * `acceleratorsPerReplica`, each delivering `tokensPerSecondPerAccelerator` while serving, for the
 * `utilization` share of the day: ceil(tokens/day ÷ (tokens/s per replica × 86,400 × utilization)) × replica size.
 */
export function acceleratorsNeeded(
  outputTokensPerDayValue: number,
  tokensPerSecondPerAccelerator: number,
  utilization: number,
  acceleratorsPerReplica = 1,
): number {
  if (outputTokensPerDayValue <= 0) return 0
  const perReplicaPerDay =
    tokensPerSecondPerAccelerator * acceleratorsPerReplica * SECONDS_PER_DAY * utilization
  // At least one replica for any positive demand (a tiny demand can underflow the division to 0).
  return Math.max(1, Math.ceil(outputTokensPerDayValue / perReplicaPerDay)) * acceleratorsPerReplica
}

/**
 * Energy per year of a fleet, J: the tokens served × J per token, plus the idle share of the hours at
 * idle power (both at the same boundary).
 */
export function fleetEnergyJoulesPerYear(
  outputTokensPerDayValue: number,
  joulesPerOutputToken: number,
  accelerators: number,
  idleWattsPerAccelerator: number,
  utilization: number,
): number {
  const serving = outputTokensPerDayValue * DAYS_PER_YEAR * joulesPerOutputToken
  const idle =
    accelerators * idleWattsPerAccelerator * (1 - utilization) * DAYS_PER_YEAR * SECONDS_PER_DAY
  return serving + idle
}

/**
 * New hardware bought in one year, USD/year: the fleet's growth over the year before plus the
 * replacement of the share that retires (one service life's worth a year, straight line), at this
 * year's price per accelerator. A flow, comparable with yearly capex (the $700 billion); the fleet's
 * value at replacement cost (`capexUsd`) is a stock and is not (review 2026-12 §4).
 */
export function hardwareSpendUsdPerYear(
  accelerators: number,
  acceleratorsYearBefore: number,
  serviceLifeYears: number,
  capexUsdPerAccelerator: number,
): number {
  const growth = Math.max(0, accelerators - acceleratorsYearBefore)
  const replacement = acceleratorsYearBefore / serviceLifeYears
  return (growth + replacement) * capexUsdPerAccelerator
}

export interface FleetPoint {
  readonly year: number
  readonly feasible: boolean
  readonly accelerators: number
  /** Hardware at replacement cost (accelerators, systems, network), USD: a stock. */
  readonly capexUsd: number
  /** New hardware bought that year (growth + retirements replaced), USD/year: a flow. */
  readonly hardwareSpendUsdPerYear: number
  /** Average power over the year at the boundary, MW. */
  readonly averageMegawatts: number
  /** Provisioned power of the fleet at the boundary, MW. */
  readonly provisionedMegawatts: number
  readonly energyTwhPerYear: number
  /** All-in serving cost of the year's tokens, USD. */
  readonly servingCostUsdPerYear: number
}

export interface FleetYear {
  readonly year: number
  readonly tokensPerDay: number
  readonly outputTokensPerDay: number
  readonly baseline: FleetPoint
  readonly scenario: FleetPoint
}

export interface FleetEconomics {
  readonly boundary: EnergyBoundary
  readonly tokensPerDay2026: number
  readonly growthPerYear: number
  /** The workload shape the demand is split with. */
  readonly inputTokensPerRequest: number
  readonly outputTokensPerRequest: number
  readonly years: readonly FleetYear[]
}

/**
 * One fleet point: a year's demand served at one evaluated year's technology. `acceleratorsYearBefore`
 * is the fleet of the year before (for the hardware bought this year); without it, last year's
 * demand (this year's ÷ `growthPerYear`) served with this year's technology.
 */
export function fleetPoint(
  outputTokensPerDayValue: number,
  p: YearPoint,
  growthPerYear = 1,
  acceleratorsYearBefore?: number,
): FleetPoint {
  if (!p.feasible) {
    return {
      year: p.year,
      feasible: false,
      accelerators: Number.NaN,
      capexUsd: Number.NaN,
      hardwareSpendUsdPerYear: Number.NaN,
      averageMegawatts: Number.NaN,
      provisionedMegawatts: Number.NaN,
      energyTwhPerYear: Number.NaN,
      servingCostUsdPerYear: Number.NaN,
    }
  }
  const accelerators = acceleratorsNeeded(
    outputTokensPerDayValue,
    p.outputTokensPerSecondPerAccelerator,
    p.utilization,
    p.acceleratorsPerReplica,
  )
  const before =
    acceleratorsYearBefore ??
    acceleratorsNeeded(
      outputTokensPerDayValue / growthPerYear,
      p.outputTokensPerSecondPerAccelerator,
      p.utilization,
      p.acceleratorsPerReplica,
    )
  const joules = fleetEnergyJoulesPerYear(
    outputTokensPerDayValue,
    p.joulesPerOutputToken,
    accelerators,
    p.idleWattsPerAccelerator,
    p.utilization,
  )
  return {
    year: p.year,
    feasible: true,
    accelerators,
    capexUsd: accelerators * p.capexUsdPerAccelerator,
    hardwareSpendUsdPerYear: hardwareSpendUsdPerYear(
      accelerators,
      before,
      p.serviceLifeYears,
      p.capexUsdPerAccelerator,
    ),
    averageMegawatts: joules / (DAYS_PER_YEAR * SECONDS_PER_DAY) / WATTS_PER_MW,
    provisionedMegawatts: (accelerators * p.provisionedWattsPerAccelerator) / WATTS_PER_MW,
    energyTwhPerYear: joules / JOULES_PER_TWH,
    servingCostUsdPerYear:
      ((outputTokensPerDayValue * DAYS_PER_YEAR) / TOKENS_PER_MILLION) *
      p.usdPerMillionOutputTokens,
  }
}

/** The fleet per year for the baseline and the scenario. */
export function fleetEconomics(
  fleet: EconomicsInputs['fleet'],
  boundary: EnergyBoundary,
  inputTokens: number,
  outputTokens: number,
  baseline: YearPoint,
  years: readonly YearPoint[],
): FleetEconomics {
  return {
    boundary,
    tokensPerDay2026: fleet.tokensPerDay2026,
    growthPerYear: fleet.growthPerYear,
    inputTokensPerRequest: inputTokens,
    outputTokensPerRequest: outputTokens,
    years: years.reduce<FleetYear[]>((done, p) => {
      const tokensPerDay = tokensPerDayInYear(fleet.tokensPerDay2026, fleet.growthPerYear, p.year)
      const out = outputTokensPerDay(tokensPerDay, inputTokens, outputTokens)
      const before = done[done.length - 1]
      const known = (n: number | undefined): number | undefined =>
        n !== undefined && Number.isFinite(n) ? n : undefined
      done.push({
        year: p.year,
        tokensPerDay,
        outputTokensPerDay: out,
        baseline: fleetPoint(
          out,
          { ...baseline, year: p.year },
          fleet.growthPerYear,
          known(before?.baseline.accelerators),
        ),
        scenario: fleetPoint(out, p, fleet.growthPerYear, known(before?.scenario.accelerators)),
      })
      return done
    }, []),
  }
}

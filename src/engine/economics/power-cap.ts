/**
 * A power-capped site: a fixed number of MW (counted at the scenario's energy boundary) → how many
 * accelerators it can run, the tokens per day it serves and their cost. When power, not money, is the
 * limit, a lever that cuts energy per bit is worth the extra tokens the same MW now serve, even where
 * its effect on cost per token is small.
 */
import type { AnalysisContext } from '../analysis/context'
import { TOKENS_PER_MILLION, WATTS_PER_MW } from '../constants'
import { availability } from '../levers/apply'
import type { LeverId } from '../levers/ids'
import type { EnergyBoundary } from '../result'

import { DAYS_PER_YEAR, SECONDS_PER_DAY } from './fleet'
import type { EconomicsInputs } from './inputs'
import { yearPointWithSliders, type YearPoint } from './yearly'

/**
 * Output tokens per day a site serves: MW × output tokens/s per MW while serving × 86,400 s ×
 * the utilized share of the day.
 */
export function siteTokensPerDay(
  megawatts: number,
  tokensPerSecondPerMegawatt: number,
  utilization: number,
): number {
  return megawatts * tokensPerSecondPerMegawatt * SECONDS_PER_DAY * utilization
}

/** Accelerators a site's power runs while serving: floor(MW × 10⁶ ÷ serving W per accelerator). */
export function siteAccelerators(megawatts: number, servingWattsPerAccelerator: number): number {
  return Math.floor((megawatts * WATTS_PER_MW) / servingWattsPerAccelerator)
}

export interface SitePoint {
  readonly year: number
  readonly feasible: boolean
  readonly accelerators: number
  readonly outputTokensPerDay: number
  readonly usdPerMillionOutputTokens: number
  readonly joulesPerOutputToken: number
  /** Output tokens per year × the market price, USD. */
  readonly revenueUsdPerYear: number
  /** Output tokens per year × the all-in cost, USD. */
  readonly costUsdPerYear: number
}

export function sitePoint(
  megawatts: number,
  tokenPriceUsdPerMillion: number,
  p: YearPoint,
): SitePoint {
  const tokens = p.feasible
    ? siteTokensPerDay(megawatts, p.outputTokensPerSecondPerMegawatt, p.utilization)
    : Number.NaN
  const perYearMillions = (tokens * DAYS_PER_YEAR) / TOKENS_PER_MILLION
  return {
    year: p.year,
    feasible: p.feasible,
    accelerators: p.feasible
      ? siteAccelerators(megawatts, p.servingWattsPerAccelerator)
      : Number.NaN,
    outputTokensPerDay: tokens,
    usdPerMillionOutputTokens: p.usdPerMillionOutputTokens,
    joulesPerOutputToken: p.joulesPerOutputToken,
    revenueUsdPerYear: perYearMillions * tokenPriceUsdPerMillion,
    costUsdPerYear: perYearMillions * p.usdPerMillionOutputTokens,
  }
}

export interface LeverPayoff {
  readonly lever: LeverId
  readonly name: string
  /** Availability of the lever in the site's year, 0..1 (its effect scales with it). */
  readonly availability: number
  readonly applies: boolean
  /** Lever from 0 to 100 % (others as in the scenario): relative change in cost per token. */
  readonly costPerTokenChange: number
  /** Relative change in energy per token at the boundary. */
  readonly energyPerTokenChange: number
  /** Relative change in tokens per day from the same MW. */
  readonly siteTokensChange: number
  /** Extra output tokens per year the site serves with the lever on. */
  readonly extraTokensPerYear: number
  /** Those extra tokens at the market price, USD/year. */
  readonly extraRevenueUsdPerYear: number
  /** The cost saving on the tokens the site served without the lever, USD/year. */
  readonly costSavingUsdPerYear: number
}

/** Lever at 0 vs 100 % adoption in the site's year, the other levers as in the scenario. */
export function leverPayoff(
  context: AnalysisContext,
  site: EconomicsInputs['site'],
  lever: LeverId,
): LeverPayoff {
  const index = context.levers.findIndex((l) => l.id === lever)
  const spec = context.levers[index]
  const off = sitePoint(
    site.megawatts,
    site.tokenPriceUsdPerMillion,
    yearPointWithSliders(context, site.year, { [lever]: 0 }),
  )
  const on = sitePoint(
    site.megawatts,
    site.tokenPriceUsdPerMillion,
    yearPointWithSliders(context, site.year, { [lever]: 1 }),
  )
  const extraTokensPerYear = (on.outputTokensPerDay - off.outputTokensPerDay) * DAYS_PER_YEAR
  return {
    lever,
    name: spec?.name ?? lever,
    availability: spec ? availability(spec, site.year) : 0,
    applies: index >= 0 && context.applicable[index] === true,
    costPerTokenChange: on.usdPerMillionOutputTokens / off.usdPerMillionOutputTokens - 1,
    energyPerTokenChange: on.joulesPerOutputToken / off.joulesPerOutputToken - 1,
    siteTokensChange: on.outputTokensPerDay / off.outputTokensPerDay - 1,
    extraTokensPerYear,
    extraRevenueUsdPerYear:
      (extraTokensPerYear / TOKENS_PER_MILLION) * site.tokenPriceUsdPerMillion,
    costSavingUsdPerYear:
      ((off.outputTokensPerDay * DAYS_PER_YEAR) / TOKENS_PER_MILLION) *
      (off.usdPerMillionOutputTokens - on.usdPerMillionOutputTokens),
  }
}

export interface SiteEconomics {
  readonly boundary: EnergyBoundary
  readonly megawatts: number
  readonly year: number
  readonly tokenPriceUsdPerMillion: number
  /** The site in each year 2026–2030: baseline technology and the scenario. */
  readonly years: readonly {
    readonly year: number
    readonly baseline: SitePoint
    readonly scenario: SitePoint
  }[]
  readonly payoffs: readonly LeverPayoff[]
}

export function siteEconomics(
  context: AnalysisContext,
  site: EconomicsInputs['site'],
  boundary: EnergyBoundary,
  baseline: YearPoint,
  years: readonly YearPoint[],
  levers: readonly LeverId[],
): SiteEconomics {
  return {
    boundary,
    megawatts: site.megawatts,
    year: site.year,
    tokenPriceUsdPerMillion: site.tokenPriceUsdPerMillion,
    years: years.map((p) => ({
      year: p.year,
      baseline: sitePoint(site.megawatts, site.tokenPriceUsdPerMillion, {
        ...baseline,
        year: p.year,
      }),
      scenario: sitePoint(site.megawatts, site.tokenPriceUsdPerMillion, p),
    })),
    payoffs: levers.map((lever) => leverPayoff(context, site, lever)),
  }
}

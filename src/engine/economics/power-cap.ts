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
  /** Prompt tokens a day: the output tokens × the workload's prompt tokens per output token. */
  readonly inputTokensPerDay: number
  readonly usdPerMillionOutputTokens: number
  readonly joulesPerOutputToken: number
  /** Output tokens a year × the output price plus prompt tokens a year × the input price, USD. */
  readonly revenueUsdPerYear: number
  /** Output tokens a year × the all-in cost per output token (which carries the prompt reading too), USD. */
  readonly costUsdPerYear: number
}

/** Token prices a site sells at, USD per million: input (prompt) and output tokens each at their own. */
export interface SitePrices {
  readonly inputUsdPerMillion: number
  readonly outputUsdPerMillion: number
}

/** The site's prices from its inputs; an input price left out is the output price (one list price for both). */
export function sitePrices(site: EconomicsInputs['site']): SitePrices {
  return {
    inputUsdPerMillion: site.inputTokenPriceUsdPerMillion ?? site.tokenPriceUsdPerMillion,
    outputUsdPerMillion: site.tokenPriceUsdPerMillion,
  }
}

/**
 * Revenue a year from the tokens a site serves, USD: every prompt and output token at its own price
 * (review 2026-12 §4: counting output tokens only left out four fifths of a chat site's tokens).
 */
export function siteRevenueUsdPerYear(
  outputTokensPerDay: number,
  inputTokensPerDay: number,
  prices: SitePrices,
): number {
  return (
    ((outputTokensPerDay * prices.outputUsdPerMillion +
      inputTokensPerDay * prices.inputUsdPerMillion) *
      DAYS_PER_YEAR) /
    TOKENS_PER_MILLION
  )
}

export function sitePoint(megawatts: number, prices: SitePrices, p: YearPoint): SitePoint {
  const tokens = p.feasible
    ? siteTokensPerDay(megawatts, p.outputTokensPerSecondPerMegawatt, p.utilization)
    : Number.NaN
  const inputTokens = tokens * p.inputTokensPerOutputToken
  const perYearMillions = (tokens * DAYS_PER_YEAR) / TOKENS_PER_MILLION
  return {
    year: p.year,
    feasible: p.feasible,
    accelerators: p.feasible
      ? siteAccelerators(megawatts, p.servingWattsPerAccelerator)
      : Number.NaN,
    outputTokensPerDay: tokens,
    inputTokensPerDay: inputTokens,
    usdPerMillionOutputTokens: p.usdPerMillionOutputTokens,
    joulesPerOutputToken: p.joulesPerOutputToken,
    revenueUsdPerYear: siteRevenueUsdPerYear(tokens, inputTokens, prices),
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
  /** The extra requests' prompt and output tokens at their prices, USD/year. */
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
  const prices = sitePrices(site)
  const off = sitePoint(
    site.megawatts,
    prices,
    yearPointWithSliders(context, site.year, { [lever]: 0 }),
  )
  const on = sitePoint(
    site.megawatts,
    prices,
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
    extraRevenueUsdPerYear: on.revenueUsdPerYear - off.revenueUsdPerYear,
    costSavingUsdPerYear:
      ((off.outputTokensPerDay * DAYS_PER_YEAR) / TOKENS_PER_MILLION) *
      (off.usdPerMillionOutputTokens - on.usdPerMillionOutputTokens),
  }
}

export interface SiteEconomics {
  readonly boundary: EnergyBoundary
  readonly megawatts: number
  readonly year: number
  /** Output token price, USD per million. */
  readonly tokenPriceUsdPerMillion: number
  /** Input (prompt) token price, USD per million. */
  readonly inputTokenPriceUsdPerMillion: number
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
    inputTokenPriceUsdPerMillion: sitePrices(site).inputUsdPerMillion,
    years: years.map((p) => ({
      year: p.year,
      baseline: sitePoint(site.megawatts, sitePrices(site), { ...baseline, year: p.year }),
      scenario: sitePoint(site.megawatts, sitePrices(site), p),
    })),
    payoffs: levers.map((lever) => leverPayoff(context, site, lever)),
  }
}

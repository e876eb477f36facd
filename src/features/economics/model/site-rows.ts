import type { LeverPayoff, SiteEconomics } from '@/engine/index'
import { formatChange, formatCountWords, formatUsd } from '@/lib/format'

export interface PayoffBar {
  readonly name: string
  /** Percent, lever from 0 to 100 % adoption. */
  readonly costChangePct: number
  readonly tokensChangePct: number
  readonly energyChangePct: number
  readonly availability: number
  readonly applies: boolean
}

const SHORT_NAMES: Readonly<Record<string, string>> = {
  coPackagedOptics: 'Co-packaged optics',
  advancedPackaging: 'Advanced packaging (3D)',
  processingInMemory: 'Processing in memory',
  advancedNodes: 'Advanced nodes',
}

export function payoffBars(site: SiteEconomics): PayoffBar[] {
  return site.payoffs.map((p: LeverPayoff) => ({
    name: SHORT_NAMES[p.lever] ?? p.name,
    costChangePct: p.costPerTokenChange * 100,
    tokensChangePct: p.siteTokensChange * 100,
    energyChangePct: p.energyPerTokenChange * 100,
    availability: p.availability,
    applies: p.applies,
  }))
}

/**
 * Levers whose payoff at a power-capped site (extra tokens from the same MW) exceeds their effect on
 * cost per token: the case the article makes for energy-per-bit technologies.
 */
export function energyLeversThatPayOff(site: SiteEconomics): LeverPayoff[] {
  return site.payoffs.filter(
    (p) =>
      p.applies &&
      p.siteTokensChange > 0.005 &&
      p.siteTokensChange > Math.abs(p.costPerTokenChange),
  )
}

export function siteSentence(site: SiteEconomics): string {
  const point = site.years.find((y) => y.year === site.year)
  if (!point || !point.scenario.feasible)
    return 'The scenario cannot run, so the site cannot be sized.'
  const s = point.scenario
  const best = [...site.payoffs]
    .filter((p) => p.applies)
    .sort((a, b) => b.siteTokensChange - a.siteTokensChange)[0]
  const first = `A ${site.megawatts.toLocaleString('en-US')} MW site in ${site.year} runs ${formatCountWords(s.accelerators)} accelerators and serves ${formatCountWords(s.outputTokensPerDay)} output tokens a day at ${formatUsd(s.usdPerMillionOutputTokens)} per million.`
  if (!best) return first
  return `${first} ${best.name}: ${formatChange(best.costPerTokenChange)} cost per token, ${formatChange(best.siteTokensChange)} tokens from the same power.`
}

import { DATA_CENTRE_TWH_2024, HYPERSCALER_CAPEX_2026_USD } from '@/engine/index'
import type { FleetEconomics, FleetYear } from '@/engine/index'
import { formatCountWords, formatPercent, formatTwh, formatUsd } from '@/lib/format'

export interface FleetChartRow {
  readonly year: number
  readonly tokensPerDay: number
  readonly baselineCapexB: number
  readonly scenarioCapexB: number
  readonly baselineTwh: number
  readonly scenarioTwh: number
  readonly baselineAccelerators: number
  readonly scenarioAccelerators: number
  readonly baselineAverageMw: number
  readonly scenarioAverageMw: number
  readonly baselineProvisionedMw: number
  readonly scenarioProvisionedMw: number
}

export function fleetChartRows(fleet: FleetEconomics): FleetChartRow[] {
  return fleet.years.map((y: FleetYear) => ({
    year: y.year,
    tokensPerDay: y.tokensPerDay,
    baselineCapexB: y.baseline.capexUsd / 1e9,
    scenarioCapexB: y.scenario.capexUsd / 1e9,
    baselineTwh: y.baseline.energyTwhPerYear,
    scenarioTwh: y.scenario.energyTwhPerYear,
    baselineAccelerators: y.baseline.accelerators,
    scenarioAccelerators: y.scenario.accelerators,
    baselineAverageMw: y.baseline.averageMegawatts,
    scenarioAverageMw: y.scenario.averageMegawatts,
    baselineProvisionedMw: y.baseline.provisionedMegawatts,
    scenarioProvisionedMw: y.scenario.provisionedMegawatts,
  }))
}

/** Hyperscaler 2026 capex in $ billion, for the reference line. */
export const HYPERSCALER_CAPEX_B = HYPERSCALER_CAPEX_2026_USD / 1e9
export const DATA_CENTRE_TWH = DATA_CENTRE_TWH_2024

export interface FleetSummary {
  readonly year: number
  readonly tokensPerDay: number
  readonly capexShareOfHyperscaler: { readonly baseline: number; readonly scenario: number }
  readonly energyShareOfDataCentres: { readonly baseline: number; readonly scenario: number }
  readonly sentence: string
}

/** The last year's fleet in one sentence, against the article's $700 billion and all data centres' 2024 energy. */
export function fleetSummary(fleet: FleetEconomics): FleetSummary | undefined {
  const last = fleet.years[fleet.years.length - 1]
  if (!last) return undefined
  const b = last.baseline
  const s = last.scenario
  const capexShare = {
    baseline: b.capexUsd / HYPERSCALER_CAPEX_2026_USD,
    scenario: s.capexUsd / HYPERSCALER_CAPEX_2026_USD,
  }
  const energyShare = {
    baseline: b.energyTwhPerYear / DATA_CENTRE_TWH_2024,
    scenario: s.energyTwhPerYear / DATA_CENTRE_TWH_2024,
  }
  const same = Math.abs(s.capexUsd - b.capexUsd) < 1e-6 * Math.max(1, b.capexUsd)
  const base = `In ${last.year}, ${formatCountWords(last.tokensPerDay)} tokens a day need ${formatCountWords(b.accelerators)} accelerators, ${formatUsd(b.capexUsd)} of hardware (${formatPercent(capexShare.baseline)} of the hyperscalers’ 2026 capex) and ${formatTwh(b.energyTwhPerYear)} a year with 2026 technology.`
  const scenario = same
    ? ' Move the levers to see what the technologies save.'
    : ` With the scenario’s levers: ${formatCountWords(s.accelerators)}, ${formatUsd(s.capexUsd)} and ${formatTwh(s.energyTwhPerYear)}.`
  return {
    year: last.year,
    tokensPerDay: last.tokensPerDay,
    capexShareOfHyperscaler: capexShare,
    energyShareOfDataCentres: energyShare,
    sentence: base + scenario,
  }
}

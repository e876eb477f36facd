import { useMemo } from 'react'

import { ChartFrame } from '@/components/ui/chart-frame'
import { NumberField, SelectField } from '@/components/ui/field'
import { FLEET_SOURCES, REFERENCE_SOURCES, SITE_SOURCES } from '@/engine/index'
import type { FleetEconomics, SiteEconomics } from '@/engine/index'
import {
  formatChange,
  formatCountWords,
  formatJoules,
  formatPercent,
  formatTwh,
  formatUsd,
  formatWatts,
} from '@/lib/format'
import { selectEconomicsResult, selectScenario } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import { useEconomicsInputs, useUpdateEconomicsInputs } from '../hooks/use-economics'
import { boundaryLabel, boundaryShort } from '../model/boundary'
import { withFleet, withSite } from '../model/edit-inputs'
import { fleetChartRows, fleetSummary } from '../model/fleet-rows'
import { leversOn, scenarioLine } from '../model/scenario-line'
import { payoffBars, siteSentence } from '../model/site-rows'

import { EconomicsStatus } from './economics-status'
import { CapexChart, EnergyChart, PayoffChart } from './fleet-charts'
import { SourceDetails } from './source-details'
import { Stat } from './stat'
import '../economics.css'

const YEARS = [2026, 2027, 2028, 2029, 2030] as const
const source = (s: { readonly source: string } | undefined): string => s?.source ?? ''

function FleetSection({
  fleet,
  line,
  pue,
}: {
  readonly fleet: FleetEconomics
  readonly line: string
  readonly pue: number
}) {
  const inputs = useEconomicsInputs()
  const update = useUpdateEconomicsInputs()
  const rows = useMemo(() => fleetChartRows(fleet), [fleet])
  const summary = useMemo(() => fleetSummary(fleet), [fleet])
  const last = fleet.years[fleet.years.length - 1]
  const boundary = boundaryShort(fleet.boundary)
  const energyLine = boundaryLabel(fleet.boundary, pue)
  const demandSplit = `demand split ${fleet.inputTokensPerRequest.toLocaleString('en-US')} in : ${fleet.outputTokensPerRequest.toLocaleString('en-US')} out per request, as in the scenario’s workload`
  const sources =
    'demand: Google 1.3 quadrillion tokens/month (Oct 2025) and ~3.2 quadrillion (Apr 2026), OpenAI ~260 trillion/month, rest of market estimated (L); growth 2×/year (L); $700B: the article; 415 TWh: IEA, Energy and AI (2025); hardware per accelerator and energy per token: the engine'
  const tableData = {
    columns: [
      { key: 'year', label: 'Year' },
      { key: 'tokensPerDay', label: 'Token demand', unit: 'tokens/day' },
      { key: 'baselineAccelerators', label: 'Accelerators, baseline' },
      { key: 'scenarioAccelerators', label: 'Accelerators, scenario' },
      { key: 'baselineCapexB', label: 'Installed hardware, baseline', unit: '$ billion' },
      { key: 'scenarioCapexB', label: 'Installed hardware, scenario', unit: '$ billion' },
      { key: 'baselineSpendB', label: 'Hardware bought, baseline', unit: '$ billion/year' },
      { key: 'scenarioSpendB', label: 'Hardware bought, scenario', unit: '$ billion/year' },
      { key: 'baselineAverageMw', label: `Average power, baseline (${boundary})`, unit: 'MW' },
      { key: 'scenarioAverageMw', label: `Average power, scenario (${boundary})`, unit: 'MW' },
      {
        key: 'baselineProvisionedMw',
        label: `Provisioned power, baseline (${boundary})`,
        unit: 'MW',
      },
      {
        key: 'scenarioProvisionedMw',
        label: `Provisioned power, scenario (${boundary})`,
        unit: 'MW',
      },
      { key: 'baselineTwh', label: `Energy, baseline (${boundary})`, unit: 'TWh/year' },
      { key: 'scenarioTwh', label: `Energy, scenario (${boundary})`, unit: 'TWh/year' },
    ],
    rows: rows.map((r) => ({ ...r })),
  }
  return (
    <>
      <div className="card econ-hero">
        <div className="econ-hero-text">
          <p className="econ-kicker">Fleet and energy: the demand, the machines, the power</p>
          <p className="econ-headline econ-headline-sm">{summary?.sentence}</p>
          <p className="econ-small">
            {energyLine}. Hardware counts accelerators with their share of servers and network;
            buildings and power plants are not included. The chart compares a flow with a flow: the
            hardware bought each year (the fleet’s growth plus the retiring share replaced, one
            service life’s worth a year) against the $700B of yearly capex, not the installed
            fleet’s value.
          </p>
          <SourceDetails
            summary="Sources of the demand and the reference lines"
            labels={{
              tokensPerDay2026: 'Token demand 2026',
              growthPerYear: 'Demand growth',
              hyperscalerCapex2026Usd: '$700 billion',
              dataCentreTwh2024: '415 TWh',
            }}
            sources={{ ...FLEET_SOURCES, ...REFERENCE_SOURCES }}
          />
        </div>
        <div className="econ-hero-controls">
          <NumberField
            label="Token demand in 2026"
            value={inputs.fleet.tokensPerDay2026}
            min={1e6}
            max={1e19}
            scale={1e-12}
            unit="trillion/day"
            width="80px"
            hint="Input and output tokens, all providers"
            onCommit={(tokensPerDay2026) => update((i) => withFleet(i, { tokensPerDay2026 }))}
          />
          <NumberField
            label="Demand growth"
            value={inputs.fleet.growthPerYear}
            min={0.1}
            max={20}
            unit="× per year"
            width="64px"
            onCommit={(growthPerYear) => update((i) => withFleet(i, { growthPerYear }))}
          />
        </div>
      </div>
      {last ? (
        <div className="econ-stats" aria-label={`Fleet in ${last.year}`}>
          <Stat
            label={`Token demand ${last.year}`}
            value={`${formatCountWords(last.tokensPerDay)}`}
            detail="tokens a day"
          />
          <Stat
            label={`Accelerators ${last.year}`}
            value={formatCountWords(last.scenario.accelerators)}
            detail={`scenario · ${formatCountWords(last.baseline.accelerators)} with 2026 technology`}
          />
          <Stat
            label={`Hardware bought in ${last.year}`}
            value={formatUsd(last.scenario.hardwareSpendUsdPerYear)}
            detail={`${formatPercent(summary?.capexShareOfHyperscaler.scenario ?? Number.NaN)} of the $700B yearly hyperscaler capex · ${formatUsd(last.scenario.capexUsd)} installed`}
            tone={last.scenario.hardwareSpendUsdPerYear > 700e9 ? 'bad' : 'neutral'}
          />
          <Stat
            label={`Energy ${last.year} (${boundary})`}
            value={formatTwh(last.scenario.energyTwhPerYear)}
            detail={`${formatPercent(summary?.energyShareOfDataCentres.scenario ?? Number.NaN)} of all data centres in 2024 · ${formatWatts(last.scenario.averageMegawatts * 1e6)} average`}
          />
        </div>
      ) : null}
      <div className="econ-grid-2">
        <ChartFrame
          title="Hardware to serve the demand"
          subtitle={`${line} · ${demandSplit}`}
          sources={sources}
          exportName="fleet-hardware"
          data={tableData}
        >
          <CapexChart rows={rows} />
        </ChartFrame>
        <ChartFrame
          title="Energy to serve the demand"
          subtitle={`${line} · ${energyLine}`}
          sources={sources}
          exportName="fleet-energy"
          data={tableData}
        >
          <EnergyChart rows={rows} boundary={boundary} />
        </ChartFrame>
      </div>
    </>
  )
}

function SiteSection({
  site,
  line,
  pue,
}: {
  readonly site: SiteEconomics
  readonly line: string
  readonly pue: number
}) {
  const inputs = useEconomicsInputs()
  const update = useUpdateEconomicsInputs()
  const bars = useMemo(() => payoffBars(site), [site])
  const point = site.years.find((y) => y.year === site.year)
  const boundary = boundaryShort(site.boundary)
  const capNote =
    site.boundary === 'facility'
      ? 'The cap is counted at the facility meter (chips, hosts, cooling): what a grid connection limits.'
      : `The cap is counted at the ${boundary} boundary, as the scenario’s energy boundary says; a real grid connection caps the facility.`
  const sources = `${source(SITE_SOURCES.megawatts)}; prices: ${source(SITE_SOURCES.inputTokenPriceUsdPerMillion)}; lever effects and availability: src/engine/levers/catalog.ts`
  return (
    <>
      <h2 className="econ-section-title" id="econ-site">
        A power-capped site
      </h2>
      <p className="econ-section-intro">
        When power, not money, is the limit, a lever that saves energy per bit is worth the extra
        tokens the same megawatts serve, even where it barely moves the cost per token. {capNote}
      </p>
      <div className="card econ-hero">
        <div className="econ-hero-text">
          <p className="econ-headline econ-headline-sm">{siteSentence(site)}</p>
          <SourceDetails
            summary="Sources of the site defaults"
            labels={{
              megawatts: 'Site power',
              tokenPriceUsdPerMillion: 'Output token price',
              inputTokenPriceUsdPerMillion: 'Input token price',
              year: 'Year',
            }}
            sources={SITE_SOURCES}
          />
        </div>
        <div className="econ-hero-controls">
          <NumberField
            label="Site power"
            value={inputs.site.megawatts}
            min={0.001}
            max={100_000}
            unit="MW"
            width="80px"
            onCommit={(megawatts) => update((i) => withSite(i, { megawatts }))}
          />
          <SelectField
            label="Year"
            value={String(inputs.site.year)}
            options={YEARS.map((y) => ({ value: String(y), label: String(y) }))}
            onChange={(year) => update((i) => withSite(i, { year: Number(year) }))}
          />
          <NumberField
            label="Output token price"
            value={inputs.site.tokenPriceUsdPerMillion}
            min={0}
            max={10_000}
            unit="$ per million"
            width="72px"
            onCommit={(tokenPriceUsdPerMillion) =>
              update((i) => withSite(i, { tokenPriceUsdPerMillion }))
            }
          />
          <NumberField
            label="Input token price"
            value={site.inputTokenPriceUsdPerMillion}
            min={0}
            max={10_000}
            unit="$ per million"
            width="72px"
            onCommit={(inputTokenPriceUsdPerMillion) =>
              update((i) => withSite(i, { inputTokenPriceUsdPerMillion }))
            }
          />
        </div>
      </div>
      {point ? (
        <div className="econ-stats" aria-label={`Site in ${site.year}`}>
          <Stat
            label="Output tokens a day"
            value={formatCountWords(point.scenario.outputTokensPerDay)}
            detail={`${formatCountWords(point.baseline.outputTokensPerDay)} with 2026 technology`}
          />
          <Stat
            label="Accelerators it runs"
            value={formatCountWords(point.scenario.accelerators)}
            detail={`${formatCountWords(point.baseline.accelerators)} with 2026 technology`}
          />
          <Stat
            label="Cost per million output tokens"
            value={formatUsd(point.scenario.usdPerMillionOutputTokens)}
            detail={`${formatUsd(point.baseline.usdPerMillionOutputTokens)} with 2026 technology`}
          />
          <Stat
            label="Revenue a year"
            value={formatUsd(point.scenario.revenueUsdPerYear)}
            detail={`prompt and output tokens at their prices · cost ${formatUsd(point.scenario.costUsdPerYear)}`}
          />
          <Stat
            label={`Energy per token (${boundary})`}
            value={formatJoules(point.scenario.joulesPerOutputToken)}
            detail={`${formatJoules(point.baseline.joulesPerOutputToken)} with 2026 technology`}
          />
        </div>
      ) : null}
      <ChartFrame
        title={`Energy-per-bit levers at a ${site.megawatts.toLocaleString('en-US')} MW site, ${site.year}`}
        subtitle={`${line} · each lever from 0 to 100 %, the others as in the scenario · ${boundaryLabel(site.boundary, pue)}`}
        sources={sources}
        exportName="power-capped-site-levers"
        data={{
          columns: [
            { key: 'lever', label: 'Lever' },
            { key: 'availability', label: `Available in ${site.year}`, unit: 'share' },
            { key: 'cost', label: 'Cost per token change', unit: 'share' },
            { key: 'energy', label: 'Energy per token change', unit: 'share' },
            { key: 'tokens', label: 'Tokens per day change', unit: 'share' },
            { key: 'revenue', label: 'Extra revenue', unit: 'USD/year' },
            { key: 'saving', label: 'Cost saving on the same tokens', unit: 'USD/year' },
          ],
          rows: site.payoffs.map((p) => ({
            lever: p.name,
            availability: p.availability,
            cost: p.costPerTokenChange,
            energy: p.energyPerTokenChange,
            tokens: p.siteTokensChange,
            revenue: p.extraRevenueUsdPerYear,
            saving: p.costSavingUsdPerYear,
          })),
        }}
      >
        <PayoffChart bars={bars} />
        <div className="econ-table-scroll">
          <table className="econ-table" aria-label="What each lever is worth at the site">
            <thead>
              <tr>
                <th scope="col">Lever</th>
                <th scope="col" className="num-col">
                  Available in {site.year}
                </th>
                <th scope="col" className="num-col">
                  Cost per token
                </th>
                <th scope="col" className="num-col">
                  Tokens from the same MW
                </th>
                <th scope="col" className="num-col">
                  Extra revenue a year (prompt {formatUsd(site.inputTokenPriceUsdPerMillion)}/M,
                  output {formatUsd(site.tokenPriceUsdPerMillion)}/M)
                </th>
                <th scope="col" className="num-col">
                  Saving on today’s tokens a year
                </th>
              </tr>
            </thead>
            <tbody>
              {site.payoffs.map((p) => (
                <tr key={p.lever}>
                  <th scope="row">{p.name}</th>
                  <td className="num-col num">
                    {p.applies ? formatPercent(p.availability) : 'n/a'}
                  </td>
                  <td className="num-col num">{formatChange(p.costPerTokenChange)}</td>
                  <td className="num-col num">{formatChange(p.siteTokensChange)}</td>
                  <td className="num-col num">{formatUsd(p.extraRevenueUsdPerYear)}</td>
                  <td className="num-col num">{formatUsd(p.costSavingUsdPerYear)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ChartFrame>
    </>
  )
}

export function FleetView() {
  const result = useAppStore(selectEconomicsResult)
  const scenario = useAppStore(selectScenario)
  if (!result?.fleet || !result.site) {
    return (
      <section className="econ-view" aria-label="Fleet and power">
        <EconomicsStatus />
        <p className="view-loading">Computing the fleet…</p>
      </section>
    )
  }
  const line = scenarioLine(result, leversOn(scenario))
  return (
    <section className="econ-view" aria-label="Fleet and power">
      <EconomicsStatus />
      <FleetSection fleet={result.fleet} line={line} pue={result.pue} />
      <SiteSection site={result.site} line={line} pue={result.pue} />
    </section>
  )
}

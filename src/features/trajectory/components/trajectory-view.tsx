import { useId, useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { ChartFrame } from '@/components/ui/chart-frame'
import { RoadmapCheckTable, roadmapCheckExport } from '@/components/ui/roadmap-check'
import { useChartValue } from '@/components/ui/use-chart-value'
import { presetById, type RoadmapCheck } from '@/engine/index'
import {
  formatFoldChange,
  formatFoldRange,
  formatJoules,
  formatUsd,
  type FoldWords,
} from '@/lib/format'
import { selectScenarioSummary } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import { trajectoryExport } from '../model/trajectory-export'
import {
  bandFolds,
  EPOCH_RANGE,
  MARKET_TREND,
  trajectoryRows,
  type Metric,
  type TrajectoryRow,
} from '../model/trajectory-rows'

import { TrajectoryChart } from './trajectory-chart'

import '../trajectory.css'

const formatUsdPerM = (v: number): string => formatUsd(v)

function Toggle({
  label,
  checked,
  onChange,
}: {
  readonly label: string
  readonly checked: boolean
  readonly onChange: (on: boolean) => void
}) {
  const id = useId()
  return (
    <label className="chart-toggle" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  )
}

function UncertaintyTag({
  hasBand,
  stale,
  failed,
}: {
  readonly hasBand: boolean
  readonly stale: boolean
  readonly failed: boolean
}) {
  if (failed)
    return (
      <span className="status-tag" data-tone="bad">
        uncertainty unavailable
      </span>
    )
  if (!hasBand)
    return (
      <span className="status-tag" data-tone="pending">
        computing uncertainty…
      </span>
    )
  if (stale)
    return (
      <span className="status-tag" data-tone="pending">
        updating uncertainty…
      </span>
    )
  return null
}

const SHOWCASE_PRESET_ID = 'article-all'

/** With every lever off the trajectory is flat by construction: say so, and offer the article's full adoption. */
function NoLeverHint() {
  const showcase = presetById(SHOWCASE_PRESET_ID)
  if (!showcase) return null
  const apply = (): void => useAppStore.getState().applyPreset(showcase)
  return (
    <p className="trajectory-hint">
      No lever is on, so every year equals the 2026 baseline. Move a slider on the left, or{' '}
      <button type="button" className="link-button" onClick={apply}>
        show “{showcase.name}”
      </button>{' '}
      (the model, hardware and workload stay).
    </p>
  )
}

function Legend({
  metric,
  hasMarket,
  relativeError,
}: {
  readonly metric: Metric
  readonly hasMarket: boolean
  readonly relativeError: number | undefined
}) {
  return (
    <ul className="trajectory-legend" aria-label="Legend">
      <li>
        <span className="swatch swatch-line" data-series="scenario" aria-hidden="true" />
        Scenario (levers at their base effect)
      </li>
      <li>
        <span className="swatch swatch-band" aria-hidden="true" />
        P10–P90 range over the levers’ effect ranges
      </li>
      {relativeError !== undefined ? (
        <li>
          <span className="swatch swatch-band" data-series="engine-error" aria-hidden="true" />
          Engine error ±{Math.round(relativeError * 100)} % (validation error of the nearest
          measured regime{metric === 'energy' ? ', against measured GPU energy' : ''})
        </li>
      ) : null}
      <li>
        <span className="swatch swatch-line" data-series="baseline" aria-hidden="true" />
        2026 baseline, no levers
      </li>
      <li>
        <span className="swatch swatch-line" data-series="reference" aria-hidden="true" />
        10× and 100× {metric === 'cost' ? 'cheaper' : 'less energy'} than 2026
      </li>
      {hasMarket ? (
        <li>
          <span className="swatch swatch-line" data-series="market" aria-hidden="true" />
          Context, not model output: market price trend ~{MARKET_TREND.perYear}×/year
        </li>
      ) : null}
    </ul>
  )
}

function Stat({
  label,
  value,
  detail,
  pending,
}: {
  readonly label: string
  readonly value: string
  readonly detail?: string
  readonly pending?: boolean
}) {
  return (
    <div className="trajectory-stat">
      <span className="trajectory-stat-label">{label}</span>
      <span className="trajectory-stat-value num">{value}</span>
      {detail ? (
        <span className="trajectory-stat-detail num" data-pending={pending}>
          {detail}
        </span>
      ) : null}
    </div>
  )
}

const COST_WORDS: FoldWords = { better: 'cheaper', worse: 'costlier' }
const ENERGY_WORDS: FoldWords = { better: 'less', worse: 'more' }

function bandDetail(row: TrajectoryRow | undefined, words: FoldWords): string | undefined {
  if (row && !(Number.isFinite(row.baseline) && row.baseline > 0))
    return 'no 2026 baseline: without its levers the model does not run on this deployment'
  const folds = row ? bandFolds(row) : undefined
  return folds ? `P10–P90: ${formatFoldRange(folds[0], folds[1], words)}` : undefined
}

/** Under the headline: the years whose lever-built chip is beyond every announced part. */
function RoadmapFlag({ checks }: { readonly checks: readonly RoadmapCheck[] }) {
  const beyond = checks.filter((c) => c.outside)
  if (beyond.length === 0) return null
  const last = beyond[beyond.length - 1]!
  return (
    <p className="trajectory-roadmap-flag" role="note">
      <strong>⚠ Beyond the announced roadmap</strong> in {beyond.map((c) => c.year).join(', ')}:{' '}
      {last.caveats[0]}
      {last.caveats.length > 1 ? ` (and ${last.caveats.length - 1} more)` : ''}.{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => document.getElementById('roadmap-check')?.scrollIntoView()}
      >
        See the roadmap check
      </button>
      .
    </p>
  )
}

export function TrajectoryView() {
  const { trajectory, uncertainty, trajectoryStatus, heavyStatus } = useAppStore(
    useShallow((s) => ({
      trajectory: s.analysis.trajectory,
      uncertainty: s.analysis.uncertainty,
      trajectoryStatus: s.analysis.trajectoryStatus,
      heavyStatus: s.analysis.heavyStatus,
    })),
  )
  const summary = useAppStore(selectScenarioSummary)
  const noLeverOn = useAppStore(
    (s) => !Object.values(s.scenario.levers ?? {}).some((adoption) => (adoption ?? 0) > 0),
  )
  // The engine's own error (issue 14 item 6): the validation median error of the nearest regime.
  const relativeError = useAppStore((s) => s.run.result?.accuracy.relativeError)
  // Energy per token's own (larger) error: measured GPU energy, ML.ENERGY v3.0.
  const energyRelativeError = useAppStore((s) => s.run.result?.accuracy.energyRelativeError)
  const energyBoundary = useAppStore((s) => s.run.result?.energyPerToken.boundary)
  const [log, setLog] = useState(true)
  const [market, setMarket] = useState(false)

  // The charts follow a throttled, deferred copy of the results: a drag brings an engine reply
  // per input, and re-rendering two charts for each would block the slider.
  // The band's "being recomputed" look travels with the data it belongs to: a chart prop that
  // followed the live status would redraw the chart synchronously on every status flip.
  const bandStale = heavyStatus !== 'done'
  const latest = useMemo(
    () => ({ trajectory, uncertainty, bandStale }),
    [trajectory, uncertainty, bandStale],
  )
  const shown = useChartValue(latest)
  // The energy chart follows the cost chart one task later, so the two redraws (each tens of ms
  // of chart work on a slow machine) never add up to one long task during a drag.
  const shownForEnergy = useChartValue(shown, 0)
  const shownTrajectory = shown.trajectory
  const shownUncertainty = shown.uncertainty
  const costRows = useMemo(
    () =>
      shownTrajectory
        ? trajectoryRows(shownTrajectory, shownUncertainty, 'cost', market, relativeError)
        : [],
    [shownTrajectory, shownUncertainty, market, relativeError],
  )
  const energyRows = useMemo(
    () =>
      shownForEnergy.trajectory
        ? trajectoryRows(
            shownForEnergy.trajectory,
            shownForEnergy.uncertainty,
            'energy',
            false,
            energyRelativeError,
          )
        : [],
    [shownForEnergy, energyRelativeError],
  )

  if (!shownTrajectory) {
    return (
      <p className="view-loading" role="status">
        {trajectoryStatus === 'error'
          ? 'The trajectory could not be computed for this scenario.'
          : 'Computing the 2026–2030 trajectory…'}
      </p>
    )
  }

  const roadmapChecks = shownTrajectory.flatMap((y) => (y.roadmapCheck ? [y.roadmapCheck] : []))
  const stale = heavyStatus !== 'done'
  const failed = heavyStatus === 'error'
  const hasBand = uncertainty !== undefined
  const lastCost = costRows[costRows.length - 1]
  const lastEnergy = energyRows[energyRows.length - 1]
  const lastYear = lastCost?.year ?? 2030
  const tag = <UncertaintyTag hasBand={hasBand} stale={stale} failed={failed} />

  return (
    <div className="trajectory-view">
      <div className="trajectory-stats" aria-live="polite">
        <Stat
          label={`Cost in ${lastYear}`}
          value={lastCost ? `${formatUsd(lastCost.scenario)}` : '—'}
          detail="per million output tokens"
        />
        <Stat
          label={`vs 2026 baseline`}
          value={lastCost ? formatFoldChange(lastCost.fold, COST_WORDS) : '—'}
          detail={bandDetail(lastCost, COST_WORDS) ?? 'computing uncertainty…'}
          pending={stale}
        />
        <Stat
          label={`Energy in ${lastYear}`}
          value={lastEnergy ? formatJoules(lastEnergy.scenario) : '—'}
          detail="per output token"
        />
        <Stat
          label="vs 2026 baseline"
          value={lastEnergy ? formatFoldChange(lastEnergy.fold, ENERGY_WORDS) : '—'}
          detail={bandDetail(lastEnergy, ENERGY_WORDS) ?? 'computing uncertainty…'}
          pending={stale}
        />
      </div>

      {noLeverOn ? <NoLeverHint /> : null}
      <RoadmapFlag checks={roadmapChecks} />

      <ChartFrame
        title="Cost per million output tokens, 2026–2030"
        subtitle={summary}
        data={trajectoryExport(costRows, 'cost')}
        exportName="trajectory-cost"
        actions={
          <>
            {tag}
            <Toggle label="Log scale" checked={log} onChange={setLog} />
            <Toggle label="Market trend (context)" checked={market} onChange={setMarket} />
          </>
        }
        sources={`Inference Economics Lab engine: each year applies slider × availability of every lever to the 2026 reference (lever catalogue, lever-evidence.md). Band: 1,000 seeded Monte Carlo samples over each lever’s low–high effect (a Latin hypercube: about as precise as 2,000 plain samples). Engine error range: within a factor (1 + the validation median error of the nearest measured regime, docs/validation.md) either way. Market context: a16z “LLMflation” ~${MARKET_TREND.perYear}×/year at constant MMLU (${MARKET_TREND.source}); Epoch AI ${EPOCH_RANGE.min}–${EPOCH_RANGE.max}×/year by benchmark (${EPOCH_RANGE.source}). Market figures are prices, which also fold in better models and margins.`}
      >
        <Legend metric="cost" hasMarket={market} relativeError={relativeError} />
        <div className="trajectory-chart" data-stale={shown.bandStale}>
          <TrajectoryChart
            rows={costRows}
            metric="cost"
            log={log}
            bandStale={shown.bandStale}
            format={formatUsdPerM}
            axisLabel="$ per million output tokens"
          />
        </div>
        {market ? (
          <p className="trajectory-context-note">
            The dotted orange line is <strong>context, not model output</strong>: published market
            prices at constant capability fell about {MARKET_TREND.perYear}× a year (a16z), and{' '}
            {EPOCH_RANGE.min}–{EPOCH_RANGE.max}× a year depending on the benchmark (Epoch AI).
            Prices also reflect better models and shrinking margins, which the engine does not
            model.
          </p>
        ) : null}
      </ChartFrame>

      {roadmapChecks.length > 0 ? (
        <div id="roadmap-check" className="trajectory-roadmap">
          <ChartFrame
            title="Roadmap check: the lever-built chip against announced parts"
            subtitle={`${summary} · each year’s hardware after its levers, beside the parts in volume by then`}
            data={roadmapCheckExport(roadmapChecks)}
            exportName="roadmap-check"
            sources="Inference Economics Lab engine: the scenario’s hardware with each year’s levers applied (dense peak at the math format in use, memory bandwidth, power limit, $/hour), against the catalogue’s parts in volume by that year (docs/roadmap.md: vendor datasheets and announcements, each figure sourced and graded; projected parts are announcements). Nearest part: least squared log distance over the four axes."
          >
            <RoadmapCheckTable checks={roadmapChecks} />
          </ChartFrame>
        </div>
      ) : null}

      <ChartFrame
        title="Energy per output token, 2026–2030"
        subtitle={summary}
        data={trajectoryExport(energyRows, 'energy', energyBoundary)}
        exportName="trajectory-energy"
        actions={tag}
        sources="Inference Economics Lab engine: joules per output token at the scenario’s energy boundary, prefill and decode included. Band: the same Monte Carlo samples as the cost chart."
      >
        <Legend metric="energy" hasMarket={false} relativeError={energyRelativeError} />
        <div className="trajectory-chart" data-stale={shownForEnergy.bandStale}>
          <TrajectoryChart
            rows={energyRows}
            metric="energy"
            log={log}
            bandStale={shownForEnergy.bandStale}
            format={formatJoules}
            axisLabel="Joules per output token"
            height={300}
          />
        </div>
      </ChartFrame>
    </div>
  )
}

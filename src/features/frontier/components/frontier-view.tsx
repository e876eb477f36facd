import { useId, useMemo } from 'react'

import { ChartFrame } from '@/components/ui/chart-frame'
import { useChartValue } from '@/components/ui/use-chart-value'
import { ACCELERATORS } from '@/engine/index'
import { EXPORT_IGNORE_ATTRIBUTE } from '@/lib/export/image'
import { formatNumber, formatSeconds, formatUsd } from '@/lib/format'
import { MAX_FRONTIER_CHIPS } from '@/state/frontier-slice'
import { selectFrontier, selectScenarioSummary } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import {
  bestAtTarget,
  frontierExport,
  frontierSeries,
  type FrontierSeries,
} from '../model/frontier-rows'

import { FrontierChart } from './frontier-chart'

import '../frontier.css'

const SOURCES =
  'Inference Economics Lab engine: every deployment plan the search considers (tensor parallel within the scale-up domain and never wider than the attention heads, pipeline or tensor parallel across domains, experts over the group, a mixture of experts with data- and with tensor-parallel attention; replicas of a fixed count; or only a pinned plan), each at batch sizes from one sequence per stage to what memory and the scheduler allow, priced by the same kernel as the operating point; only Pareto-optimal points are kept. The chart form follows SemiAnalysis InferenceX (throughput per GPU against interactivity).'

function ChipPicker({ series }: { readonly series: readonly FrontierSeries[] }) {
  const id = useId()
  const chips = useAppStore((s) => s.frontier.chips)
  const own = series.find((s) => s.own)?.hardware
  const shown = new Set([...chips, ...(own ? [own] : [])])
  const full = chips.length >= MAX_FRONTIER_CHIPS
  const { addFrontierChip, removeFrontierChip } = useAppStore.getState()
  return (
    // A control, not part of the figure: exported images leave it out.
    <div className="frontier-picker" {...{ [EXPORT_IGNORE_ATTRIBUTE]: '' }}>
      <label htmlFor={id}>Compare with</label>
      <select
        id={id}
        value=""
        disabled={full}
        onChange={(event) => {
          const value = event.currentTarget.value
          if (value) addFrontierChip(value)
        }}
      >
        <option value="">{full ? `at most ${MAX_FRONTIER_CHIPS} chips` : 'add a chip…'}</option>
        {ACCELERATORS.filter((a) => !shown.has(a.id)).map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      {chips.length > 0 ? (
        <ul className="frontier-chips" aria-label="Chips added">
          {chips.map((chip) => (
            <li key={chip}>
              <button
                type="button"
                className="frontier-chip"
                onClick={() => removeFrontierChip(chip)}
                aria-label={`Remove ${ACCELERATORS.find((a) => a.id === chip)?.name ?? chip}`}
              >
                {ACCELERATORS.find((a) => a.id === chip)?.name ?? chip}
                <span aria-hidden="true"> ×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

function Legend({
  series,
  target,
  hasOperatingPoint,
}: {
  readonly series: readonly FrontierSeries[]
  readonly target: number
  readonly hasOperatingPoint: boolean
}) {
  return (
    <ul className="frontier-legend" aria-label="Legend">
      {series.map((s, i) => (
        <li key={`${i}-${s.hardware}`}>
          <span className="swatch frontier-swatch" style={{ background: s.color }} aria-hidden />
          {s.name}
          {s.own ? ' (scenario)' : ''}
        </li>
      ))}
      {target > 0 ? (
        <li>
          <span className="swatch frontier-swatch-target" aria-hidden />
          Target: {formatNumber(target)} tokens/s per user
        </li>
      ) : null}
      {hasOperatingPoint ? (
        <li>
          <span className="frontier-swatch-operating" aria-hidden>
            ◆
          </span>
          Operating point (the scenario as set)
        </li>
      ) : null}
    </ul>
  )
}

function Stat({
  label,
  value,
  detail,
}: {
  readonly label: string
  readonly value: string
  readonly detail?: string
}) {
  return (
    <div className="frontier-stat">
      <span className="frontier-stat-label">{label}</span>
      <span className="frontier-stat-value num">{value}</span>
      {detail ? <span className="frontier-stat-detail">{detail}</span> : null}
    </div>
  )
}

function Stats({ own, target }: { readonly own: FrontierSeries; readonly target: number }) {
  const op = own.operatingPoint
  const atTarget = target > 0 ? bestAtTarget(own.points, target) : undefined
  const peak = own.points[0]
  const fastest = own.points.at(-1)
  return (
    <div className="frontier-stats" aria-live="polite">
      <Stat
        label="Operating point"
        value={op ? `${formatNumber(op.outputTokensPerSecondPerAccelerator)} tok/s` : '—'}
        detail={
          op
            ? `per accelerator at ${formatNumber(op.outputTokensPerSecondPerUser)} tok/s per user · ${op.label} · ${formatUsd(op.costPerMillionOutputTokens)}/M`
            : 'the scenario misses a target as set'
        }
      />
      <Stat
        label="Best at the target"
        value={
          atTarget ? `${formatNumber(atTarget.outputTokensPerSecondPerAccelerator)} tok/s` : '—'
        }
        detail={
          target <= 0
            ? 'no speed target set in the workload'
            : atTarget
              ? `per accelerator at ≥ ${formatNumber(target)} tok/s per user · ${atTarget.deployment.label}, batch ${formatNumber(atTarget.batchSize)} · ${formatUsd(atTarget.costPerMillionOutputTokens)}/M`
              : `no deployment reaches ${formatNumber(target)} tok/s per user`
        }
      />
      <Stat
        label="Most throughput"
        value={peak ? `${formatNumber(peak.outputTokensPerSecondPerAccelerator)} tok/s` : '—'}
        detail={
          peak
            ? `per accelerator at ${formatNumber(peak.outputTokensPerSecondPerUser)} tok/s per user · ${formatUsd(peak.costPerMillionOutputTokens)}/M`
            : undefined
        }
      />
      <Stat
        label="Fastest per user"
        value={fastest ? `${formatNumber(fastest.outputTokensPerSecondPerUser)} tok/s` : '—'}
        detail={
          fastest
            ? `${fastest.deployment.label}, one sequence per stage · first token ${formatSeconds(fastest.ttftSeconds)}`
            : undefined
        }
      />
    </div>
  )
}

/** The chart's numbers for screen readers: one row per point, per chip. */
function DataTable({ series }: { readonly series: readonly FrontierSeries[] }) {
  // The wrapper hides the table: a <table> sizes to its content whatever its width, so hidden on
  // itself its 200 rows would still widen the page.
  return (
    <div className="visually-hidden">
      <table>
        <caption>Throughput–interactivity frontier, one row per point</caption>
        <thead>
          <tr>
            <th scope="col">Chip</th>
            <th scope="col">Output tokens/s per user</th>
            <th scope="col">Output tokens/s per accelerator</th>
            <th scope="col">$ per million output tokens</th>
            <th scope="col">Deployment</th>
            <th scope="col">Concurrent sequences per replica</th>
          </tr>
        </thead>
        <tbody>
          {series.flatMap((s) =>
            s.points.map((p, i) => (
              <tr key={`${s.color}-${i}`}>
                <th scope="row">{s.name}</th>
                <td>{formatNumber(p.outputTokensPerSecondPerUser)}</td>
                <td>{formatNumber(p.outputTokensPerSecondPerAccelerator)}</td>
                <td>{formatUsd(p.costPerMillionOutputTokens)}</td>
                <td>{p.deployment.label}</td>
                <td>{formatNumber(p.batchSize)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  )
}

export function FrontierView() {
  const frontier = useAppStore(selectFrontier)
  const summary = useAppStore(selectScenarioSummary)
  const shownItems = useChartValue(frontier.items)
  const { series, failed } = useMemo(() => frontierSeries(shownItems), [shownItems])
  const exportData = useMemo(() => frontierExport(series), [series])
  const own = series.find((s) => s.own)
  const first = shownItems[0]
  const target = first?.ok ? first.minOutputTokensPerSecondPerUser : 0

  if (shownItems.length === 0) {
    return (
      <p className="view-loading" role="status">
        {frontier.status === 'error'
          ? `The frontier could not be computed: ${frontier.failure ?? 'unknown error'}.`
          : 'Computing the throughput–interactivity frontier…'}
      </p>
    )
  }

  const issues = failed.map((f) => (
    <p key={f.index} className="frontier-issue" role="status">
      {f.index === 0 ? 'This scenario' : (frontier.chips[f.index - 1] ?? 'A chip')} has no frontier:{' '}
      {f.message}
    </p>
  ))
  // No chip could run the scenario: say why, and draw no empty axes.
  if (series.length === 0) return <div className="frontier-view">{issues}</div>

  return (
    <div className="frontier-view">
      {own ? <Stats own={own} target={target} /> : null}
      {issues}
      <ChartFrame
        title="Throughput against interactivity"
        subtitle={summary}
        data={exportData}
        exportName="frontier"
        actions={
          frontier.status === 'running' ? (
            <span className="status-tag" data-tone="pending">
              updating…
            </span>
          ) : null
        }
        sources={SOURCES}
      >
        <p className="frontier-caption">
          Each point is the best deployment at that speed per user: the most output tokens per
          second each accelerator serves while every user still gets that many tokens per second.
          Moving right buys each user speed with fewer users per accelerator, so throughput falls.
          {target > 0 ? ' The dashed line is the workload’s minimum speed per user;' : ''}{' '}
          {own?.operatingPoint ? 'the ringed diamond is where the scenario runs as set.' : ''}
        </p>
        <ChipPicker series={series} />
        <Legend series={series} target={target} hasOperatingPoint={Boolean(own?.operatingPoint)} />
        <div className="frontier-chart" data-testid="frontier-chart">
          <FrontierChart series={series} metric="throughput" target={target} />
        </div>
        <DataTable series={series} />
      </ChartFrame>
      <ChartFrame
        title="Cost per million output tokens against interactivity"
        subtitle={summary}
        data={exportData}
        exportName="frontier-cost"
        sources={SOURCES}
      >
        <p className="frontier-caption">
          The same points priced: cost per million output tokens at each speed per user (log scale).
          Faster per user costs more, steeply near each chip’s limit.
        </p>
        <div className="frontier-chart">
          <FrontierChart series={series} metric="cost" target={target} height={280} />
        </div>
      </ChartFrame>
    </div>
  )
}

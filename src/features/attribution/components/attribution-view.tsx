import { useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { ChartFrame } from '@/components/ui/chart-frame'
import { selectScenarioSummary } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import { attributionExport, tornadoExport } from '../model/attribution-export'
import {
  foldWords,
  topDrivers,
  tornadoRows,
  waterfallRows,
  type Metric,
} from '../model/attribution-rows'

import { TornadoChart } from './tornado-chart'
import { WaterfallChart } from './waterfall-chart'

import '../attribution.css'

const METRICS: readonly { readonly id: Metric; readonly label: string }[] = [
  { id: 'cost', label: 'Cost per token' },
  { id: 'energy', label: 'Energy per token' },
]

function MetricSwitch({
  metric,
  onChange,
}: {
  readonly metric: Metric
  readonly onChange: (m: Metric) => void
}) {
  return (
    <fieldset className="attribution-metric">
      <legend className="visually-hidden">Attribute</legend>
      <div className="segmented">
        {METRICS.map((m) => (
          <label key={m.id} className="segmented-option">
            <input
              type="radio"
              name="attribution-metric"
              value={m.id}
              checked={metric === m.id}
              onChange={() => onChange(m.id)}
            />
            <span>{m.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

export function AttributionView() {
  const { attribution, sensitivity, heavyStatus, failure, year } = useAppStore(
    useShallow((s) => ({
      attribution: s.analysis.attribution,
      sensitivity: s.analysis.sensitivity,
      heavyStatus: s.analysis.heavyStatus,
      failure: s.analysis.failure,
      year: s.scenario.year ?? 2026,
    })),
  )
  const summary = useAppStore(selectScenarioSummary)
  const [metric, setMetric] = useState<Metric>('cost')
  const waterfall = useMemo(
    () => (attribution ? waterfallRows(attribution, metric) : []),
    [attribution, metric],
  )
  const tornado = useMemo(
    () => (sensitivity ? tornadoRows(sensitivity, metric) : []),
    [sensitivity, metric],
  )

  const stale = heavyStatus !== 'done'
  const shownYear = attribution?.year ?? year
  const total = waterfall[waterfall.length - 1]
  const noun = metric === 'cost' ? 'cost per million output tokens' : 'energy per output token'
  const tag =
    heavyStatus === 'error' ? (
      <span className="status-tag" data-tone="bad">
        could not update{failure ? `: ${failure}` : ''}
      </span>
    ) : stale ? (
      <span className="status-tag" data-tone="pending">
        {attribution ? 'updating…' : 'computing…'}
      </span>
    ) : null

  if (!attribution) {
    return (
      <div className="attribution-view">
        <div className="attribution-skeleton card" role="status">
          <span className="status-tag" data-tone={heavyStatus === 'error' ? 'bad' : 'pending'}>
            {heavyStatus === 'error'
              ? 'The attribution could not be computed.'
              : 'Computing the attribution (each lever’s share of the change)…'}
          </span>
        </div>
      </div>
    )
  }

  const empty = attribution.players.length === 0
  // Without its levers the scenario does not run (a fixed count only the levers make the model
  // fit): no baseline, so no change to share out.
  if (!empty && !Number.isFinite(attribution.totalCost)) {
    return (
      <div className="attribution-view">
        <p className="attribution-answer" role="status">
          No attribution in {shownYear}: without its levers this model does not run on this
          deployment, so there is no 2026 baseline to measure the change against. Set the
          accelerators to auto to measure it against the deployment 2026 practice would use.
        </p>
      </div>
    )
  }

  return (
    <div className="attribution-view">
      <div className="attribution-head">
        <p className="attribution-answer" aria-live="polite" data-stale={stale}>
          {empty ? (
            <>
              No lever is in play in {shownYear}. Move a slider or pick a preset in the header to
              see what drives the change.
            </>
          ) : (
            <>
              In <strong className="num">{shownYear}</strong> the levers make {noun}{' '}
              <strong className="num">{total ? foldWords(total.fold, metric) : '—'}</strong> than
              the 2026 baseline. Largest drivers: {topDrivers(waterfall) || 'none'}.
            </>
          )}
        </p>
        <MetricSwitch metric={metric} onChange={setMetric} />
      </div>

      <ChartFrame
        title={`What drives the change in ${noun}, ${shownYear}`}
        subtitle={summary}
        actions={tag}
        data={attributionExport(waterfall, metric)}
        exportName={`drivers-owen-${metric}`}
        sources="Inference Economics Lab engine: Owen values (G. Owen, 1977: the Shapley value with the article’s four lever groups as unions) of each lever’s share of the change in ln(metric) between the 2026 baseline and the scenario. Shares do not depend on the order in which levers are added and sum to the total; each group’s sum is its exact Shapley share against the other groups. The exact Shapley value over every subset of levers: npm run simulate -- scenario.json --analysis --exact-shapley."
      >
        <p className="attribution-explainer">
          Each bar is one lever’s share of the total change, in times{' '}
          {metric === 'cost' ? 'cheaper' : 'less energy'} on a log scale; the percentage is its
          share of the total (log) reduction. Overlapping levers split their joint gain fairly: each
          group of levers gets its fair share against the other groups, and its levers share it.
        </p>
        <div className="attribution-chart" data-stale={stale}>
          {empty ? (
            <p className="attribution-empty">No levers in play.</p>
          ) : (
            <WaterfallChart rows={waterfall} metric={metric} />
          )}
        </div>
        <ul className="attribution-legend" aria-label="Legend">
          <li>
            <span className="swatch-box" data-kind="gain" aria-hidden="true" />
            Lever lowers {metric === 'cost' ? 'cost' : 'energy'}
          </li>
          <li>
            <span className="swatch-box" data-kind="loss" aria-hidden="true" />
            Lever raises it (a trade-off or the design-lag risk)
          </li>
          <li>
            <span className="swatch-box" data-kind="total" aria-hidden="true" />
            All levers together: 2026 baseline → scenario
          </li>
        </ul>
      </ChartFrame>

      <ChartFrame
        title={`Which effect ranges matter most, ${shownYear}`}
        subtitle={summary}
        actions={tag}
        data={tornadoExport(tornado, metric)}
        exportName={`drivers-tornado-${metric}`}
        sources="Inference Economics Lab engine: each lever in turn at the low and at the high end of its effect range (lever catalogue, lever-evidence.md), every other lever at its base value."
      >
        <p className="attribution-explainer">
          How much the {noun} would move if one lever turned out weaker or stronger than its base
          estimate. Long bars are where better evidence would narrow the forecast most.
        </p>
        <div className="attribution-chart" data-stale={stale}>
          {tornado.length === 0 ? (
            <p className="attribution-empty">No levers in play.</p>
          ) : (
            <TornadoChart rows={tornado} metric={metric} />
          )}
        </div>
        <ul className="attribution-legend" aria-label="Legend">
          <li>
            <span className="swatch-box" data-kind="weak" aria-hidden="true" />
            Lever at its weak end (low effect)
          </li>
          <li>
            <span className="swatch-box" data-kind="strong" aria-hidden="true" />
            Lever at its strong end (high effect)
          </li>
        </ul>
      </ChartFrame>
    </div>
  )
}

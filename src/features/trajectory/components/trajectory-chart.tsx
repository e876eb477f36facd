import { memo, useCallback, useMemo } from 'react'
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import { foldChangeParts, formatFoldChange, formatFoldRange, type FoldWords } from '@/lib/format'

import {
  bandFolds,
  chartValues,
  logTicks,
  referenceLevels,
  type Metric,
  type TrajectoryRow,
} from '../model/trajectory-rows'

interface TrajectoryChartProps {
  readonly rows: readonly TrajectoryRow[]
  readonly metric: Metric
  readonly log: boolean
  /** The band is from an older scenario and a newer one is being computed. */
  readonly bandStale: boolean
  readonly format: (value: number) => string
  readonly axisLabel: string
  readonly height?: number
}

const FOLD_WORDS: Record<Metric, FoldWords> = {
  cost: { better: 'cheaper', worse: 'costlier' },
  energy: { better: 'less energy', worse: 'more energy' },
}

interface TooltipPayloadProps {
  readonly active?: boolean
  readonly payload?: readonly { readonly payload?: TrajectoryRow }[]
  readonly format: (value: number) => string
  readonly metric: Metric
}

function TrajectoryTooltip({ active, payload, format, metric }: TooltipPayloadProps) {
  const row = payload?.[0]?.payload
  if (!active || !row) return null
  const folds = bandFolds(row)
  return (
    <div className="chart-tooltip">
      <strong className="num">{row.year}</strong>
      <dl>
        <dt>Scenario</dt>
        <dd className="num">
          {format(row.scenario)} · {formatFoldChange(row.fold, FOLD_WORDS[metric])}
        </dd>
        {row.band ? (
          <>
            <dt>P10–P90</dt>
            <dd className="num">
              {format(row.band[0])} – {format(row.band[1])}
              {folds ? ` (${formatFoldRange(folds[0], folds[1], FOLD_WORDS[metric])})` : ''}
            </dd>
          </>
        ) : null}
        {row.engineError ? (
          <>
            <dt>Engine error range</dt>
            <dd className="num">
              {format(row.engineError[0])} – {format(row.engineError[1])}
            </dd>
          </>
        ) : null}
        <dt>2026 baseline</dt>
        <dd className="num">{format(row.baseline)}</dd>
        {row.market !== undefined ? (
          <>
            <dt>Market trend (context)</dt>
            <dd className="num">{format(row.market)}</dd>
          </>
        ) : null}
      </dl>
    </div>
  )
}

/** Within a factor of 2: the 2030 fold label would sit on the reference line's label. */
const nearFold = (a: number, b: number): boolean => Math.abs(Math.log10(a / b)) < 0.3

interface EndLabelProps {
  readonly x?: number | string
  readonly y?: number | string
  readonly index?: number
}

// Props that never change are made once: recharts 3 re-registers an axis or series (and redraws
// the chart again) whenever a prop's identity changes, which made each update twice as costly.
const MARGIN = { top: 12, right: 96, bottom: 8, left: 12 }
const X_TICK = { fill: 'var(--text-muted)', fontSize: 13 }
const X_PADDING = { left: 20, right: 20 }
const Y_TICK = { fill: 'var(--text-muted)', fontSize: 12 }
const LINEAR_DOMAIN: [number, 'auto'] = [0, 'auto']
const SCENARIO_DOT = { r: 4, fill: 'var(--series-scenario)', strokeWidth: 0 }
const bandOf = (row: TrajectoryRow): [number, number] | undefined =>
  row.band as [number, number] | undefined
const engineErrorOf = (row: TrajectoryRow): [number, number] | undefined =>
  row.engineError as [number, number] | undefined

export const TrajectoryChart = memo(function TrajectoryChart({
  rows,
  metric,
  log,
  bandStale,
  format,
  axisLabel,
  height = 340,
}: TrajectoryChartProps) {
  const references = referenceLevels(rows)
  const { domain, ticks } = useMemo(() => logTicks(chartValues(rows, true)), [rows])
  const last = rows[rows.length - 1]
  const lastIndex = rows.length - 1

  const endLabel = useCallback(
    ({ x, y, index }: EndLabelProps) => {
      if (index !== lastIndex || !last || typeof x !== 'number' || typeof y !== 'number')
        return null
      const change = foldChangeParts(last.fold, FOLD_WORDS[metric])
      return (
        <g className="trajectory-end-label">
          <text x={x + 12} y={y - 2} dominantBaseline="middle" className="trajectory-end-fold">
            {change.value}
          </text>
          <text x={x + 12} y={y + 15} dominantBaseline="middle" className="trajectory-end-word">
            {change.word}
          </text>
        </g>
      )
    },
    [last, lastIndex, metric],
  )
  const tickFormatter = useCallback((v: number) => format(v), [format])
  const yLabel = useMemo(
    () => ({
      value: axisLabel,
      angle: -90,
      position: 'insideLeft' as const,
      offset: 0,
      style: { textAnchor: 'middle' as const, fill: 'var(--text-muted)', fontSize: 12 },
    }),
    [axisLabel],
  )
  const tooltip = useMemo(
    () => <TrajectoryTooltip format={format} metric={metric} />,
    [format, metric],
  )

  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={rows} margin={MARGIN}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="year" type="category" tick={X_TICK} padding={X_PADDING} tickLine={false} />
        <YAxis
          scale={log ? 'log' : 'linear'}
          domain={log ? domain : LINEAR_DOMAIN}
          ticks={log ? ticks : undefined}
          allowDataOverflow={log}
          tickFormatter={tickFormatter}
          tick={Y_TICK}
          width={84}
          label={yLabel}
        />
        <Tooltip content={tooltip} />
        {references.map((r) => (
          <ReferenceLine
            key={r.fold}
            y={r.value}
            stroke="var(--text-faint)"
            strokeDasharray="2 4"
            ifOverflow="extendDomain"
            label={
              last && nearFold(last.fold, r.fold)
                ? undefined
                : {
                    value: `${r.fold}×`,
                    position: 'right',
                    fill: 'var(--text-muted)',
                    fontSize: 12,
                  }
            }
          />
        ))}
        {rows.some((r) => r.engineError !== undefined) ? (
          <Area
            dataKey={engineErrorOf}
            name="Engine error range"
            stroke="var(--series-scenario)"
            strokeOpacity={0.45}
            strokeDasharray="3 3"
            fill="var(--series-scenario)"
            fillOpacity={0.06}
            isAnimationActive={false}
            activeDot={false}
          />
        ) : null}
        <Area
          dataKey={bandOf}
          name="P10–P90"
          stroke="none"
          fill="var(--series-scenario)"
          fillOpacity={bandStale ? 0.08 : 0.18}
          isAnimationActive={false}
          activeDot={false}
        />
        <Line
          dataKey="baseline"
          name="2026 baseline"
          stroke="var(--series-baseline)"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
        />
        {rows.some((r) => r.market !== undefined) ? (
          <Line
            dataKey="market"
            name="Market trend (context)"
            stroke="var(--cat-2)"
            strokeWidth={2}
            strokeDasharray="1 5"
            strokeLinecap="round"
            dot={false}
            isAnimationActive={false}
          />
        ) : null}
        <Line
          dataKey="scenario"
          name="Scenario"
          stroke="var(--series-scenario)"
          strokeWidth={3}
          dot={SCENARIO_DOT}
          isAnimationActive={false}
          label={endLabel}
        />
      </ComposedChart>
    </ResponsiveContainer>
  )
})

import { memo, useMemo } from 'react'
import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import { AXIS_TICK, hoveredDatum, type ChartTooltipProps } from '@/components/ui/chart-props'
import { formatNumber, formatSeconds, formatUsd } from '@/lib/format'

import {
  linearTicks,
  logTicks,
  chartPoints,
  type ChartPoint,
  type FrontierMetric,
  type FrontierSeries,
} from '../model/frontier-rows'

interface FrontierChartProps {
  readonly series: readonly FrontierSeries[]
  readonly metric: FrontierMetric
  /** The workload's minimum output tokens/s per user (0: none). */
  readonly target: number
  readonly height?: number
}

/** A hovered frontier point, or the operating point (which has no full deployment record). */
type Hovered = ChartPoint | (OperatingDatum & { readonly point?: undefined })

interface OperatingDatum {
  readonly x: number
  readonly y: number
  readonly chip: string
  readonly cost: number
  readonly label: string
  readonly batch: number
}

function FrontierTooltip(tooltip: ChartTooltipProps<Hovered>) {
  const d = hoveredDatum(tooltip)
  if (!d) return null
  const p = d.point
  return (
    <div className="chart-tooltip frontier-tooltip">
      <strong>
        {d.chip}
        {p ? '' : ' · operating point'}
      </strong>
      <dl>
        <dt>Speed per user</dt>
        <dd className="num">{formatNumber(d.x)} tokens/s</dd>
        <dt>Per accelerator</dt>
        <dd className="num">
          {formatNumber(p ? p.outputTokensPerSecondPerAccelerator : d.y)} tokens/s
        </dd>
        <dt>Cost</dt>
        <dd className="num">
          {formatUsd(p ? p.costPerMillionOutputTokens : (d as OperatingDatum).cost)} per M output
          tokens
        </dd>
        {p ? (
          <>
            <dt>First token</dt>
            <dd className="num">{formatSeconds(p.ttftSeconds)}</dd>
          </>
        ) : null}
        <dt>Deployment</dt>
        <dd className="num">
          {p ? p.deployment.label : (d as OperatingDatum).label}
          {p && p.deployment.expertParallel > 1
            ? `, attention ${p.deployment.attentionParallelism}-parallel`
            : ''}
          , {formatNumber(p ? p.batchSize : (d as OperatingDatum).batch)} concurrent sequences
        </dd>
      </dl>
    </div>
  )
}

interface ShapeProps {
  readonly cx?: number
  readonly cy?: number
  readonly fill?: unknown
}

/** Frontier points: small dots, so 200 of them still read as a curve. */
function Dot({ cx, cy, fill }: ShapeProps) {
  if (typeof cx !== 'number' || typeof cy !== 'number') return null
  return <circle cx={cx} cy={cy} r={3} fill={typeof fill === 'string' ? fill : undefined} />
}

/** The operating point: a ringed diamond that stands out from every series. */
function OperatingMark({ cx, cy }: ShapeProps) {
  if (typeof cx !== 'number' || typeof cy !== 'number') return null
  const r = 8
  return (
    <g className="frontier-operating-mark">
      <circle cx={cx} cy={cy} r={r + 4} fill="none" stroke="var(--text)" strokeWidth={1.5} />
      <path
        d={`M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`}
        fill="var(--surface)"
        stroke="var(--text)"
        strokeWidth={2.5}
      />
    </g>
  )
}

const MARGIN = { top: 16, right: 28, bottom: 28, left: 16 }
const TOOLTIP = <FrontierTooltip />
const CURSOR = { strokeDasharray: '3 3' }
const LINE = { strokeWidth: 2 }

const AXIS_LABEL: Record<FrontierMetric, string> = {
  throughput: 'Output tokens/s per accelerator',
  cost: '$ per million output tokens (log)',
}

/** Ticks at 1, 2, 5 × powers of ten spanning [lo, hi] (the cost axis is logarithmic). */
/**
 * Output tokens/s per user (x) against output tokens/s per accelerator, or cost per million
 * output tokens (y): one connected series per chip, the target as a vertical dashed line, the
 * scenario's operating point as a ringed diamond.
 */
export const FrontierChart = memo(function FrontierChart({
  series,
  metric,
  target,
  height = 380,
}: FrontierChartProps) {
  const data = useMemo(() => series.map((s) => chartPoints(s, metric)), [series, metric])
  const operating = useMemo((): OperatingDatum[] => {
    const own = series.find((s) => s.own)
    const op = own?.operatingPoint
    if (!own || !op) return []
    return [
      {
        x: op.outputTokensPerSecondPerUser,
        y:
          metric === 'throughput'
            ? op.outputTokensPerSecondPerAccelerator
            : op.costPerMillionOutputTokens,
        chip: own.name,
        cost: op.costPerMillionOutputTokens,
        label: op.label,
        batch: op.batchSize,
      },
    ]
  }, [series, metric])
  const log = useMemo(() => {
    if (metric !== 'cost') return undefined
    const ys = data.flat().map((p) => p.y)
    return logTicks(Math.min(...ys), Math.max(...ys))
  }, [data, metric])
  const xAxis = useMemo(() => {
    const xs = data.flat().map((p) => p.x)
    return linearTicks(Math.max(target, ...xs))
  }, [data, target])
  const yAxis = useMemo(() => {
    if (metric === 'cost') return undefined
    return linearTicks(Math.max(...data.flat().map((p) => p.y)))
  }, [data, metric])
  const yLabel = useMemo(
    () => ({
      value: AXIS_LABEL[metric],
      angle: -90,
      position: 'insideLeft' as const,
      offset: 4,
      style: { textAnchor: 'middle' as const, ...AXIS_TICK },
    }),
    [metric],
  )

  return (
    <ResponsiveContainer width="100%" height={height}>
      <ScatterChart margin={MARGIN}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="x"
          name="Output tokens/s per user"
          domain={xAxis.domain}
          ticks={xAxis.ticks}
          tickFormatter={(v: number) => formatNumber(v)}
          tick={AXIS_TICK}
          label={{
            value: 'Output tokens/s per user (interactivity)',
            position: 'insideBottom',
            offset: -16,
            style: AXIS_TICK,
          }}
        />
        <YAxis
          type="number"
          dataKey="y"
          name={AXIS_LABEL[metric]}
          scale={log ? 'log' : 'linear'}
          domain={log ? log.domain : yAxis?.domain}
          ticks={log ? log.ticks : yAxis?.ticks}
          allowDataOverflow={Boolean(log)}
          tickFormatter={(v: number) => (metric === 'cost' ? formatUsd(v) : formatNumber(v))}
          tick={AXIS_TICK}
          width={80}
          label={yLabel}
        />
        <Tooltip content={TOOLTIP} cursor={CURSOR} />
        {target > 0 ? (
          <ReferenceLine
            x={target}
            stroke="var(--text)"
            strokeDasharray="6 4"
            strokeWidth={1.5}
            ifOverflow="extendDomain"
            className="frontier-target"
            label={{
              value: `target ${formatNumber(target)} tokens/s per user`,
              position: 'insideTopLeft',
              ...AXIS_TICK,
            }}
          />
        ) : null}
        {series.map((s, i) => (
          <Scatter
            key={`${i}-${s.hardware}`}
            name={s.name}
            data={data[i]}
            fill={s.color}
            stroke={s.color}
            line={{ ...LINE, stroke: s.color }}
            shape={Dot}
            legendType="circle"
            isAnimationActive={false}
            className="frontier-series"
            data-chip={s.hardware}
          />
        ))}
        {operating.length > 0 ? (
          <Scatter
            name="Operating point"
            data={operating}
            fill="var(--surface)"
            shape={OperatingMark}
            isAnimationActive={false}
            className="frontier-operating-point"
          />
        ) : null}
      </ScatterChart>
    </ResponsiveContainer>
  )
})

import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts'

import {
  AXIS_TICK,
  BAR_CURSOR,
  ROW_GRID,
  ZERO_LINE,
  hoveredDatum,
  rowAxis,
  type ChartTooltipProps,
} from '@/components/ui/chart-props'
import { formatFold } from '@/lib/format'

import {
  barLabel,
  foldTicks,
  foldWords,
  type Metric,
  type WaterfallRow,
} from '../model/attribution-rows'

const FILL: Record<WaterfallRow['kind'], string> = {
  gain: 'var(--cat-3)',
  loss: 'var(--cat-6)',
  total: 'var(--series-scenario)',
}

interface TooltipProps extends ChartTooltipProps<WaterfallRow> {
  readonly metric: Metric
}

function WaterfallTooltip({ metric, ...tooltip }: TooltipProps) {
  const row = hoveredDatum(tooltip)
  if (!row) return null
  return (
    <div className="chart-tooltip">
      <strong>{row.label}</strong>
      <dl>
        <dt>Effect on its own share</dt>
        <dd className="num">{foldWords(row.fold, metric)}</dd>
        <dt>Share of the total change</dt>
        <dd className="num">{Math.round(row.share * 100)} %</dd>
        <dt>Δ ln {metric === 'cost' ? 'cost' : 'energy'}</dt>
        <dd className="num">{row.deltaLn.toFixed(3)}</dd>
      </dl>
    </div>
  )
}

interface WaterfallChartProps {
  readonly rows: readonly WaterfallRow[]
  readonly metric: Metric
}

const ROW_HEIGHT = 30

export function WaterfallChart({ rows, metric }: WaterfallChartProps) {
  const { domain, ticks } = foldTicks(rows)
  const shape = (props: BarShapeProps) => {
    const row = props.payload as WaterfallRow | undefined
    if (!row) return <g />
    const x = Math.min(props.x, props.x + props.width)
    const width = Math.max(1, Math.abs(props.width))
    return (
      <g>
        <rect x={x} y={props.y} width={width} height={props.height} rx={3} fill={FILL[row.kind]} />
        <text
          x={x + width + 8}
          y={props.y + props.height / 2}
          dominantBaseline="middle"
          className={
            row.kind === 'total' ? 'waterfall-label waterfall-label-total' : 'waterfall-label'
          }
        >
          {barLabel(row, metric)}
        </text>
      </g>
    )
  }
  return (
    <ResponsiveContainer width="100%" height={rows.length * ROW_HEIGHT + 64}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: 190, bottom: 28, left: 8 }}
        barCategoryGap={5}
      >
        <CartesianGrid {...ROW_GRID} />
        <XAxis
          type="number"
          domain={domain}
          ticks={ticks}
          tickFormatter={(v: number) => formatFold(Math.exp(v))}
          tick={AXIS_TICK}
          label={{
            value:
              metric === 'cost'
                ? 'times cheaper than the 2026 baseline (log scale)'
                : 'times less energy than the 2026 baseline (log scale)',
            position: 'insideBottom',
            offset: -16,
            style: AXIS_TICK,
          }}
        />
        <YAxis {...rowAxis('label', 176)} tickLine={false} interval={0} />
        <ReferenceLine {...ZERO_LINE} />
        <Tooltip content={<WaterfallTooltip metric={metric} />} cursor={BAR_CURSOR} />
        <Bar dataKey="span" isAnimationActive={false} shape={shape} />
      </BarChart>
    </ResponsiveContainer>
  )
}

import {
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import { AXIS_TICK, hoveredDatum, type ChartTooltipProps } from '@/components/ui/chart-props'
import { formatNumber } from '@/lib/format'

import { decadeTicks, ratioLine, type ParityPoint, type ParitySet } from '../model/parity'

interface ParityChartProps {
  readonly set: ParitySet
  /** Axis unit, e.g. "tokens/s per accelerator". */
  readonly unit: string
  readonly height?: number
}

const SHAPES = ['circle', 'diamond', 'triangle', 'square', 'star', 'cross'] as const

function ParityTooltip({
  unit,
  ...tooltip
}: ChartTooltipProps<ParityPoint> & { readonly unit: string }) {
  const point = hoveredDatum(tooltip)
  if (!point) return null
  return (
    <div className="chart-tooltip parity-tooltip">
      <strong>{point.label}</strong>
      <dl>
        <dt>Measured</dt>
        <dd className="num">
          {formatNumber(point.measured)} {unit}
        </dd>
        <dt>Engine</dt>
        <dd className="num">
          {formatNumber(point.predicted)} {unit}
        </dd>
        <dt>Engine ÷ measured</dt>
        <dd className="num">{formatNumber(point.ratio, 3)}×</dd>
      </dl>
    </div>
  )
}

/** Measured (x) against predicted (y), both log: on the diagonal is exact; the dashed lines bound the band. */
export function ParityChart({ set, unit, height = 360 }: ParityChartProps) {
  // Both axes span the same decades, so the diagonal runs corner to corner.
  const logAxis = {
    type: 'number',
    scale: 'log',
    domain: [set.domain[0], set.domain[1]],
    ticks: decadeTicks(set.domain),
    allowDataOverflow: true,
    tickFormatter: (v: number) => formatNumber(v),
    tick: AXIS_TICK,
  } as const
  const bandEdge = (ratio: number, position: 'insideTopRight' | 'insideBottomRight') =>
    ({
      segment: ratioLine(set.domain, ratio),
      stroke: 'var(--text-faint)',
      strokeDasharray: '5 4',
      ifOverflow: 'hidden',
      label: { value: `${ratio}×`, position, ...AXIS_TICK },
    }) as const
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ScatterChart margin={{ top: 12, right: 24, bottom: 28, left: 16 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis
          {...logAxis}
          dataKey="measured"
          name="Measured"
          label={{
            value: `Measured (${unit}, log)`,
            position: 'insideBottom',
            offset: -16,
            style: AXIS_TICK,
          }}
        />
        <YAxis
          {...logAxis}
          dataKey="predicted"
          name="Engine"
          width={76}
          label={{
            value: `Engine (${unit}, log)`,
            angle: -90,
            position: 'insideLeft',
            offset: 4,
            style: { textAnchor: 'middle', ...AXIS_TICK },
          }}
        />
        <ReferenceLine
          segment={ratioLine(set.domain, 1)}
          stroke="var(--text)"
          strokeWidth={1.5}
          ifOverflow="hidden"
        />
        <ReferenceLine {...bandEdge(set.band[1], 'insideTopRight')} />
        <ReferenceLine {...bandEdge(set.band[0], 'insideBottomRight')} />
        <Tooltip content={<ParityTooltip unit={unit} />} cursor={{ strokeDasharray: '3 3' }} />
        <Legend verticalAlign="top" wrapperStyle={{ fontSize: 13, paddingBottom: 8 }} />
        {set.groups.map((group, i) => (
          <Scatter
            key={group}
            name={group}
            data={set.points.filter((p) => p.group === group)}
            fill={`var(--cat-${(i % 6) + 1})`}
            shape={SHAPES[i % SHAPES.length]}
            isAnimationActive={false}
          />
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  )
}

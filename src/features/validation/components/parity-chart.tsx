import { CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts'

import { formatNumber } from '@/lib/format'

import { decadeTicks, ratioLine, type ParityPoint, type ParitySet } from '../model/parity'

interface ParityChartProps {
  readonly set: ParitySet
  /** Axis unit, e.g. "tokens/s per accelerator". */
  readonly unit: string
  readonly height?: number
}

const SHAPES = ['circle', 'diamond', 'triangle', 'square', 'star', 'cross'] as const

function ParityTooltip({ active, payload, unit }: { readonly active?: boolean; readonly payload?: readonly { readonly payload?: ParityPoint }[]; readonly unit: string }) {
  const point = payload?.[0]?.payload
  if (!active || !point) return null
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
  const ticks = decadeTicks(set.domain)
  const axisTick = { fill: 'var(--text-muted)', fontSize: 12 }
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ScatterChart margin={{ top: 12, right: 24, bottom: 28, left: 16 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="measured"
          name="Measured"
          scale="log"
          domain={[set.domain[0], set.domain[1]]}
          ticks={ticks}
          allowDataOverflow
          tickFormatter={(v: number) => formatNumber(v)}
          tick={axisTick}
          label={{ value: `Measured (${unit}, log)`, position: 'insideBottom', offset: -16, style: { fill: 'var(--text-muted)', fontSize: 12 } }}
        />
        <YAxis
          type="number"
          dataKey="predicted"
          name="Engine"
          scale="log"
          domain={[set.domain[0], set.domain[1]]}
          ticks={ticks}
          allowDataOverflow
          tickFormatter={(v: number) => formatNumber(v)}
          tick={axisTick}
          width={76}
          label={{ value: `Engine (${unit}, log)`, angle: -90, position: 'insideLeft', offset: 4, style: { textAnchor: 'middle', fill: 'var(--text-muted)', fontSize: 12 } }}
        />
        <ReferenceLine segment={ratioLine(set.domain, 1)} stroke="var(--text)" strokeWidth={1.5} ifOverflow="hidden" />
        <ReferenceLine
          segment={ratioLine(set.domain, set.band[1])}
          stroke="var(--text-faint)"
          strokeDasharray="5 4"
          ifOverflow="hidden"
          label={{ value: `${set.band[1]}×`, position: 'insideTopRight', fill: 'var(--text-muted)', fontSize: 12 }}
        />
        <ReferenceLine
          segment={ratioLine(set.domain, set.band[0])}
          stroke="var(--text-faint)"
          strokeDasharray="5 4"
          ifOverflow="hidden"
          label={{ value: `${set.band[0]}×`, position: 'insideBottomRight', fill: 'var(--text-muted)', fontSize: 12 }}
        />
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

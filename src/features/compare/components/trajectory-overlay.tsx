import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import { formatJoules, formatUsd } from '@/lib/format'

import { logAxis, type OverlayData, type OverlayMetric } from '../model/overlay'

interface TrajectoryOverlayProps {
  readonly data: OverlayData
  readonly metric: OverlayMetric
  readonly height?: number
}

const DASHES = ['', '6 3', '2 3', '10 4', '4 2 1 2', '1 3', '8 3 2 3', '3 3']

/** The compared scenarios' 2026–2030 paths on one log axis, each in its own colour and dash. */
export function TrajectoryOverlay({ data, metric, height = 320 }: TrajectoryOverlayProps) {
  const format = metric === 'cost' ? (v: number) => formatUsd(v) : formatJoules
  const { domain, ticks } = logAxis(data)
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={[...data.rows]} margin={{ top: 12, right: 24, bottom: 8, left: 12 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="year"
          type="category"
          tick={{ fill: 'var(--text-muted)', fontSize: 13 }}
          tickLine={false}
          padding={{ left: 16, right: 16 }}
        />
        <YAxis
          scale="log"
          domain={domain}
          ticks={ticks}
          allowDataOverflow
          tickFormatter={(v: number) => format(v)}
          tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
          width={84}
          label={{
            value:
              metric === 'cost' ? '$ per million output tokens (log)' : 'J per output token (log)',
            angle: -90,
            position: 'insideLeft',
            offset: 0,
            style: { textAnchor: 'middle', fill: 'var(--text-muted)', fontSize: 12 },
          }}
        />
        <Tooltip
          itemSorter={(item) => data.series.findIndex((s) => s.key === item.dataKey)}
          formatter={(value) => (typeof value === 'number' ? format(value) : String(value))}
          contentStyle={{
            background: 'var(--surface)',
            border: '1px solid var(--border-strong)',
            borderRadius: 6,
            fontSize: 13,
          }}
        />
        <Legend
          wrapperStyle={{ fontSize: 13, paddingTop: 8 }}
          itemSorter={(item) => data.series.findIndex((s) => s.key === item.dataKey)}
        />
        {data.series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            type="monotone"
            stroke={`var(--cat-${s.colorIndex})`}
            strokeWidth={2.5}
            strokeDasharray={DASHES[i % DASHES.length]}
            dot={{ r: 3, fill: `var(--cat-${s.colorIndex})` }}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  )
}

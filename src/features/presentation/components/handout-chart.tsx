import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts'

import { formatUsd } from '@/lib/format'

import type { HandoutChartRow } from '../model/handout'

const WIDTH_PX = 960
const BAR_ROW_PX = 30
const AXES_PX = 56
const MAX_HEIGHT_PX = 330

/** Cost at every step of the story, this step highlighted (log scale: the steps span orders of magnitude). */
export function HandoutChart({ rows }: { readonly rows: readonly HandoutChartRow[] }) {
  const height = Math.min(MAX_HEIGHT_PX, Math.max(140, rows.length * BAR_ROW_PX + AXES_PX))
  const costs = rows.map((r) => r.cost).filter((c) => c > 0)
  const min = Math.min(...costs)
  const max = Math.max(...costs)
  const low = Math.floor(Math.log10(min))
  const high = Math.max(low + 1, Math.ceil(Math.log10(max)))
  const domain: [number, number] = [10 ** low, 10 ** high]
  const ticks = Array.from({ length: high - low + 1 }, (_, i) => 10 ** (low + i))
  return (
    <figure
      className="handout-chart"
      aria-label="Cost per million output tokens at each step of the story"
    >
      <figcaption>
        <strong>Cost per million output tokens at each step</strong> · this step in blue · log scale
      </figcaption>
      <BarChart
        width={WIDTH_PX}
        height={height}
        data={[...rows]}
        layout="vertical"
        margin={{ top: 4, right: 80, bottom: 20, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="#d0d5dd" />
        <XAxis
          type="number"
          dataKey="cost"
          scale="log"
          domain={domain}
          ticks={ticks}
          allowDataOverflow
          tickFormatter={(v: number) => formatUsd(v)}
          tick={{ fontSize: 12, fill: '#333' }}
          label={{
            value: 'US$ per million output tokens (log scale)',
            position: 'insideBottom',
            offset: -12,
            fontSize: 12,
            fill: '#333',
          }}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={310}
          tick={{ fontSize: 12, fill: '#111' }}
          interval={0}
        />
        <Bar dataKey="cost" isAnimationActive={false} barSize={18}>
          {rows.map((row) => (
            <Cell key={row.label} fill={row.current ? '#0072b2' : '#b8c0cc'} />
          ))}
          <LabelList
            dataKey="cost"
            position="right"
            formatter={(v: unknown) => (typeof v === 'number' ? formatUsd(v) : '')}
            fontSize={12}
            fill="#111"
          />
        </Bar>
      </BarChart>
    </figure>
  )
}

import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
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
import { formatPercent } from '@/lib/format'

import type { Metric, TornadoRow } from '../model/attribution-rows'

const signed = (x: number): string =>
  `${x > 0 ? '+' : x < 0 ? '−' : ''}${formatPercent(Math.abs(x))}`

interface TooltipProps extends ChartTooltipProps<TornadoRow> {
  readonly metric: Metric
}

function TornadoTooltip({ metric, ...tooltip }: TooltipProps) {
  const row = hoveredDatum(tooltip)
  if (!row) return null
  const what = metric === 'cost' ? 'Cost' : 'Energy'
  return (
    <div className="chart-tooltip">
      <strong>{row.label}</strong>
      <dl>
        <dt>{what}, lever at its weak end</dt>
        <dd className="num">{signed(row.weak)}</dd>
        <dt>{what}, lever at its strong end</dt>
        <dd className="num">{signed(row.strong)}</dd>
      </dl>
    </div>
  )
}

const BAR = 16
const ROW_HEIGHT = 30

export function TornadoChart({
  rows,
  metric,
}: {
  readonly rows: readonly TornadoRow[]
  readonly metric: Metric
}) {
  const extent = Math.max(0.05, ...rows.map((r) => Math.max(Math.abs(r.weak), Math.abs(r.strong))))
  const limit = Math.ceil(extent * 10) / 10
  return (
    <ResponsiveContainer width="100%" height={rows.length * ROW_HEIGHT + 64}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: 32, bottom: 28, left: 8 }}
        barSize={BAR}
        barGap={-BAR}
      >
        <CartesianGrid {...ROW_GRID} />
        <XAxis
          type="number"
          domain={[-limit, limit]}
          tickFormatter={(v: number) => signed(v)}
          tick={AXIS_TICK}
          label={{
            value: `change in ${metric === 'cost' ? '$ per million output tokens' : 'joules per output token'} vs this scenario`,
            position: 'insideBottom',
            offset: -16,
            style: AXIS_TICK,
          }}
        />
        <YAxis {...rowAxis('label', 176)} tickLine={false} interval={0} />
        <ReferenceLine {...ZERO_LINE} />
        <Tooltip content={<TornadoTooltip metric={metric} />} cursor={BAR_CURSOR} />
        <Bar
          dataKey="weakSpan"
          name="Lever at its weak end"
          fill="var(--cat-6)"
          isAnimationActive={false}
          radius={2}
        />
        <Bar
          dataKey="strongSpan"
          name="Lever at its strong end"
          fill="var(--cat-1)"
          isAnimationActive={false}
          radius={2}
        />
      </BarChart>
    </ResponsiveContainer>
  )
}

import {
  Bar,
  LabelList,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import { AXIS_TICK, BAR_CURSOR, ROW_GRID, rowAxis } from '@/components/ui/chart-props'
import { formatFold } from '@/lib/format'

import { FOLD_FLOOR, foldLabel, requiredFoldText, type FoldBar } from '../model/use-case-rows'

import { LEGEND_PROPS } from './legend-text'

const TICKS = [0.1, 0.3, 1, 3, 10, 30, 100]

interface FoldChartProps {
  readonly bars: readonly FoldBar[]
  readonly firstYear: number
  readonly lastYear: number
}

/** How many times cheaper each task must get for the target margin (log scale; 1× = target reached). */
export function FoldChart({ bars, firstYear, lastYear }: FoldChartProps) {
  const max = Math.max(10, ...bars.map((b) => Math.max(b.first, b.last)))
  const ticks = TICKS.filter((t) => t <= max * 1.5)
  return (
    <ResponsiveContainer width="100%" height={Math.max(240, 40 * bars.length + 110)}>
      <BarChart
        data={bars}
        layout="vertical"
        margin={{ top: 22, right: 96, bottom: 8, left: 8 }}
        barGap={2}
      >
        <CartesianGrid {...ROW_GRID} />
        <XAxis
          type="number"
          scale="log"
          // Below the floor, so a task past the target by more than 10× draws a short bar with its
          // "≥10× headroom" label, not a bar of no length that nobody sees.
          domain={[FOLD_FLOOR / 2, Math.max(10, ticks[ticks.length - 1] ?? 10)]}
          ticks={ticks}
          allowDataOverflow
          tickFormatter={(v: number) => formatFold(v)}
          tick={AXIS_TICK}
          label={{
            value: 'Times cheaper the task must get for the target margin (log scale)',
            position: 'insideBottom',
            offset: -4,
            ...AXIS_TICK,
          }}
          height={42}
        />
        <YAxis {...rowAxis('name', 170)} />
        <Tooltip formatter={(v) => requiredFoldText(Number(v))} cursor={BAR_CURSOR} />
        <Legend
          {...LEGEND_PROPS}
          verticalAlign="bottom"
          height={36}
          wrapperStyle={{ fontSize: 13, paddingTop: 18 }}
        />
        <ReferenceLine
          x={1}
          stroke="var(--good)"
          strokeWidth={2}
          label={{ value: 'target reached', position: 'top', fill: 'var(--good)', fontSize: 12 }}
        />
        <Bar
          dataKey="first"
          name={`${firstYear} technology (baseline)`}
          fill="var(--cat-6)"
          isAnimationActive={false}
          barSize={14}
        >
          <LabelList
            dataKey="first"
            position="right"
            formatter={(v: unknown) => foldLabel(Number(v))}
            style={{ fill: 'var(--text-muted)', fontSize: 11 }}
          />
        </Bar>
        <Bar
          dataKey="last"
          name={`${lastYear}, scenario`}
          fill="var(--cat-1)"
          isAnimationActive={false}
          barSize={14}
        >
          <LabelList
            dataKey="last"
            position="right"
            formatter={(v: unknown) => foldLabel(Number(v))}
            style={{ fill: 'var(--text-muted)', fontSize: 11 }}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}

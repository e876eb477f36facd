import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import { AXIS_TICK, BAR_CURSOR, ROW_GRID, ZERO_LINE, rowAxis } from '@/components/ui/chart-props'
import { formatNumber, formatTwh, formatUsd } from '@/lib/format'

import { DATA_CENTRE_TWH, HYPERSCALER_CAPEX_B, type FleetChartRow } from '../model/fleet-rows'
import type { PayoffBar } from '../model/site-rows'

import { LEGEND_PROPS } from './legend-text'

const axisLabel = (value: string) => ({
  value,
  angle: -90,
  position: 'insideLeft' as const,
  offset: 4,
  style: { textAnchor: 'middle' as const, ...AXIS_TICK },
})

/** Draw a reference line only when the data reach a fifth of it; otherwise it flattens the bars. */
export function referenceInView(values: readonly number[], reference: number): boolean {
  return Math.max(0, ...values.filter(Number.isFinite)) >= 0.2 * reference
}

interface YearBarsProps {
  readonly rows: readonly FleetChartRow[]
  readonly baselineKey: keyof FleetChartRow
  readonly scenarioKey: keyof FleetChartRow
  readonly tickFormat: (value: number) => string
  readonly tooltipFormat: (value: number) => string
  readonly axis: string
  readonly reference: number
  readonly referenceLabel: string
}

function YearBars({
  rows,
  baselineKey,
  scenarioKey,
  tickFormat,
  tooltipFormat,
  axis,
  reference,
  referenceLabel,
}: YearBarsProps) {
  const inView = referenceInView(
    rows.flatMap((r) => [Number(r[baselineKey]), Number(r[scenarioKey])]),
    reference,
  )
  return (
    <>
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={rows} margin={{ top: 20, right: 16, bottom: 4, left: 12 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="year" tick={AXIS_TICK} tickLine={false} />
          <YAxis tickFormatter={tickFormat} tick={AXIS_TICK} width={72} label={axisLabel(axis)} />
          <Tooltip formatter={(v) => tooltipFormat(Number(v))} cursor={BAR_CURSOR} />
          <Legend {...LEGEND_PROPS} wrapperStyle={{ fontSize: 13 }} />
          {inView ? (
            <ReferenceLine
              y={reference}
              stroke="var(--cat-6)"
              strokeWidth={2}
              strokeDasharray="6 3"
              ifOverflow="extendDomain"
              label={{
                value: referenceLabel,
                position: 'insideTopLeft',
                fill: 'var(--cat-6)',
                fontSize: 12,
              }}
            />
          ) : null}
          <Bar
            dataKey={baselineKey}
            name="2026 technology (baseline)"
            fill="var(--series-baseline)"
            isAnimationActive={false}
          />
          <Bar
            dataKey={scenarioKey}
            name="Scenario"
            fill="var(--series-scenario)"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
      {inView ? null : (
        <p className="econ-note">For scale: {referenceLabel}, far above these bars.</p>
      )}
    </>
  )
}

/** Hardware bought each year (a flow), baseline vs scenario, against the hyperscalers' yearly capex. */
export function CapexChart({ rows }: { readonly rows: readonly FleetChartRow[] }) {
  return (
    <YearBars
      rows={rows}
      baselineKey="baselineSpendB"
      scenarioKey="scenarioSpendB"
      tickFormat={(v) => formatUsd(v * 1e9)}
      tooltipFormat={(v) => formatUsd(v * 1e9)}
      axis="Hardware bought, $ per year"
      reference={HYPERSCALER_CAPEX_B}
      referenceLabel="$700B a year: 2026 hyperscaler capex (all AI infrastructure)"
    />
  )
}

/** Energy per year of the fleet at the boundary, baseline vs scenario, against all data centres in 2024. */
export function EnergyChart({
  rows,
  boundary,
}: {
  readonly rows: readonly FleetChartRow[]
  readonly boundary: string
}) {
  return (
    <YearBars
      rows={rows}
      baselineKey="baselineTwh"
      scenarioKey="scenarioTwh"
      tickFormat={(v) => formatNumber(v)}
      tooltipFormat={formatTwh}
      axis={`TWh per year (${boundary})`}
      reference={DATA_CENTRE_TWH}
      referenceLabel="415 TWh: all data centres worldwide, 2024 (IEA)"
    />
  )
}

const pct = (v: number): string => `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatNumber(Math.abs(v))} %`

/** Each energy-per-bit lever from 0 to 100 %: change in cost per token vs change in tokens from the same MW. */
export function PayoffChart({ bars }: { readonly bars: readonly PayoffBar[] }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(240, 64 * bars.length + 80)}>
      <BarChart
        data={bars}
        layout="vertical"
        margin={{ top: 8, right: 40, bottom: 8, left: 8 }}
        barGap={2}
      >
        <CartesianGrid {...ROW_GRID} />
        <XAxis
          type="number"
          tickFormatter={pct}
          tick={AXIS_TICK}
          height={40}
          label={{
            value: 'Change when the lever goes from 0 to 100 % adoption',
            position: 'insideBottom',
            offset: -2,
            ...AXIS_TICK,
          }}
        />
        <YAxis {...rowAxis('name', 180)} />
        <Tooltip formatter={(v) => pct(Number(v))} cursor={BAR_CURSOR} />
        <Legend {...LEGEND_PROPS} verticalAlign="top" height={30} wrapperStyle={{ fontSize: 13 }} />
        <ReferenceLine {...ZERO_LINE} />
        <Bar
          dataKey="costChangePct"
          name="Cost per token"
          fill="var(--cat-1)"
          isAnimationActive={false}
          barSize={14}
        />
        <Bar
          dataKey="energyChangePct"
          name="Energy per token"
          fill="var(--cat-2)"
          isAnimationActive={false}
          barSize={14}
        />
        <Bar
          dataKey="tokensChangePct"
          name="Tokens a day from the same MW"
          fill="var(--cat-3)"
          isAnimationActive={false}
          barSize={14}
        />
      </BarChart>
    </ResponsiveContainer>
  )
}

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis, type LabelProps } from 'recharts'

import { ChartFrame } from '@/components/ui/chart-frame'
import type { SimulationResult } from '@/engine/index'
import { formatJoules, formatNumber, formatPercent, formatUsd } from '@/lib/format'

import { niceTicks, phaseBreakdowns, tickDecimals, toChartData, type Breakdown } from '../model/phase-breakdown'
import { overviewSources, scenarioSummary } from '../model/summary'

const formatMs = (v: number): string => `${formatNumber(v)} ms`

const FORMATS: Record<Breakdown['id'], { readonly value: (v: number) => string; readonly axis: string }> = {
  time: { value: formatMs, axis: 'ms per request' },
  cost: { value: formatUsd, axis: '$ per 1,000 requests' },
  energy: { value: formatJoules, axis: 'J per request' },
}

const AXIS_TICK = { fill: 'var(--text-muted)', fontSize: 12 }

interface TooltipPayload {
  readonly dataKey?: unknown
  readonly value?: unknown
}

function BreakdownTooltip({ active, label, payload, breakdown }: { active?: boolean; label?: unknown; payload?: readonly TooltipPayload[]; breakdown: Breakdown }) {
  if (!active || !payload?.length) return null
  const row = breakdown.rows.find((r) => r.label === label)
  if (!row) return null
  const format = FORMATS[breakdown.id].value
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">
        {row.label}: {format(row.total)}
      </p>
      <ul>
        {[...breakdown.series].reverse().map((s) => {
          const v = row.values[s.key] ?? 0
          if (v <= 0) return null
          return (
            <li key={s.key}>
              <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
              <span>{s.label}</span>
              <span className="num">
                {format(v)} · {formatPercent(row.total > 0 ? v / row.total : 0)}
              </span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/** The stack's total above each bar, on one line (recharts would wrap it to the bar's width). */
function totalLabel(format: (v: number) => string) {
  return function TotalLabel({ viewBox, value }: LabelProps) {
    const box = viewBox as { x?: number; y?: number; width?: number } | undefined
    if (box?.x === undefined || box.y === undefined || box.width === undefined) return null
    return (
      <text x={box.x + box.width / 2} y={box.y - 6} textAnchor="middle" className="bar-total">
        {format(Number(value))}
      </text>
    )
  }
}

function BreakdownChart({ breakdown }: { readonly breakdown: Breakdown }) {
  const { value: format, axis } = FORMATS[breakdown.id]
  const data = toChartData(breakdown)
  const last = breakdown.series.length - 1
  const [prefill, decode] = breakdown.rows
  const total = prefill.total + decode.total
  const ticks = niceTicks(Math.max(prefill.total, decode.total))
  const decimals = tickDecimals(ticks)
  const formatTick = breakdown.id === 'cost' ? (v: number) => `$${v.toFixed(decimals)}` : format
  return (
    <div className="breakdown" data-breakdown={breakdown.id}>
      <h3 className="breakdown-title">
        {breakdown.title}
        <span className="breakdown-total">
          {format(total)} {breakdown.id === 'cost' ? 'per 1,000 requests' : 'per request'}
        </span>
      </h3>
      <div className="breakdown-plot">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 22, right: 8, bottom: 4, left: 4 }} barCategoryGap="30%">
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis dataKey="phase" tickLine={false} axisLine={{ stroke: 'var(--border-strong)' }} tick={{ ...AXIS_TICK, fontWeight: 600 }} />
            <YAxis
              width={64}
              domain={[0, ticks[ticks.length - 1] ?? 1]}
              ticks={ticks}
              tickFormatter={(v: number) => formatTick(v)}
              tick={AXIS_TICK}
              axisLine={false}
              tickLine={false}
              label={{ value: axis, angle: -90, position: 'insideLeft', offset: 0, style: { fill: 'var(--text-faint)', fontSize: 11, textAnchor: 'middle' } }}
            />
            <Tooltip content={<BreakdownTooltip breakdown={breakdown} />} cursor={{ fill: 'var(--surface-2)' }} isAnimationActive={false} />
            {breakdown.series.map((s, i) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} stackId="phase" fill={s.color} stroke="var(--surface)" strokeWidth={1} isAnimationActive={false}>
                {i === last ? (
                  <LabelList dataKey="total" content={totalLabel(format)} />
                ) : null}
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="chart-legend" aria-label={`${breakdown.title} components`}>
        {breakdown.series.map((s) => (
          <li key={s.key}>
            <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
      <table className="visually-hidden">
        <caption>
          {breakdown.title}, {axis}
        </caption>
        <thead>
          <tr>
            <th scope="col">Component</th>
            <th scope="col">Prefill</th>
            <th scope="col">Decode</th>
          </tr>
        </thead>
        <tbody>
          {breakdown.series.map((s) => (
            <tr key={s.key}>
              <th scope="row">{s.label}</th>
              <td>{format(prefill.values[s.key] ?? 0)}</td>
              <td>{format(decode.values[s.key] ?? 0)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Total</th>
            <td>{format(prefill.total)}</td>
            <td>{format(decode.total)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  )
}

export function PhaseBreakdown({ result }: { readonly result: SimulationResult }) {
  const breakdowns = phaseBreakdowns(result)
  const s = result.scenario
  return (
    <ChartFrame
      className="phase-breakdown"
      title="Where a request's time, cost and energy go"
      subtitle={`${scenarioSummary(result)} · one request = ${s.inputTokens.toLocaleString('en-US')} prompt tokens read (prefill) + ${s.outputTokens.toLocaleString('en-US')} tokens written (decode) · energy at the ${result.energyPerToken.boundary} boundary`}
      sources={overviewSources(result, 'cost splits by phase in proportion to replica time')}
    >
      <div className="breakdown-grid">
        {breakdowns.map((b) => (
          <BreakdownChart key={b.id} breakdown={b} />
        ))}
      </div>
    </ChartFrame>
  )
}

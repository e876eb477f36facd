import { memo, useState } from 'react'

import { ChartFrame } from '@/components/ui/chart-frame'
import { useElementWidth } from '@/components/ui/use-element-width'
import type { SimulationResult } from '@/engine/index'
import { formatJoules, formatNumber, formatPercent, formatSeconds, formatUsd } from '@/lib/format'
import { selectPresentation } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import { round, stackedBars, type BarGeometry } from '../model/chart-geometry'
import { breakdownExport } from '../model/overview-export'
import { niceTicks, phaseBreakdowns, tickDecimals, type Breakdown } from '../model/phase-breakdown'
import { overviewSources, scenarioSummary } from '../model/summary'
import { userWait, type UserWait } from '../model/user-wait'

const formatMs = (v: number): string => `${formatNumber(v)} ms`

const FORMATS: Record<
  Breakdown['id'],
  { readonly value: (v: number) => string; readonly axis: string }
> = {
  time: { value: formatMs, axis: 'ms per request' },
  cost: { value: formatUsd, axis: '$ per 1,000 requests' },
  energy: { value: formatJoules, axis: 'J per request' },
}

function costTickFormat(decimals: number): (v: number) => string {
  const f = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  })
  return (v) => `$${f.format(v)}`
}

/** The plot's size and margins, px: room for the y-axis ticks and title on the left, totals on top. */
const HEIGHT = 230
const MARGIN = { top: 22, right: 8, bottom: 30, left: 68 } as const
/** On the projector the ticks are drawn at 15 px ("40 ms" grows by a third): more room on the left. */
const PROJECTOR_LEFT = 84
const TOOLTIP_WIDTH = 230
/** The rotated y-axis title hugs the left edge, clear of the tick labels. */
const AXIS_TITLE_X = 10
/**
 * Room the rotated title takes from the left edge plus the gap before the tick labels, px, and the
 * widest a tick character draws at 12 px (15 px on the projector): long labels such as "$0.00075"
 * (a 2030 cost per 1,000 requests) push the plot right instead of running over the title.
 */
const TITLE_ROOM = AXIS_TITLE_X + 8 + 8
const TICK_CHAR_PX = 7.4
const PROJECTOR_TICK_CHAR_PX = 9.2

function BreakdownTooltip({
  bar,
  breakdown,
  left,
}: {
  readonly bar: BarGeometry
  readonly breakdown: Breakdown
  readonly left: number
}) {
  const row = breakdown.rows.find((r) => r.label === bar.label)
  if (!row) return null
  const format = FORMATS[breakdown.id].value
  return (
    <div
      className="chart-tooltip chart-tooltip-floating"
      style={{ left, top: MARGIN.top, width: TOOLTIP_WIDTH }}
      aria-hidden="true"
    >
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

/**
 * One breakdown as two stacked bars (prefill, decode) in plain SVG: axis ticks at round values,
 * the stack's total above each bar, a hover tooltip with every component.
 */
const BreakdownPlot = memo(function BreakdownPlot({
  breakdown,
}: {
  readonly breakdown: Breakdown
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>(300)
  const [hovered, setHovered] = useState<number | undefined>(undefined)
  const presenting = useAppStore(selectPresentation)
  const { value: format, axis } = FORMATS[breakdown.id]
  const [prefill, decode] = breakdown.rows
  const ticks = niceTicks(Math.max(prefill.total, decode.total))
  const decimals = tickDecimals(ticks)
  // Cost ticks keep one number of decimals down the axis ($0.05, $0.10) and group thousands ($20,000).
  const formatTick = breakdown.id === 'cost' ? costTickFormat(decimals) : format
  const longestTick = Math.max(...ticks.map((t) => formatTick(t).length))
  const left = Math.max(
    presenting ? PROJECTOR_LEFT : MARGIN.left,
    Math.ceil(TITLE_ROOM + longestTick * (presenting ? PROJECTOR_TICK_CHAR_PX : TICK_CHAR_PX)),
  )
  const box = {
    left,
    top: MARGIN.top,
    width: Math.max(40, width - left - MARGIN.right),
    height: HEIGHT - MARGIN.top - MARGIN.bottom,
  }
  const layout = stackedBars(breakdown, ticks, box)
  const bottom = box.top + box.height
  const hoveredBar = hovered === undefined ? undefined : layout.bars[hovered]
  // Beside the hovered bar, never over it: prefill's to its right, decode's to its left (the
  // tooltip may reach over the neighbouring chart).
  const tooltipLeft = hoveredBar
    ? hovered === 0
      ? hoveredBar.x + hoveredBar.width + 8
      : Math.max(-12, hoveredBar.x - 8 - TOOLTIP_WIDTH)
    : 0
  return (
    <div ref={ref} className="breakdown-plot" onMouseLeave={() => setHovered(undefined)}>
      <svg
        width={width}
        height={HEIGHT}
        className="overview-chart"
        role="img"
        aria-label={`${breakdown.title} per request: ${layout.bars.map((b) => `${b.label} ${format(b.total)}`).join(', ')}`}
      >
        <g className="chart-grid">
          {layout.ticks.map((t) => (
            <line
              key={t.value}
              x1={box.left}
              x2={box.left + box.width}
              y1={round(t.position)}
              y2={round(t.position)}
              stroke="var(--border)"
            />
          ))}
        </g>
        <g className="chart-axis-ticks" fill="var(--text-muted)" fontSize={12} textAnchor="end">
          {layout.ticks.map((t) => (
            <text key={t.value} x={box.left - 8} y={round(t.position)} dominantBaseline="central">
              {formatTick(t.value)}
            </text>
          ))}
        </g>
        <text
          x={AXIS_TITLE_X}
          y={round(box.top + box.height / 2)}
          transform={`rotate(-90 ${AXIS_TITLE_X} ${round(box.top + box.height / 2)})`}
          textAnchor="middle"
          dominantBaseline="central"
          fill="var(--text-faint)"
          fontSize={11}
        >
          {axis}
        </text>
        {hoveredBar ? (
          <rect
            x={round(hoveredBar.bandX)}
            y={box.top}
            width={round(hoveredBar.bandWidth)}
            height={box.height}
            fill="var(--surface-2)"
          />
        ) : null}
        {layout.bars.map((bar) => (
          <g key={bar.label}>
            {bar.segments.map((seg) => (
              <rect
                key={seg.key}
                x={round(bar.x)}
                y={round(seg.y)}
                width={round(bar.width)}
                height={round(seg.height)}
                fill={seg.color}
                stroke="var(--surface)"
                strokeWidth={1}
              />
            ))}
            <text
              x={round(bar.x + bar.width / 2)}
              y={round(bar.top - 6)}
              textAnchor="middle"
              className="bar-total"
            >
              {format(bar.total)}
            </text>
            <text
              x={round(bar.x + bar.width / 2)}
              y={bottom + 16}
              textAnchor="middle"
              dominantBaseline="central"
              fill="var(--text-muted)"
              fontSize={12}
              fontWeight={600}
            >
              {bar.label}
            </text>
          </g>
        ))}
        <line
          x1={box.left}
          x2={box.left + box.width}
          y1={bottom}
          y2={bottom}
          stroke="var(--border-strong)"
        />
        {layout.bars.map((bar, i) => (
          <rect
            key={`hit-${bar.label}`}
            x={round(bar.bandX)}
            y={box.top}
            width={round(bar.bandWidth)}
            height={box.height}
            fill="transparent"
            onMouseEnter={() => setHovered(i)}
          />
        ))}
      </svg>
      {hoveredBar ? (
        <BreakdownTooltip bar={hoveredBar} breakdown={breakdown} left={tooltipLeft} />
      ) : null}
    </div>
  )
})

function BreakdownChart({
  breakdown,
  wait,
}: {
  readonly breakdown: Breakdown
  readonly wait?: UserWait
}) {
  const { value: format, axis } = FORMATS[breakdown.id]
  const [prefill, decode] = breakdown.rows
  const total = prefill.total + decode.total
  return (
    <div className="breakdown" data-breakdown={breakdown.id}>
      <h3 className="breakdown-title">
        {breakdown.title}
        <span className="breakdown-total">
          {format(total)}{' '}
          {breakdown.id === 'cost'
            ? 'per 1,000 requests'
            : breakdown.id === 'time'
              ? 'per request, shared by the batch'
              : 'per request'}
        </span>
      </h3>
      {wait ? (
        <p className="breakdown-wait">
          <strong>A user waits {formatSeconds(wait.seconds)}</strong> for the whole answer: time to
          first token {formatSeconds(wait.ttftSeconds)} +{' '}
          {wait.outputTokens.toLocaleString('en-US')} output tokens ×{' '}
          {formatSeconds(wait.tpotSeconds)} each. The bars are machine time: the replica&rsquo;s
          time divided over the requests it serves together.
        </p>
      ) : null}
      <BreakdownPlot breakdown={breakdown} />
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
      data={breakdownExport(breakdowns)}
      exportName="request-breakdown"
    >
      <div className="breakdown-grid">
        {breakdowns.map((b) => (
          <BreakdownChart
            key={b.id}
            breakdown={b}
            {...(b.id === 'time' ? { wait: userWait(result) } : {})}
          />
        ))}
      </div>
    </ChartFrame>
  )
}

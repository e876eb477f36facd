import { memo, useState } from 'react'

import { ChartFrame } from '@/components/ui/chart-frame'
import { useElementWidth } from '@/components/ui/use-element-width'
import type { SimulationResult } from '@/engine/index'
import { formatCount, formatNumber } from '@/lib/format'

import { logScale, polylinePoints, round } from '../model/chart-geometry'
import { rooflineExport } from '../model/overview-export'
import {
  decadeTicks,
  rooflineModel,
  type RooflineModel,
  type RooflinePhasePoint,
} from '../model/roofline'
import { overviewSources, scenarioSummary } from '../model/summary'

const POINT_COLOR = { prefill: 'var(--cat-1)', decode: 'var(--cat-6)' } as const
/** The plot's size and margins, px: tick labels and axis titles below and to the left. */
const HEIGHT = 320
const MARGIN = { top: 12, right: 24, bottom: 58, left: 84 } as const
const TICK = 6
const TOOLTIP_WIDTH = 260

function PointTooltip({
  point,
  left,
  top,
}: {
  readonly point: RooflinePhasePoint
  readonly left: number
  readonly top: number
}) {
  return (
    <div
      className="chart-tooltip chart-tooltip-floating"
      style={{ left, top, width: TOOLTIP_WIDTH }}
      aria-hidden="true"
    >
      <p className="chart-tooltip-title">{point.label}</p>
      <p>{formatNumber(point.x)} FLOP per byte</p>
      <p>{formatNumber(point.y)} TFLOP/s per accelerator achieved</p>
    </div>
  )
}

/** Circle for prefill, diamond for decode (as in the legend), about 10 px across. */
function Marker({
  point,
  x,
  y,
}: {
  readonly point: RooflinePhasePoint
  readonly x: number
  readonly y: number
}) {
  const fill = POINT_COLOR[point.phase]
  if (point.phase === 'prefill') return <circle cx={round(x)} cy={round(y)} r={5} fill={fill} />
  const r = 6
  return (
    <path
      d={`M${round(x)},${round(y - r)}L${round(x + r)},${round(y)}L${round(x)},${round(y + r)}L${round(x - r)},${round(y)}Z`}
      fill={fill}
    />
  )
}

/** The log-log roofline in plain SVG: datasheet and achievable roofs, the ridge, and the two phases. */
const RooflinePlot = memo(function RooflinePlot({ model: m }: { readonly model: RooflineModel }) {
  const [ref, width] = useElementWidth<HTMLDivElement>(640)
  const [hovered, setHovered] = useState<RooflinePhasePoint['phase'] | undefined>(undefined)
  const left = MARGIN.left
  const right = Math.max(left + 40, width - MARGIN.right)
  const top = MARGIN.top
  const bottom = HEIGHT - MARGIN.bottom
  const x = logScale(m.xDomain, [left, right])
  const y = logScale(m.yDomain, [bottom, top])
  const xTicks = decadeTicks(m.xDomain)
  const yTicks = decadeTicks(m.yDomain)
  const roof = m.effective ?? m.peak
  const ridgeX = x(roof.ridge)
  const hoveredPoint = m.points.find((p) => p.phase === hovered)
  const hoverX = hoveredPoint ? x(hoveredPoint.x) : 0
  const tooltipLeft =
    hoverX + 14 + TOOLTIP_WIDTH <= width ? hoverX + 14 : Math.max(0, hoverX - 14 - TOOLTIP_WIDTH)
  return (
    <div ref={ref} className="roofline-plot">
      <svg
        width={width}
        height={HEIGHT}
        className="overview-chart"
        role="img"
        aria-label={`Roofline, log-log: ${m.points.map((p) => `${p.label} at ${formatNumber(p.x)} FLOP per byte, ${formatNumber(p.y)} TFLOP/s`).join('; ')}; ridge at ${formatNumber(roof.ridge)} FLOP per byte`}
      >
        <g className="chart-grid" stroke="var(--border)">
          {xTicks.map((t) => (
            <line key={`gx-${t}`} x1={round(x(t))} x2={round(x(t))} y1={top} y2={bottom} />
          ))}
          {yTicks.map((t) => (
            <line key={`gy-${t}`} x1={left} x2={right} y1={round(y(t))} y2={round(y(t))} />
          ))}
        </g>
        <g className="chart-axis" stroke="var(--text-faint)">
          <line x1={left} x2={right} y1={bottom} y2={bottom} />
          <line x1={left} x2={left} y1={top} y2={bottom} />
          {xTicks.map((t) => (
            <line
              key={`tx-${t}`}
              x1={round(x(t))}
              x2={round(x(t))}
              y1={bottom}
              y2={bottom + TICK}
            />
          ))}
          {yTicks.map((t) => (
            <line key={`ty-${t}`} x1={left - TICK} x2={left} y1={round(y(t))} y2={round(y(t))} />
          ))}
        </g>
        <g fill="var(--text-muted)" fontSize={12}>
          {xTicks.map((t) => (
            <text
              key={`lx-${t}`}
              x={round(x(t))}
              y={bottom + TICK + 12}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {formatCount(t)}
            </text>
          ))}
          {yTicks.map((t) => (
            <text
              key={`ly-${t}`}
              x={left - TICK - 4}
              y={round(y(t))}
              textAnchor="end"
              dominantBaseline="central"
            >
              {formatCount(t)}
            </text>
          ))}
          <text
            x={round((left + right) / 2)}
            y={bottom + 42}
            textAnchor="middle"
            dominantBaseline="central"
          >
            Arithmetic intensity (FLOP per byte moved)
          </text>
          <text
            x={22}
            y={round((top + bottom) / 2)}
            transform={`rotate(-90 22 ${round((top + bottom) / 2)})`}
            textAnchor="middle"
            dominantBaseline="central"
          >
            TFLOP/s per accelerator
          </text>
        </g>
        <line
          x1={round(ridgeX)}
          x2={round(ridgeX)}
          y1={top}
          y2={bottom}
          stroke="var(--text-faint)"
          strokeDasharray="2 4"
        />
        <text
          x={round(ridgeX + 5)}
          y={top + 10}
          fill="var(--text-muted)"
          fontSize={11}
          dominantBaseline="central"
        >
          ridge {formatNumber(roof.ridge)} FLOP/B
        </text>
        <polyline
          points={polylinePoints(m.peak.line, x, y)}
          fill="none"
          stroke="var(--text-faint)"
          strokeDasharray="6 4"
          strokeWidth={1.5}
        />
        {m.effective ? (
          <polyline
            points={polylinePoints(m.effective.line, x, y)}
            fill="none"
            stroke="var(--text)"
            strokeWidth={2}
          />
        ) : null}
        {m.points.map((p) => (
          <g
            key={p.phase}
            onMouseEnter={() => setHovered(p.phase)}
            onMouseLeave={() => setHovered(undefined)}
          >
            <Marker point={p} x={x(p.x)} y={y(p.y)} />
            <text
              x={round(x(p.x) + 10)}
              y={round(y(p.y))}
              dominantBaseline="central"
              fill="var(--text)"
              fontSize={12}
              fontWeight={600}
            >
              {p.label}
            </text>
            <circle cx={round(x(p.x))} cy={round(y(p.y))} r={12} fill="transparent" />
          </g>
        ))}
      </svg>
      {hoveredPoint ? (
        <PointTooltip
          point={hoveredPoint}
          left={tooltipLeft}
          top={Math.max(0, y(hoveredPoint.y) - 70)}
        />
      ) : null}
    </div>
  )
})

export function RooflineChart({ result }: { readonly result: SimulationResult }) {
  const m = rooflineModel(result)
  return (
    <ChartFrame
      className="roofline"
      title="Roofline: what limits each phase"
      subtitle={`${scenarioSummary(result)} · per accelerator, log-log`}
      sources={overviewSources(result)}
      data={rooflineExport(m)}
      exportName="roofline"
    >
      <RooflinePlot model={m} />
      <ul className="chart-legend chart-legend-inline">
        {m.effective ? (
          <li>
            <span className="legend-line" aria-hidden="true" />
            Achievable roof: {formatNumber(m.effective.computeTflops)} TFLOP/s,{' '}
            {formatNumber(m.effective.bandwidthTBps)} TB/s
          </li>
        ) : null}
        <li>
          <span className="legend-line legend-line-dashed" aria-hidden="true" />
          Datasheet peak: {formatNumber(m.peak.computeTflops)} TFLOP/s,{' '}
          {formatNumber(m.peak.bandwidthTBps)} TB/s
        </li>
        {m.points.map((p) => (
          <li key={p.phase}>
            <span
              className={`legend-dot legend-dot-${p.phase}`}
              style={{ background: POINT_COLOR[p.phase] }}
              aria-hidden="true"
            />
            {p.label}: {formatNumber(p.x)} FLOP/B, {formatNumber(p.y)} TFLOP/s
          </li>
        ))}
      </ul>
      <p className="roofline-note">
        Left of the ridge a phase waits on memory; right of it, on the tensor cores. Points sit
        below the roof by the time spent on communication and fixed overhead.
      </p>
      {m.decodeNote ? <p className="roofline-note roofline-note-decode">{m.decodeNote}</p> : null}
    </ChartFrame>
  )
}

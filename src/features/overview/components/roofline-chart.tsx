import { CartesianGrid, ComposedChart, LabelList, Line, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts'

import { ChartFrame } from '@/components/ui/chart-frame'
import type { SimulationResult } from '@/engine/index'
import { formatCount, formatNumber } from '@/lib/format'

import { decadeTicks, rooflineModel, type RooflinePhasePoint } from '../model/roofline'
import { overviewSources, scenarioSummary } from '../model/summary'

const AXIS_TICK = { fill: 'var(--text-muted)', fontSize: 12 }
const POINT_COLOR = { prefill: 'var(--cat-1)', decode: 'var(--cat-6)' } as const

const formatAxis = (v: number): string => formatCount(v)

function PointTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const point = payload?.[0]?.payload as Partial<RooflinePhasePoint> | undefined
  if (!active || !point?.phase) return null
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{point.label}</p>
      <p>{formatNumber(point.x ?? 0)} FLOP per byte</p>
      <p>{formatNumber(point.y ?? 0)} TFLOP/s per accelerator achieved</p>
    </div>
  )
}

export function RooflineChart({ result }: { readonly result: SimulationResult }) {
  const m = rooflineModel(result)
  const roof = m.effective ?? m.peak
  return (
    <ChartFrame
      className="roofline"
      title="Roofline: what limits each phase"
      subtitle={`${scenarioSummary(result)} · per accelerator, log-log`}
      sources={overviewSources(result)}
    >
      <div className="roofline-plot">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart margin={{ top: 12, right: 24, bottom: 24, left: 12 }}>
            <CartesianGrid stroke="var(--border)" />
            <XAxis
              type="number"
              dataKey="x"
              scale="log"
              domain={[...m.xDomain]}
              ticks={decadeTicks(m.xDomain)}
              allowDataOverflow
              tickFormatter={formatAxis}
              tick={AXIS_TICK}
              label={{ value: 'Arithmetic intensity (FLOP per byte moved)', position: 'insideBottom', offset: -14, style: { fill: 'var(--text-muted)', fontSize: 12 } }}
            />
            <YAxis
              type="number"
              dataKey="y"
              scale="log"
              domain={[...m.yDomain]}
              ticks={decadeTicks(m.yDomain)}
              allowDataOverflow
              tickFormatter={formatAxis}
              tick={AXIS_TICK}
              width={64}
              label={{ value: 'TFLOP/s per accelerator', angle: -90, position: 'insideLeft', offset: 4, style: { fill: 'var(--text-muted)', fontSize: 12, textAnchor: 'middle' } }}
            />
            <Tooltip content={<PointTooltip />} cursor={false} isAnimationActive={false} />
            <ReferenceLine
              x={roof.ridge}
              stroke="var(--text-faint)"
              strokeDasharray="2 4"
              label={{ value: `ridge ${formatNumber(roof.ridge)} FLOP/B`, position: 'insideTopLeft', fill: 'var(--text-muted)', fontSize: 11 }}
            />
            <Line data={[...m.peak.line]} dataKey="y" name="Datasheet peak" stroke="var(--text-faint)" strokeDasharray="6 4" strokeWidth={1.5} dot={false} activeDot={false} isAnimationActive={false} />
            {m.effective ? (
              <Line data={[...m.effective.line]} dataKey="y" name="Achievable roof" stroke="var(--text)" strokeWidth={2} dot={false} activeDot={false} isAnimationActive={false} />
            ) : null}
            {m.points.map((p) => (
              <Scatter key={p.phase} data={[p]} name={p.label} fill={POINT_COLOR[p.phase]} shape={p.phase === 'prefill' ? 'circle' : 'diamond'} isAnimationActive={false}>
                <LabelList dataKey="label" position="right" offset={10} style={{ fill: 'var(--text)', fontSize: 12, fontWeight: 600 }} />
              </Scatter>
            ))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ul className="chart-legend chart-legend-inline">
        {m.effective ? (
          <li>
            <span className="legend-line" aria-hidden="true" />
            Achievable roof: {formatNumber(m.effective.computeTflops)} TFLOP/s, {formatNumber(m.effective.bandwidthTBps)} TB/s
          </li>
        ) : null}
        <li>
          <span className="legend-line legend-line-dashed" aria-hidden="true" />
          Datasheet peak: {formatNumber(m.peak.computeTflops)} TFLOP/s, {formatNumber(m.peak.bandwidthTBps)} TB/s
        </li>
        {m.points.map((p) => (
          <li key={p.phase}>
            <span className={`legend-dot legend-dot-${p.phase}`} style={{ background: POINT_COLOR[p.phase] }} aria-hidden="true" />
            {p.label}: {formatNumber(p.x)} FLOP/B, {formatNumber(p.y)} TFLOP/s
          </li>
        ))}
      </ul>
      <p className="roofline-note">
        Left of the ridge a phase waits on memory; right of it, on the tensor cores. Points sit below the roof by the time spent on communication and fixed overhead.
      </p>
    </ChartFrame>
  )
}

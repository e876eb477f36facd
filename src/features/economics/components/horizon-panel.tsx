import { useId, useMemo, useState } from 'react'
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import { ChartFrame } from '@/components/ui/chart-frame'
import { NumberField } from '@/components/ui/field'
import type { HorizonTrajectory, Paradigm } from '@/engine/index'
import {
  HORIZON_SOURCES,
  COST_TERM_LABELS,
  PARADIGMS,
  READINESS_ORDER,
  SPECULATIVE_LAST_YEAR,
} from '@/engine/index'
import { formatJoules, formatUsd } from '@/lib/format'

import { useEconomicsInputs, useUpdateEconomicsInputs } from '../hooks/use-economics'
import { boundaryLabel } from '../model/boundary'
import { withHorizon } from '../model/edit-inputs'
import { horizonAxis, horizonRows } from '../model/horizon-rows'

import { LEGEND_PROPS } from './legend-text'
import { Segmented } from './segmented'

const READINESS_WORDS = {
  research: 'Research',
  prototype: 'Prototype',
  pilot: 'Pilot',
  commercial: 'Commercial',
} as const

function ParadigmCard({ p }: { readonly p: Paradigm }) {
  const reached = READINESS_ORDER.indexOf(p.readiness)
  return (
    <article className="card econ-paradigm" aria-labelledby={`paradigm-${p.id}`}>
      <h3 id={`paradigm-${p.id}`}>{p.name}</h3>
      <p className="econ-small">{p.mechanism}</p>
      <div>
        <span className="econ-field-label">Readiness: {READINESS_WORDS[p.readiness]}</span>
        <ol
          className="econ-readiness"
          aria-label={`Readiness: ${READINESS_WORDS[p.readiness]} (step ${reached + 1} of ${READINESS_ORDER.length})`}
        >
          {READINESS_ORDER.map((r, i) => (
            <li key={r} data-reached={i <= reached ? 'true' : undefined}>
              {READINESS_WORDS[r]}
            </li>
          ))}
        </ol>
        <p className="econ-config-note">{p.readinessNote}</p>
      </div>
      <div>
        <span className="econ-field-label">Term of the cost equation it would change</span>
        <ul className="econ-term-list">
          {p.effects.map((e) => (
            <li key={e.term}>
              <span className="econ-term-arrow" data-direction={e.direction}>
                {e.direction === 'lower' ? '↓ lower' : '? unclear'}
              </span>
              <span>
                <strong>{COST_TERM_LABELS[e.term]}</strong>: {e.why}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <span className="econ-field-label">The article’s caveats</span>
        <ul>
          {p.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </div>
      <p className="econ-config-note">
        First use: {p.firstUse}. Source: {p.sources.map((s) => s.source).join('; ')}
      </p>
    </article>
  )
}

export function HorizonPanel({
  horizon,
  line,
  pue,
  boundary,
}: {
  readonly horizon: HorizonTrajectory
  readonly line: string
  readonly pue: number
  readonly boundary: 'chip' | 'node' | 'facility'
}) {
  const inputs = useEconomicsInputs()
  const update = useUpdateEconomicsInputs()
  const toggleId = useId()
  const [metric, setMetric] = useState<'cost' | 'energy'>('cost')
  const rows = useMemo(() => horizonRows(horizon, metric), [horizon, metric])
  const horizonUnit =
    metric === 'cost' ? '$/M output tokens' : `J/output token (${boundary} boundary)`
  const axis = useMemo(() => horizonAxis(rows), [rows])
  const show = inputs.horizon.showSpeculative
  const format = metric === 'cost' ? formatUsd : formatJoules
  const unit =
    metric === 'cost' ? '$ per million output tokens' : `J per output token (${boundary})`
  return (
    <>
      <div className="econ-paradigms">
        {PARADIGMS.map((p) => (
          <ParadigmCard key={p.id} p={p} />
        ))}
      </div>
      <ChartFrame
        title={
          metric === 'cost'
            ? 'Cost per token to 2030, and a speculative look beyond'
            : 'Energy per token to 2030, and a speculative look beyond'
        }
        subtitle={`${line} · 2026–2030 modelled${show ? '; 2031–2035 speculative (CMOS trend only, no new paradigm), never part of any 2026–2030 figure' : ''}${metric === 'energy' ? ` · ${boundaryLabel(boundary, pue)}` : ''}`}
        sources={`2026–2030: the engine’s trajectory; 2031–2035: ${HORIZON_SOURCES.cmosRateRetained?.source ?? ''}`}
        exportName={metric === 'cost' ? 'beyond-2030-cost' : 'beyond-2030-energy'}
        actions={
          <>
            <Segmented
              label="Show"
              value={metric}
              options={[
                { value: 'cost', label: 'Cost' },
                { value: 'energy', label: 'Energy' },
              ]}
              onChange={setMetric}
            />
            <label className="chart-toggle" htmlFor={toggleId}>
              <input
                id={toggleId}
                type="checkbox"
                checked={show}
                onChange={(event) => {
                  const showSpeculative = event.currentTarget.checked
                  update((i) => withHorizon(i, { showSpeculative }))
                }}
              />
              <span>Speculative 2031–{SPECULATIVE_LAST_YEAR}</span>
            </label>
          </>
        }
        data={{
          columns: [
            { key: 'year', label: 'Year' },
            { key: 'scenario', label: 'This scenario (2026–2030 modelled)', unit: horizonUnit },
            { key: 'baseline', label: '2026 baseline', unit: horizonUnit },
            // The speculative column only when it is shown: otherwise it is empty in every row.
            ...(show
              ? [
                  {
                    key: 'speculative',
                    label: 'Speculative 2031–2035 (CMOS trend only)',
                    unit: horizonUnit,
                  },
                ]
              : []),
          ],
          rows: rows.map((r) => ({
            year: r.year,
            scenario: r.scenario,
            baseline: r.baseline,
            speculative: r.speculative,
          })),
        }}
      >
        {show ? (
          <div className="econ-controls">
            <NumberField
              label="CMOS improvement rate kept each year after 2030"
              value={inputs.horizon.cmosRateRetained}
              min={0}
              max={1}
              scale={100}
              unit="%"
              width="64px"
              hint="100 % = the 2026–2030 pace continues; 0 % = it stops in 2030"
              onCommit={(cmosRateRetained) => update((i) => withHorizon(i, { cmosRateRetained }))}
            />
          </div>
        ) : null}
        <ResponsiveContainer width="100%" height={300}>
          <ComposedChart data={rows} margin={{ top: 16, right: 24, bottom: 4, left: 12 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="year"
              type="number"
              domain={[2026, show ? SPECULATIVE_LAST_YEAR : 2030]}
              allowDecimals={false}
              tickCount={show ? 10 : 5}
              tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
            />
            <YAxis
              scale="log"
              domain={axis.domain}
              ticks={axis.ticks}
              allowDataOverflow
              tickFormatter={(v: number) => format(v)}
              tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
              width={80}
              label={{
                value: unit,
                angle: -90,
                position: 'insideLeft',
                offset: 0,
                style: { textAnchor: 'middle', fill: 'var(--text-muted)', fontSize: 12 },
              }}
            />
            <Tooltip
              formatter={(v) => format(Number(v))}
              labelFormatter={(y) => (typeof y === 'number' ? String(y) : '')}
            />
            <Legend {...LEGEND_PROPS} wrapperStyle={{ fontSize: 13 }} />
            {show ? (
              <ReferenceArea
                x1={2030}
                x2={SPECULATIVE_LAST_YEAR}
                fill="var(--cat-4)"
                fillOpacity={0.08}
                stroke="var(--cat-4)"
                strokeDasharray="4 4"
                label={{
                  value: 'SPECULATIVE: not a forecast',
                  position: 'insideTop',
                  fill: 'var(--cat-4)',
                  fontSize: 12,
                  fontWeight: 700,
                }}
              />
            ) : null}
            <Line
              dataKey="baseline"
              name="2026 baseline (no levers)"
              stroke="var(--series-baseline)"
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
            <Line
              dataKey="scenario"
              name="Scenario, modelled 2026–2030"
              stroke="var(--series-scenario)"
              strokeWidth={3}
              dot={{ r: 3 }}
              isAnimationActive={false}
              connectNulls={false}
            />
            {show ? (
              <Line
                dataKey="speculative"
                name="Speculative extension (CMOS trend)"
                stroke="var(--cat-4)"
                strokeWidth={2}
                strokeDasharray="3 4"
                dot={{ r: 3, fill: 'var(--surface)' }}
                isAnimationActive={false}
                connectNulls
              />
            ) : null}
          </ComposedChart>
        </ResponsiveContainer>
      </ChartFrame>
    </>
  )
}

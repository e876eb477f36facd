import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import { ChartFrame } from '@/components/ui/chart-frame'
import { AXIS_TICK, BAR_CURSOR, ROW_GRID, ROW_TICK, rowAxis } from '@/components/ui/chart-props'
import { NumberField, SelectField } from '@/components/ui/field'
import type { ServingComparison, ServingConfig, ServingPoolInput } from '@/engine/index'
import { SERVING_SOURCES, ACCELERATORS } from '@/engine/index'
import {
  formatBytes,
  formatJoules,
  formatNumber,
  formatPercent,
  formatSeconds,
  formatUsd,
} from '@/lib/format'

import { useEconomicsInputs, useUpdateEconomicsInputs } from '../hooks/use-economics'
import { boundaryLabel } from '../model/boundary'
import { withServingPool } from '../model/edit-inputs'
import {
  BOUND_WORDS,
  chipsText,
  configLabel,
  poolRatioText,
  servingCostBars,
  servingEnergyBars,
  servingSentence,
  servingWhy,
  type ServingBar,
} from '../model/serving-rows'

import { LEGEND_PROPS } from './legend-text'

const HARDWARE_OPTIONS = [
  { value: 'scenario', label: 'The scenario’s hardware' },
  ...ACCELERATORS.map((a) => ({ value: a.id, label: a.name })),
]
const PRECISION_OPTIONS = [
  { value: 'scenario', label: 'The scenario’s precision' },
  { value: 'bf16', label: 'BF16 (16-bit)' },
  { value: 'fp8', label: 'FP8' },
  { value: 'int8', label: 'INT8' },
  { value: 'fp4', label: 'FP4 weights, FP8 math' },
  { value: 'int4', label: 'INT4 weights, FP8 math' },
] as const

function PoolControls({
  pool,
  title,
  value,
}: {
  readonly pool: 'prefill' | 'decode'
  readonly title: string
  readonly value: ServingPoolInput
}) {
  const update = useUpdateEconomicsInputs()
  const set = (patch: Partial<ServingPoolInput>) => update((i) => withServingPool(i, pool, patch))
  const auto = value.accelerators === 'auto'
  return (
    <fieldset className="econ-pool">
      <legend>{title}</legend>
      <SelectField
        label="Hardware"
        value={value.hardware}
        options={HARDWARE_OPTIONS}
        onChange={(hardware) => set({ hardware })}
      />
      <SelectField
        label="Precision"
        value={value.precision}
        options={PRECISION_OPTIONS}
        onChange={(precision) => set({ precision })}
      />
      <SelectField
        label="Chips per copy"
        value={auto ? 'auto' : 'fixed'}
        options={[
          { value: 'auto', label: 'Sized automatically' },
          { value: 'fixed', label: 'Fixed number' },
        ]}
        onChange={(mode) => set({ accelerators: mode === 'auto' ? 'auto' : 8 })}
      />
      {auto ? null : (
        <NumberField
          label="Chips"
          value={value.accelerators === 'auto' ? 8 : value.accelerators}
          min={1}
          max={100_000}
          integer
          width="72px"
          onCommit={(accelerators) => set({ accelerators })}
        />
      )}
    </fieldset>
  )
}

function ConfigCard({
  config,
  highlight,
  boundary,
}: {
  readonly config: ServingConfig
  readonly highlight: boolean
  readonly boundary: string
}) {
  return (
    <article
      className="econ-config"
      data-highlight={highlight ? 'true' : undefined}
      aria-label={config.label}
    >
      <h3>{configLabel(config)}</h3>
      <p className="econ-config-note">{config.label}</p>
      {config.feasible ? (
        <>
          <dl className="econ-config-figures">
            <div>
              <dt>Cost per million output tokens</dt>
              <dd className="num">{formatUsd(config.usdPerMillionOutputTokens)}</dd>
            </div>
            <div>
              <dt>Energy per output token ({boundary})</dt>
              <dd className="num">{formatJoules(config.joulesPerOutputToken)}</dd>
            </div>
            <div>
              <dt>First token after</dt>
              <dd className="num">{formatSeconds(config.ttftSeconds)}</dd>
            </div>
            <div>
              <dt>Speed each user sees</dt>
              <dd className="num">{formatNumber(1 / config.tpotSeconds)} tokens/s</dd>
            </div>
          </dl>
          <p className="econ-config-note">
            Prefill limited by {BOUND_WORDS[config.prefillBound]}; decode by{' '}
            {BOUND_WORDS[config.decodeBound]} · {chipsText(config)}
          </p>
        </>
      ) : (
        <p className="econ-config-issue" role="note">
          Cannot run: {config.issues.join(' ')}
        </p>
      )}
    </article>
  )
}

/** Configuration names are long: a size smaller than other charts' row labels. */
const CONFIG_NAME_TICK = { ...ROW_TICK, fontSize: 12 }

function SplitChart({
  bars,
  format,
  axis,
}: {
  readonly bars: readonly ServingBar[]
  readonly format: (v: number) => string
  readonly axis: string
}) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, 56 * bars.length + 90)}>
      <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid {...ROW_GRID} />
        <XAxis
          type="number"
          tickFormatter={format}
          tick={AXIS_TICK}
          height={40}
          label={{ value: axis, position: 'insideBottom', offset: -2, ...AXIS_TICK }}
        />
        <YAxis {...rowAxis('label', 210)} tick={CONFIG_NAME_TICK} />
        <Tooltip formatter={(v) => format(Number(v))} cursor={BAR_CURSOR} />
        <Legend {...LEGEND_PROPS} verticalAlign="top" height={28} wrapperStyle={{ fontSize: 13 }} />
        <Bar
          dataKey="prefill"
          name="Prefill (reading the prompt)"
          stackId="a"
          fill="var(--cat-1)"
          isAnimationActive={false}
        />
        <Bar
          dataKey="transfer"
          name="KV-cache transfer"
          stackId="a"
          fill="var(--cat-6)"
          isAnimationActive={false}
        />
        <Bar
          dataKey="decode"
          name="Decode (writing the answer)"
          stackId="a"
          fill="var(--cat-3)"
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  )
}

export function ServingPanel({
  serving,
  line,
  pue,
}: {
  readonly serving: ServingComparison | { readonly issues: readonly string[] }
  readonly line: string
  readonly pue: number
}) {
  const inputs = useEconomicsInputs()
  const controls = (
    <div className="econ-pool-controls">
      <PoolControls
        pool="prefill"
        title="Prefill pool (compute-bound: reads the prompt)"
        value={inputs.serving.prefill}
      />
      <PoolControls
        pool="decode"
        title="Decode pool (memory-bound: writes the answer)"
        value={inputs.serving.decode}
      />
    </div>
  )
  if (!('configs' in serving)) {
    return (
      <>
        {controls}
        <div className="banner banner-error" role="alert">
          The disaggregated comparison cannot run: {serving.issues.join(' ')}
        </div>
      </>
    )
  }
  const costBars = servingCostBars(serving)
  const energyBars = servingEnergyBars(serving)
  const energyUnit = `J/output token (${serving.boundary} boundary)`
  const t = serving.transfer
  // The scenario line already names its prompt and answer lengths and its year, which the pools serve.
  const subtitle = line
  const sources = `engine runs of each pool (prefill pool: one output token per request; decode pool: the decode phase’s share of its time); KV bytes from the model geometry × KV precision; scale-out bandwidth and pJ/bit from the hardware catalogue and src/engine/economics.ts; ${SERVING_SOURCES['prefill.hardware']?.source ?? ''}; ${SERVING_SOURCES['decode.accelerators']?.source ?? ''}`
  return (
    <>
      {controls}
      <p className="econ-headline econ-headline-sm">{servingSentence(serving)}</p>
      {servingWhy(serving) ? <p className="econ-small">{servingWhy(serving)}</p> : null}
      <div className="econ-config-grid">
        {serving.configs.map((c) => (
          <ConfigCard
            key={c.id}
            config={c}
            highlight={c.id === 'disaggregated'}
            boundary={serving.boundary}
          />
        ))}
      </div>
      <div className="econ-grid-2">
        <ChartFrame
          title="Cost per million output tokens, by phase"
          subtitle={subtitle}
          sources={sources}
          exportName="disaggregated-serving-cost"
          exportScope="the prefill and decode pools in the rows (their own hardware and counts), with the scenario's model and workload"
          data={{
            columns: [
              { key: 'configuration', label: 'Configuration' },
              { key: 'prefill', label: 'Prefill', unit: '$/M output tokens' },
              { key: 'transfer', label: 'KV cache transfer', unit: '$/M output tokens' },
              { key: 'decode', label: 'Decode', unit: '$/M output tokens' },
            ],
            rows: costBars.map((b) => ({
              configuration: b.label,
              prefill: b.prefill,
              transfer: b.transfer,
              decode: b.decode,
            })),
          }}
        >
          <SplitChart bars={costBars} format={formatUsd} axis="$ per million output tokens" />
        </ChartFrame>
        <ChartFrame
          title="Energy per output token, by phase"
          subtitle={`${subtitle} · ${boundaryLabel(serving.boundary, pue)}`}
          sources={sources}
          exportName="disaggregated-serving-energy"
          exportScope="the prefill and decode pools in the rows (their own hardware and counts), with the scenario's model and workload"
          data={{
            columns: [
              { key: 'configuration', label: 'Configuration' },
              { key: 'prefill', label: 'Prefill', unit: energyUnit },
              { key: 'transfer', label: 'KV cache transfer', unit: energyUnit },
              { key: 'decode', label: 'Decode', unit: energyUnit },
            ],
            rows: energyBars.map((b) => ({
              configuration: b.label,
              prefill: b.prefill,
              transfer: b.transfer,
              decode: b.decode,
            })),
          }}
        >
          <SplitChart
            bars={energyBars}
            format={formatJoules}
            axis={`J per output token (${serving.boundary} boundary)`}
          />
        </ChartFrame>
      </div>
      {t ? (
        <section className="card" aria-labelledby="econ-kv-title">
          <h3 id="econ-kv-title">The KV-cache transfer over the scale-out fabric, per request</h3>
          <dl className="econ-facts">
            <div>
              <dt>KV cache per prompt token</dt>
              <dd className="num">{formatBytes(t.kvBytesPerToken)}</dd>
            </div>
            <div>
              <dt>Sent per request</dt>
              <dd className="num">{formatBytes(t.bytesPerRequest)}</dd>
            </div>
            <div>
              <dt>Link between the pools</dt>
              <dd className="num">
                {formatNumber(t.linkGbps)} Gb/s at {formatPercent(t.linkEfficiency)}
              </dd>
            </div>
            <div>
              <dt>Added to the first token</dt>
              <dd className="num">{formatSeconds(t.seconds)}</dd>
            </div>
            <div>
              <dt>Energy ({serving.boundary} boundary)</dt>
              <dd className="num">
                {formatJoules(t.joules)} at {formatNumber(t.pjPerBit)} pJ/bit
              </dd>
            </div>
            <div>
              <dt>Prefill links busy</dt>
              <dd className="num">{formatPercent(t.prefillLinkOccupancy, 1)}</dd>
            </div>
          </dl>
          <p className="econ-note">
            {t.prefillLinkOccupancy > 1
              ? 'The fabric binds: a busy prefill pool produces KV cache faster than its links can send it, so prefill slows to the link’s pace (counted in its cost).'
              : 'The fabric keeps up: the prefill pool’s links carry its KV cache with room to spare.'}{' '}
            Balanced deployment: {poolRatioText(serving.prefillPerDecodeAccelerators)}. The network
            hardware itself is in each pool’s per-chip network share; the transfer adds its
            electricity.
          </p>
        </section>
      ) : null}
    </>
  )
}

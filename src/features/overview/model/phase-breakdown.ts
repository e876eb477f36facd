import type { CostComponents, EnergyComponents, SimulationResult } from '@/engine/index'

export type Phase = 'prefill' | 'decode'

export interface ComponentSeries<K extends string = string> {
  readonly key: K
  readonly label: string
  readonly color: string
}

/** One bar: a phase, its components (same keys as the series) and its total. */
export interface PhaseRow {
  readonly phase: Phase
  readonly label: string
  readonly total: number
  readonly values: Readonly<Record<string, number>>
}

export interface Breakdown {
  readonly id: 'time' | 'cost' | 'energy'
  readonly title: string
  /** Axis unit, e.g. "ms per request". */
  readonly unit: string
  readonly series: readonly ComponentSeries[]
  readonly rows: readonly [PhaseRow, PhaseRow]
}

const PHASE_LABEL: Record<Phase, string> = { prefill: 'Prefill', decode: 'Decode' }

export const TIME_SERIES: readonly ComponentSeries<
  'compute' | 'memory' | 'communication' | 'overhead' | 'wait'
>[] = [
  { key: 'compute', label: 'Compute (tensor cores)', color: 'var(--cat-1)' },
  { key: 'memory', label: 'Memory bandwidth', color: 'var(--cat-2)' },
  { key: 'communication', label: 'Communication', color: 'var(--cat-3)' },
  { key: 'overhead', label: 'Fixed overhead', color: '#8a93a3' },
  { key: 'wait', label: 'Waiting for other ranks', color: '#c3c9d4' },
]

export const COST_SERIES: readonly ComponentSeries<keyof CostComponents>[] = [
  { key: 'acceleratorLogic', label: 'Accelerator logic', color: 'var(--series-accelerator-logic)' },
  { key: 'acceleratorMemory', label: 'Accelerator memory (HBM)', color: 'var(--cat-1)' },
  { key: 'acceleratorPackaging', label: 'Packaging', color: '#4a9fd6' },
  { key: 'acceleratorOther', label: 'Other chip parts', color: '#9ccbec' },
  { key: 'vendorMargin', label: 'Vendor margin', color: 'var(--cat-4)' },
  { key: 'system', label: 'Servers', color: 'var(--cat-2)' },
  { key: 'network', label: 'Network', color: '#f5c870' },
  { key: 'energy', label: 'Electricity', color: 'var(--cat-3)' },
  { key: 'facility', label: 'Facility', color: 'var(--cat-6)' },
  { key: 'operations', label: 'Operations', color: '#8a93a3' },
  { key: 'rental', label: 'Rental', color: 'var(--series-rental)' },
]

export const ENERGY_SERIES: readonly ComponentSeries<keyof EnergyComponents>[] = [
  { key: 'compute', label: 'Chip: compute', color: 'var(--cat-1)' },
  { key: 'memory', label: 'Chip: memory traffic', color: 'var(--cat-2)' },
  { key: 'network', label: 'Chip: links', color: 'var(--cat-3)' },
  { key: 'static', label: 'Chip: static power', color: 'var(--cat-5)' },
  { key: 'host', label: 'Host server', color: 'var(--cat-4)' },
  { key: 'facilityOverhead', label: 'Cooling & power conversion', color: 'var(--cat-6)' },
]

const MS_PER_S = 1000
const TOKENS_PER_MILLION = 1e6
/** Cost is shown per this many requests, so the figures read as dollars and cents. */
export const REQUESTS_PER_COST_UNIT = 1000

const divide = (a: number, b: number): number => (b > 0 ? a / b : 0)

function rows(
  values: Record<Phase, Record<string, number>>,
  keys: readonly string[],
): [PhaseRow, PhaseRow] {
  const row = (phase: Phase): PhaseRow => {
    const v = values[phase]
    return {
      phase,
      label: PHASE_LABEL[phase],
      total: keys.reduce((sum, k) => sum + (v[k] ?? 0), 0),
      values: v,
    }
  }
  return [row('prefill'), row('decode')]
}

/** Drop components that are zero in both phases (e.g. rental under TCO), so the legend lists only what is drawn. */
function visible<K extends string>(
  series: readonly ComponentSeries<K>[],
  values: Record<Phase, Record<string, number>>,
): ComponentSeries<K>[] {
  return series.filter((s) => (values.prefill[s.key] ?? 0) + (values.decode[s.key] ?? 0) > 0)
}

/** Share of the serving cycle (prefill + decode of one batch) spent in prefill. */
export function prefillTimeShare(result: SimulationResult): number {
  return divide(result.prefill.seconds, result.prefill.seconds + result.decode.seconds)
}

/** Share of a request's cost the engine puts on prefill (the kernel splits it by phase). */
export function prefillCostShare(result: SimulationResult): number {
  const { prefill, decode } = result.costPerRequestUsdByPhase
  return divide(prefill, prefill + decode)
}

/**
 * Replica time per request, by what the time is spent on: each phase's seconds for the whole batch
 * divided by the requests in the batch (the replica serves them together).
 */
export function timeBreakdown(result: SimulationResult): Breakdown {
  const perRequestMs = (seconds: number): number => divide(seconds, result.batchSize) * MS_PER_S
  const phaseValues = (p: SimulationResult['prefill']): Record<string, number> => ({
    compute: perRequestMs(p.computeSeconds),
    memory: perRequestMs(p.memorySeconds),
    communication: perRequestMs(p.communicationSeconds),
    overhead: perRequestMs(p.overheadSeconds),
    wait: perRequestMs(p.waitSeconds),
  })
  const values = { prefill: phaseValues(result.prefill), decode: phaseValues(result.decode) }
  return {
    id: 'time',
    title: 'Machine time',
    unit: 'ms of replica time per request',
    series: visible(TIME_SERIES, values),
    rows: rows(
      values,
      TIME_SERIES.map((s) => s.key),
    ),
  }
}

/**
 * Cost per 1,000 requests by component and phase. The replica costs the same every hour whatever it
 * does, so each phase carries each component in the proportion the engine splits the request's
 * cost (costPerRequestUsdByPhase: prefill's share of the serving cycle); the prefill total equals
 * the $/M input-token figure × prompt tokens.
 */
export function costBreakdown(result: SimulationResult): Breakdown {
  const share = prefillCostShare(result)
  const perRequests = (result.scenario.outputTokens / TOKENS_PER_MILLION) * REQUESTS_PER_COST_UNIT
  const c = result.cost.perMillionOutputTokens
  const values: Record<Phase, Record<string, number>> = { prefill: {}, decode: {} }
  for (const { key } of COST_SERIES) {
    const total = c[key] * perRequests
    values.prefill[key] = total * share
    values.decode[key] = total * (1 - share)
  }
  return {
    id: 'cost',
    title: 'Cost',
    unit: `$ per ${REQUESTS_PER_COST_UNIT.toLocaleString('en-US')} requests`,
    series: visible(COST_SERIES, values),
    rows: rows(
      values,
      COST_SERIES.map((s) => s.key),
    ),
  }
}

/** Energy components that count at each boundary (chip ⊂ node ⊂ facility). */
export const BOUNDARY_COMPONENTS: Record<
  SimulationResult['energyPerToken']['boundary'],
  readonly (keyof EnergyComponents)[]
> = {
  chip: ['compute', 'memory', 'network', 'static'],
  node: ['compute', 'memory', 'network', 'static', 'host'],
  facility: ['compute', 'memory', 'network', 'static', 'host', 'facilityOverhead'],
}

/**
 * Energy per request by component and phase, at the scenario's boundary. The engine reports each
 * phase's total at the boundary and the components (per output token, facility boundary) for the
 * whole request; the split follows the engine's own bookkeeping: static and host power accrue with
 * time, compute energy as the engine splits it (computeJoules), memory energy as the engine splits it (memoryJoules), links take the remainder of the
 * chip's dynamic energy, and the facility adds (PUE − 1) × node energy.
 */
export function energyBreakdown(result: SimulationResult): Breakdown {
  const e = result.energyPerToken
  const c = e.components
  const out = result.scenario.outputTokens
  const share = prefillTimeShare(result)
  const pue = e.byBoundary.node > 0 ? e.byBoundary.facility / e.byBoundary.node : 1
  // The engine's own split of the arithmetic energy (not the FLOPs: attention FLOPs cost more
  // where they run in a wider format than the linear layers, and each phase has its own clock).
  const computeShare = divide(
    result.prefill.computeJoules,
    result.prefill.computeJoules + result.decode.computeJoules,
  )
  const memoryShare = divide(
    result.prefill.memoryJoules,
    result.prefill.memoryJoules + result.decode.memoryJoules,
  )
  const atBoundary: Record<Phase, number> = {
    prefill: e.perInputToken * result.scenario.inputTokens,
    decode: e.decodePerOutputToken * out,
  }
  const phaseShare = (phase: Phase, prefillShare: number): number =>
    phase === 'prefill' ? prefillShare : 1 - prefillShare
  const included = new Set(BOUNDARY_COMPONENTS[e.boundary])
  const values: Record<Phase, Record<string, number>> = { prefill: {}, decode: {} }
  for (const phase of ['prefill', 'decode'] as const) {
    const host = c.host * out * phaseShare(phase, share)
    const staticJ = c.static * out * phaseShare(phase, share)
    const total = atBoundary[phase]
    const chip =
      e.boundary === 'chip' ? total : e.boundary === 'node' ? total - host : total / pue - host
    const compute = c.compute * out * phaseShare(phase, computeShare)
    const memory = c.memory * out * phaseShare(phase, memoryShare)
    const network = Math.max(0, chip - staticJ - compute - memory)
    const all: Record<keyof EnergyComponents, number> = {
      compute,
      memory,
      network,
      static: staticJ,
      host,
      facilityOverhead: (chip + host) * (pue - 1),
    }
    for (const { key } of ENERGY_SERIES) values[phase][key] = included.has(key) ? all[key] : 0
  }
  return {
    id: 'energy',
    title: 'Energy',
    unit: 'J per request',
    series: visible(ENERGY_SERIES, values),
    rows: rows(
      values,
      ENERGY_SERIES.map((s) => s.key),
    ),
  }
}

export function phaseBreakdowns(
  result: SimulationResult,
): readonly [Breakdown, Breakdown, Breakdown] {
  return [timeBreakdown(result), costBreakdown(result), energyBreakdown(result)]
}

const NICE_STEPS = [1, 2, 2.5, 5, 10] as const

/**
 * Round axis ticks from 0 to at least `max`: about `count` steps of 1, 2, 2.5 or 5 × a power of ten,
 * so a cost axis reads $0, $0.05, $0.10 … rather than $0.045, $0.09 ….
 */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1]
  const raw = max / count
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = (NICE_STEPS.find((s) => s * magnitude >= raw) ?? 10) * magnitude
  const steps = Math.ceil(max / step - 1e-9)
  return Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)))
}

/** Decimal places that show every tick of `niceTicks` exactly: 0.05 → 2, 2.5 → 1, 20 → 0. */
export function tickDecimals(ticks: readonly number[]): number {
  const step = ticks[1] ?? 1
  for (let d = 0; d < 10; d++)
    if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-9) return d
  return 10
}

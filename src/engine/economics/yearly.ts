/**
 * One scenario evaluated for the 2026 baseline (no levers) and for every year 2026–2030 with its levers
 * (slider × availability that year), exactly as analysis/trajectory.ts does, but keeping the quantities
 * the economics views need: cost per request and by component, power and capex per accelerator,
 * throughput per accelerator and per MW. Energy and power are at the scenario's energy boundary.
 */
import {
  adoptionsInYear,
  createContext,
  runs,
  YEARS,
  type AnalysisContext,
} from '../analysis/context'
import { O, createOutput, evaluate, readCostComponents, readHeadline } from '../kernel'
import { availability, applyCompiled } from '../levers/apply'
import type { LeverId } from '../levers/ids'
import { P } from '../params'
import { HOST_IDLE_SHARE } from '../physics/power'
import type { CostComponents, EnergyBoundary } from '../result'
import type { Scenario } from '../scenario'

// One assumption for the kernel and the fleet view (tests/engine/economics/yearly.test.ts checks
// that the kernel's energy cost matches the one computed here).

export { HOST_IDLE_SHARE }

export interface YearPoint {
  readonly year: number
  readonly feasible: boolean
  /** All-in cost, USD per million output tokens. */
  readonly usdPerMillionOutputTokens: number
  /** All-in cost of one request (its prefill and its share of decode), USD. */
  readonly usdPerRequest: number
  /** USD per million output tokens by component; sums to usdPerMillionOutputTokens. */
  readonly usdPerMillionByComponent: CostComponents
  /** Energy per output token at the scenario's boundary (prefill + decode), J. */
  readonly joulesPerOutputToken: number
  readonly outputTokensPerSecondPerAccelerator: number
  /** Output tokens per second per MW drawn at the boundary. */
  readonly outputTokensPerSecondPerMegawatt: number
  /** Accelerators in one replica. */
  readonly acceleratorsPerReplica: number
  /** Share of paid hours spent serving. */
  readonly utilization: number
  /** Hardware capex per accelerator: the accelerator, its share of system and network, USD. */
  readonly capexUsdPerAccelerator: number
  /** Power per accelerator while serving, at the boundary, W. */
  readonly servingWattsPerAccelerator: number
  /** Power per accelerator while idle, at the boundary, W. */
  readonly idleWattsPerAccelerator: number
  /** Provisioned power per accelerator (TDP, plus host at node, × PUE at facility), W. */
  readonly provisionedWattsPerAccelerator: number
  /** Electricity price, USD/kWh. */
  readonly usdPerKwh: number
  /** Prompt tokens per output token in the scenario's workload (a site sells both). */
  readonly inputTokensPerOutputToken: number
  /** Years the hardware is depreciated over (the TCO's service life). */
  readonly serviceLifeYears: number
}

const BOUNDARIES: readonly EnergyBoundary[] = ['chip', 'node', 'facility']

/** The boundary a packed vector is evaluated at. */
export function boundaryOf(params: Float64Array): EnergyBoundary {
  return BOUNDARIES[params[P.BOUNDARY]!] ?? 'facility'
}

/**
 * Chip power and host power combined at an energy boundary, W: chip only; plus the host at node;
 * × PUE at facility.
 */
export function wattsAtBoundary(
  boundary: EnergyBoundary,
  chipW: number,
  hostW: number,
  pue: number,
): number {
  if (boundary === 'chip') return chipW
  return boundary === 'node' ? chipW + hostW : (chipW + hostW) * pue
}

const NAN_COMPONENTS: CostComponents = {
  acceleratorLogic: Number.NaN,
  acceleratorMemory: Number.NaN,
  acceleratorPackaging: Number.NaN,
  acceleratorOther: Number.NaN,
  vendorMargin: Number.NaN,
  system: Number.NaN,
  network: Number.NaN,
  energy: Number.NaN,
  facility: Number.NaN,
  operations: Number.NaN,
  rental: Number.NaN,
}

/** Name the kernel's output slots for one evaluated year. */
export function yearPointOf(year: number, params: Float64Array, out: Float64Array): YearPoint {
  const boundary = boundaryOf(params)
  const pue = params[P.PUE]!
  const capex =
    params[P.CAPEX_LOGIC_USD]! +
    params[P.CAPEX_MEMORY_USD]! +
    params[P.CAPEX_PACKAGING_USD]! +
    params[P.CAPEX_OTHER_USD]! +
    params[P.CAPEX_MARGIN_USD]! +
    params[P.CAPEX_SYSTEM_USD]! +
    params[P.CAPEX_NETWORK_USD]!
  const idleW = wattsAtBoundary(
    boundary,
    params[P.IDLE_W]!,
    HOST_IDLE_SHARE * params[P.HOST_W]!,
    pue,
  )
  const provisionedW = wattsAtBoundary(boundary, params[P.TDP_W]!, params[P.HOST_W]!, pue)
  const utilization = params[P.UTILIZATION]!
  const common = {
    year,
    utilization,
    capexUsdPerAccelerator: capex,
    idleWattsPerAccelerator: idleW,
    provisionedWattsPerAccelerator: provisionedW,
    usdPerKwh: params[P.USD_PER_KWH]!,
    inputTokensPerOutputToken: params[P.INPUT_TOKENS]! / params[P.OUTPUT_TOKENS]!,
    serviceLifeYears: params[P.DEPRECIATION_YEARS]!,
  }
  // A plan that does not run (does not fit, a power limit below static power, heads a stack cannot
  // split) has no figures; one that runs but misses a target keeps the nearest point's, flagged
  // infeasible as simulate() flags it (readHeadline). The power-limit case had read $0 as feasible.
  if (!runs(out)) {
    return {
      ...common,
      feasible: false,
      usdPerMillionOutputTokens: Number.NaN,
      usdPerRequest: Number.NaN,
      usdPerMillionByComponent: NAN_COMPONENTS,
      joulesPerOutputToken: Number.NaN,
      outputTokensPerSecondPerAccelerator: Number.NaN,
      outputTokensPerSecondPerMegawatt: Number.NaN,
      acceleratorsPerReplica: out[O.ACCELERATORS]!,
      servingWattsPerAccelerator: Number.NaN,
    }
  }
  const headline = readHeadline(out, params)
  const n = headline.accelerators
  const throughput = headline.outputTokensPerSecond
  const joules = headline.joulesPerOutputToken
  return {
    ...common,
    feasible: headline.feasible,
    usdPerMillionOutputTokens: headline.usdPerMillionOutputTokens,
    usdPerRequest: headline.usdPerRequest,
    usdPerMillionByComponent: readCostComponents(out, utilization),
    joulesPerOutputToken: joules,
    outputTokensPerSecondPerAccelerator: headline.outputTokensPerSecondPerAccelerator,
    outputTokensPerSecondPerMegawatt: headline.outputTokensPerSecondPerMegawatt,
    acceleratorsPerReplica: n,
    // Power at the boundary = energy per token at the boundary × tokens per second.
    servingWattsPerAccelerator: (joules * throughput) / n,
  }
}

export interface YearlyEvaluation {
  readonly context: AnalysisContext
  /** 2026 reference conditions, no levers. */
  readonly baseline: YearPoint
  /** 2026…2030 with the scenario's levers (slider × availability). */
  readonly years: readonly YearPoint[]
}

/** Evaluate a resolved scenario for its baseline and each year 2026–2030. */
export function yearlyEvaluation(scenario: Scenario): YearlyEvaluation {
  const context = createContext(scenario)
  const params = new Float64Array(context.base.length)
  const adoptions = new Float64Array(context.levers.length)
  const out = createOutput()
  params.set(context.base)
  evaluate(params, out)
  const baseline = yearPointOf(YEARS[0]!, params, out)
  const years = YEARS.map((year) => {
    params.set(context.base)
    applyCompiled(params, context.effects, adoptionsInYear(context, year, adoptions))
    evaluate(params, out)
    return yearPointOf(year, params, out)
  })
  return { context, baseline, years }
}

/**
 * One year with some sliders replaced (e.g. one lever at 0 and at 1, the others as in the scenario).
 * A lever that does not apply to the model stays off.
 */
export function yearPointWithSliders(
  context: AnalysisContext,
  year: number,
  sliders: Readonly<Partial<Record<LeverId, number>>>,
): YearPoint {
  const params = new Float64Array(context.base)
  const adoptions = adoptionsInYear(context, year, new Float64Array(context.levers.length))
  context.levers.forEach((lever, i) => {
    const slider = sliders[lever.id]
    if (slider !== undefined)
      adoptions[i] = context.applicable[i] ? slider * availability(lever, year) : 0
  })
  applyCompiled(params, context.effects, adoptions)
  return yearPointOf(year, params, evaluate(params, createOutput()))
}

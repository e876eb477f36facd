/**
 * What every analysis needs once per scenario: the packed baseline (no levers), the levers in
 * catalogue order with their sliders, and each lever's compiled base effects.
 */
import { FIRST_YEAR, LAST_YEAR } from '../constants'
import { O, createOutput, evaluate } from '../kernel'
import { availability, compileLever, leverApplies, type CompiledEffect } from '../levers/apply'
import { LEVERS } from '../levers/catalog'
import type { LeverId } from '../levers/ids'
import { leversWithOverrides } from '../levers/overrides'
import type { LeverSpec } from '../levers/types'
import { packScenario } from '../pack'
import type { Scenario } from '../scenario'

export const YEARS: readonly number[] = Array.from(
  { length: LAST_YEAR - FIRST_YEAR + 1 },
  (_, i) => FIRST_YEAR + i,
)

export interface AnalysisContext {
  readonly scenario: Scenario
  /** Packed scenario with no levers: the 2026 reference conditions the levers act on. */
  readonly base: Float64Array
  readonly levers: readonly LeverSpec[]
  /** Slider (0..1) per lever, catalogue order; 0 for levers that do not apply to the model. */
  readonly sliders: Float64Array
  readonly applicable: readonly boolean[]
  /** Base-value effects per lever under the scenario's assumption set. */
  readonly effects: readonly (readonly CompiledEffect[])[]
  /** Baseline cost ($/M output tokens) and energy (J/output token): no levers. */
  readonly baselineCost: number
  readonly baselineEnergy: number
}

export function createContext(scenario: Scenario): AnalysisContext {
  const base = packScenario(scenario)
  const applicable = LEVERS.map((lever) => leverApplies(lever, base))
  const sliders = new Float64Array(LEVERS.length)
  LEVERS.forEach((lever, i) => {
    sliders[i] = applicable[i] ? (scenario.levers[lever.id] ?? 0) : 0
  })
  const levers = leversWithOverrides(LEVERS, scenario.leverOverrides)
  const effects = levers.map((lever, i) =>
    applicable[i] ? compileLever(lever, scenario.assumptions, base) : [],
  )
  const out = evaluate(base, createOutput(), true)
  return {
    scenario,
    base,
    levers,
    sliders,
    applicable,
    effects,
    baselineCost: out[O.USD_PER_M_OUTPUT]!,
    baselineEnergy: out[O.J_PER_OUTPUT_TOKEN]!,
  }
}

/** Adoption per lever (slider × availability) in a year, written into `into`. */
export function adoptionsInYear(
  ctx: AnalysisContext,
  year: number,
  into: Float64Array,
): Float64Array {
  for (let i = 0; i < ctx.levers.length; i++)
    into[i] = ctx.sliders[i]! * availability(ctx.levers[i]!, year)
  return into
}

export function leverIndex(id: LeverId): number {
  return LEVERS.findIndex((l) => l.id === id)
}

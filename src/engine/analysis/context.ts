/**
 * What every analysis needs once per scenario: the packed baseline (no levers), the levers in
 * catalogue order with their sliders, and each lever's compiled base effects.
 */
import { FIRST_YEAR, LAST_YEAR } from '../constants'
import {
  O,
  STATUS_DOES_NOT_FIT,
  STATUS_POWER_TOO_LOW,
  STATUS_UNEVEN_HEADS,
  createOutput,
  evaluate,
  placementOf,
} from '../kernel'
import {
  applyCompiled,
  availability,
  compileLever,
  leverApplies,
  type CompiledEffect,
} from '../levers/apply'
import { LEVERS } from '../levers/catalog'
import type { LeverId } from '../levers/ids'
import { leversWithOverrides } from '../levers/overrides'
import type { LeverSpec } from '../levers/types'
import { packScenario } from '../pack'
import { ATTENTION_CODE, EXPERT_PLACEMENT, P } from '../params'
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
  /** The baseline runs (else baselineCost and baselineEnergy are NaN: no fold, no attribution). */
  readonly baselineRuns: boolean
  /**
   * The deployment plan the search chose in each year of YEARS: [tensor, pipeline, its attention
   * as an ATTENTION_CODE, "auto" where it spread no experts over several accelerators, and 1 where
   * its group fits inside the scale-up domain, 0 where it spans domains].
   */
  readonly yearPlans: readonly (readonly [number, number, number, number, number])[]
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
  // Where the scenario's conditions without levers do not run (a fixed accelerator count that only
  // the levers make the model fit), there is no baseline: NaN, never the 0 of the cost slot, whose
  // logarithm had made the attribution's total +Infinity and every share NaN, and the trajectory's
  // fold 0 (tests/engine/baseline-unrunnable.test.ts).
  const baselineRuns = runs(out)
  const baselineCost = baselineRuns ? out[O.USD_PER_M_OUTPUT]! : Number.NaN
  const baselineEnergy = baselineRuns ? out[O.J_PER_OUTPUT_TOKEN]! : Number.NaN
  // The deployment search runs once per year here; the analyses' inner loops start from its plan
  // (P.HINT_*) and search again only where a lever makes it stop fitting or miss a target.
  const params = new Float64Array(base.length)
  const adoptions = new Float64Array(levers.length)
  const yearPlans = YEARS.map((year): readonly [number, number, number, number, number] => {
    params.set(base)
    for (let i = 0; i < levers.length; i++)
      adoptions[i] = sliders[i]! * availability(levers[i]!, year)
    applyCompiled(params, effects, adoptions)
    evaluate(params, out, true)
    return planHint(out, params)
  })
  const ctx: AnalysisContext = {
    scenario,
    base,
    levers,
    sliders,
    applicable,
    effects,
    baselineCost,
    baselineEnergy,
    baselineRuns,
    yearPlans,
  }
  setPlanHint(ctx, scenario.year, base)
  return ctx
}

/**
 * Entries of a plan hint: [tensor, pipeline, attention (an ATTENTION_CODE), inside its domain,
 * experts' placement (an EXPERT_PLACEMENT)].
 */
export const PLAN_HINT_SIZE = 5

/**
 * A searched plan as a hint: its tensor and pipeline degrees; its attention as an ATTENTION_CODE
 * where a mixture of experts was spread over several accelerators, else "auto", so a lever subset
 * that spreads the experts later is not held to a choice nobody made; and 1 when its group fits
 * inside the scale-up domain, in whole accelerators as the search counts it (search.ts
 * candidateBounds), 0 when it spans domains over scale-out.
 */
export function planHint(
  out: Float64Array,
  params: Float64Array,
): readonly [number, number, number, number, number] {
  const tensor = out[O.TENSOR_PARALLEL]!
  // The placement the evaluation chose, where a mixture of experts had one to make.
  const placement = params[P.EXPERTS]! > 1 && tensor > 1 ? placementOf(out) : EXPERT_PLACEMENT.auto
  const attention = !(out[O.EXPERT_PARALLEL]! > 1)
    ? ATTENTION_CODE.auto
    : out[O.ATTENTION_TENSOR] === 1
      ? ATTENTION_CODE.tensor
      : ATTENTION_CODE.data
  const domain = Math.max(1, Math.floor(params[P.SCALE_UP_DOMAIN]! + 1e-6))
  return [tensor, out[O.PIPELINE_PARALLEL]!, attention, tensor <= domain ? 1 : 0, placement]
}

/** Write the plan the search chose for `year` into `params` as the kernel's first try. */
export function setPlanHint(ctx: AnalysisContext, year: number, params: Float64Array): void {
  const plan = ctx.yearPlans[YEARS.indexOf(year)]
  params[P.HINT_TENSOR_PARALLEL] = plan ? plan[0] : 0
  params[P.HINT_PIPELINE_PARALLEL] = plan ? plan[1] : 0
  params[P.HINT_ATTENTION_TENSOR] = plan ? plan[2] : ATTENTION_CODE.auto
  params[P.HINT_IN_DOMAIN] = plan ? plan[3] : 0
  // The year's placement of experts too. Leaving it to each draw (as the attribution leaves it) is
  // exact where a draw moves the batch across the point where splitting them pays (a review found
  // Kimi K2 on TPU v6e's P90 at 0.967 against 0.843 exact, a Llama 4 Maverick draw on 8 H200s at
  // $0.43 spread where split costs $0.20), but it evaluates every draw twice in the years whose
  // plan has a choice, and took the dashboard's full recompute from 90 to 109 ms p95, past its
  // budget: a known gap (src/engine/README.md).
  params[P.HINT_EXPERTS_SPLIT] = plan ? plan[4] : EXPERT_PLACEMENT.auto
  // No second plan: a draw or a year the plan does not fit is searched afresh. The plan without
  // levers used to stand in, and priced the Monte Carlo draws of the Article preset on DeepSeek-V3
  // in 2030 at a median 2.9x the year's cost (tests/engine/uncertainty-plans.test.ts).
  params[P.HINT2_TENSOR_PARALLEL] = 0
  params[P.HINT2_PIPELINE_PARALLEL] = 0
  params[P.HINT2_ATTENTION_TENSOR] = ATTENTION_CODE.auto
  params[P.HINT2_IN_DOMAIN] = 0
  params[P.HINT2_EXPERTS_SPLIT] = EXPERT_PLACEMENT.auto
}

/**
 * As the deployment search ranks plans (kernel/search.ts better): meeting the targets first, then the
 * cheaper. For an analysis that prices one lever subset or draw on several plans and keeps the best.
 */
export function betterResult(a: Float64Array, b: Float64Array): boolean {
  // A result without a price (the model does not fit: its cost slot is 0) ranks after any priced one.
  const aPriced = priced(a)
  if (aPriced !== priced(b)) return aPriced
  const aMisses = a[O.TARGET_UNMET] !== 0
  return aMisses !== (b[O.TARGET_UNMET] !== 0)
    ? !aMisses
    : a[O.USD_PER_M_OUTPUT]! < b[O.USD_PER_M_OUTPUT]!
}

function priced(r: Float64Array): boolean {
  const cost = r[O.USD_PER_M_OUTPUT]!
  return cost > 0 && Number.isFinite(cost)
}

/**
 * Whether an evaluation's scenario runs at all: it fits, its chips have power for more than their
 * static draw, and its heads split (a cost of $0 with every price at zero still runs).
 */
export function runs(r: Float64Array): boolean {
  const status = r[O.STATUS]
  return (
    status !== STATUS_DOES_NOT_FIT &&
    status !== STATUS_POWER_TOO_LOW &&
    status !== STATUS_UNEVEN_HEADS
  )
}

/** Write `plan` (a planHint) into the first hint slots, and the year's plan into the second. */
export function setHintPair(
  params: Float64Array,
  plan: readonly number[],
  fallback: readonly number[] | undefined,
): void {
  params[P.HINT_TENSOR_PARALLEL] = plan[0]!
  params[P.HINT_PIPELINE_PARALLEL] = plan[1]!
  params[P.HINT_ATTENTION_TENSOR] = plan[2]!
  params[P.HINT_IN_DOMAIN] = plan[3]!
  params[P.HINT_EXPERTS_SPLIT] = plan[4]!
  params[P.HINT2_TENSOR_PARALLEL] = fallback ? fallback[0]! : 0
  params[P.HINT2_PIPELINE_PARALLEL] = fallback ? fallback[1]! : 0
  params[P.HINT2_ATTENTION_TENSOR] = fallback ? fallback[2]! : ATTENTION_CODE.auto
  params[P.HINT2_IN_DOMAIN] = fallback ? fallback[3]! : 0
  params[P.HINT2_EXPERTS_SPLIT] = fallback ? fallback[4]! : EXPERT_PLACEMENT.auto
}

/** No plan hinted: the kernel searches. */
export const NO_PLAN: readonly number[] = [0, 0, ATTENTION_CODE.auto, 0, EXPERT_PLACEMENT.auto]

/** Clear both plan hints in `params`, so the kernel searches. */
export function clearPlanHints(params: Float64Array): void {
  setHintPair(params, NO_PLAN, undefined)
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

/**
 * Use-case economics: the cost of one task of each use case per year 2026–2030 under the scenario,
 * against what the task earns. A use case is run through the engine with its own token shape (prompt
 * and output tokens per model call, prefix-cache reuse, interactivity target) on the scenario's
 * hardware, precision, economics and levers; a task costs `callsPerTask` requests.
 */
import { modelById } from '../catalog/models'
import { REFERENCE, resolveScenario } from '../scenario'
import type { ScenarioInput } from '../scenario-schema'

import type { EconomicsInputs } from './inputs'
import type { UseCaseInput } from './use-cases'
import { yearlyEvaluation, type YearPoint } from './yearly'

/**
 * Gross margin on inference compute: 1 − cost ÷ price (a share of price; negative when a task costs
 * more than it earns).
 * @param costUsd cost of one task, USD
 * @param priceUsd what the task earns, USD (> 0)
 */
export function grossMargin(costUsd: number, priceUsd: number): number {
  return 1 - costUsd / priceUsd
}

/**
 * How many times cheaper a task must get to reach a target gross margin: cost ÷ (price × (1 − target)).
 * A value ≤ 1 means the target is already met (its inverse is the headroom).
 * @param targetMargin share of price, 0 ≤ target < 1
 */
export function requiredCostReductionFold(
  costUsd: number,
  priceUsd: number,
  targetMargin: number,
): number {
  return costUsd / (priceUsd * (1 - targetMargin))
}

/**
 * The first year whose margin reaches `threshold` (0 = break-even), or null when none does.
 * Years are taken in the order given; a year without a margin (infeasible) never counts.
 */
export function breakEvenYear(
  points: readonly { readonly year: number; readonly grossMargin: number }[],
  threshold = 0,
): number | null {
  for (const p of points)
    if (Number.isFinite(p.grossMargin) && p.grossMargin >= threshold) return p.year
  return null
}

/** Cost of one task: calls per task × all-in cost of one request, USD. */
export function costPerTaskUsd(usdPerRequest: number, callsPerTask: number): number {
  return usdPerRequest * callsPerTask
}

/**
 * Energy of one task at the scenario's boundary: calls × (output + reasoning tokens per call) × J per
 * output token (which already carries the prompt's prefill energy), J.
 */
export function energyPerTaskJoules(
  joulesPerOutputToken: number,
  decodedTokensPerCall: number,
  callsPerTask: number,
): number {
  return joulesPerOutputToken * decodedTokensPerCall * callsPerTask
}

/** Tokens one task processes, by kind. */
export function tokensPerTask(u: UseCaseInput): {
  readonly input: number
  readonly output: number
  readonly reasoning: number
} {
  return {
    input: u.inputTokensPerCall * u.callsPerTask,
    output: u.outputTokensPerCall * u.callsPerTask,
    reasoning: u.reasoningTokensPerCall * u.callsPerTask,
  }
}

function sameModel(a: ScenarioInput['model'], b: string): boolean {
  return (a ?? REFERENCE.model) === b
}

/**
 * The scenario input that serves one use case: the scenario with the use case's token shape and, in
 * 'typical' mode, the use case's model (replica sized automatically, since a fixed count chosen for
 * another model may not hold this one).
 */
export function scenarioInputForUseCase(
  base: ScenarioInput,
  u: UseCaseInput,
  modelMode: EconomicsInputs['useCaseModel'],
): ScenarioInput {
  const baseWorkload = base.workload
  const workload: NonNullable<ScenarioInput['workload']> = {
    ...(typeof baseWorkload === 'string' ? { preset: baseWorkload } : {}),
    ...(typeof baseWorkload === 'object' && baseWorkload.preset !== undefined
      ? { preset: baseWorkload.preset }
      : {}),
    ...(typeof baseWorkload === 'object' && baseWorkload.batchSize !== undefined
      ? { batchSize: baseWorkload.batchSize }
      : {}),
    inputTokens: u.inputTokensPerCall,
    outputTokens: u.outputTokensPerCall + u.reasoningTokensPerCall,
    prefixCacheHitRate: u.prefixCacheHitRate,
    minOutputTokensPerSecondPerUser: u.minOutputTokensPerSecondPerUser,
  }
  const ownModel = modelMode === 'typical' && !sameModel(base.model, u.model)
  return {
    ...base,
    workload,
    ...(ownModel ? { model: u.model, accelerators: 'auto' as const } : {}),
  }
}

export interface UseCaseYear {
  readonly year: number
  readonly feasible: boolean
  readonly costUsdPerTask: number
  readonly grossMargin: number
  /** Times cheaper the task must get for the target margin; ≤ 1: already met. */
  readonly requiredCostReductionFold: number
  /** At the scenario's energy boundary. */
  readonly energyJoulesPerTask: number
}

export interface UseCaseRow {
  readonly id: string
  readonly name: string
  readonly task: string
  readonly modelId: string
  readonly modelName: string
  readonly priceUsdPerTask: number
  readonly priceBasis: string
  readonly tasksPerUserPerMonth: number
  readonly tokensPerTask: {
    readonly input: number
    readonly output: number
    readonly reasoning: number
  }
  /** 2026 reference conditions, no levers. */
  readonly baseline: UseCaseYear
  /** 2026…2030 under the scenario. */
  readonly years: readonly UseCaseYear[]
  /** First year with gross margin ≥ 0; null: not by 2030. */
  readonly breakEvenYear: number | null
  /** First year with gross margin ≥ the target; null: not by 2030. */
  readonly targetMarginYear: number | null
  /** Why the use case cannot run (e.g. the model does not fit), in words. Empty when it runs. */
  readonly issues: readonly string[]
}

export interface UseCaseEconomics {
  readonly targetGrossMargin: number
  readonly modelMode: EconomicsInputs['useCaseModel']
  readonly rows: readonly UseCaseRow[]
}

function yearForUseCase(u: UseCaseInput, p: YearPoint, target: number): UseCaseYear {
  const cost = costPerTaskUsd(p.usdPerRequest, u.callsPerTask)
  return {
    year: p.year,
    feasible: p.feasible,
    costUsdPerTask: cost,
    grossMargin: grossMargin(cost, u.priceUsdPerTask),
    requiredCostReductionFold: requiredCostReductionFold(cost, u.priceUsdPerTask, target),
    energyJoulesPerTask: energyPerTaskJoules(
      p.joulesPerOutputToken,
      u.outputTokensPerCall + u.reasoningTokensPerCall,
      u.callsPerTask,
    ),
  }
}

/** One use case under the scenario, per year. */
export function rowForUseCase(
  base: ScenarioInput,
  u: UseCaseInput,
  inputs: Pick<EconomicsInputs, 'useCaseModel' | 'targetGrossMargin'>,
): UseCaseRow {
  const input = scenarioInputForUseCase(base, u, inputs.useCaseModel)
  const modelId =
    typeof input.model === 'string'
      ? input.model
      : (input.model?.id ?? input.model?.base ?? REFERENCE.model)
  const common = {
    id: u.id,
    name: u.name,
    task: u.task,
    modelId,
    modelName:
      modelById(modelId)?.name ??
      (typeof input.model === 'object' ? (input.model.name ?? 'Custom model') : modelId),
    priceUsdPerTask: u.priceUsdPerTask,
    priceBasis: u.priceBasis,
    tasksPerUserPerMonth: u.tasksPerUserPerMonth,
    tokensPerTask: tokensPerTask(u),
  }
  const resolved = resolveScenario(input)
  if (!resolved.ok) {
    const nan: UseCaseYear = {
      year: 2026,
      feasible: false,
      costUsdPerTask: Number.NaN,
      grossMargin: Number.NaN,
      requiredCostReductionFold: Number.NaN,
      energyJoulesPerTask: Number.NaN,
    }
    return {
      ...common,
      baseline: nan,
      years: [],
      breakEvenYear: null,
      targetMarginYear: null,
      issues: resolved.issues.map((i) => i.message),
    }
  }
  const evaluation = yearlyEvaluation(resolved.scenario)
  const years = evaluation.years.map((p) => yearForUseCase(u, p, inputs.targetGrossMargin))
  const infeasible = evaluation.years.every((p) => !p.feasible)
  return {
    ...common,
    modelName: resolved.scenario.model.name,
    baseline: yearForUseCase(u, evaluation.baseline, inputs.targetGrossMargin),
    years,
    breakEvenYear: breakEvenYear(years),
    targetMarginYear: breakEvenYear(years, inputs.targetGrossMargin),
    issues: infeasible
      ? [
          `${resolved.scenario.model.name} does not fit the scenario's replica for a ${u.inputTokensPerCall.toLocaleString('en-US')}-token prompt; choose more accelerators ("auto"), a lower precision or hardware with more memory`,
        ]
      : [],
  }
}

/** Every use case under the scenario. */
export function economicsOfUseCases(
  base: ScenarioInput,
  inputs: EconomicsInputs,
): UseCaseEconomics {
  return {
    targetGrossMargin: inputs.targetGrossMargin,
    modelMode: inputs.useCaseModel,
    rows: inputs.useCases.map((u) => rowForUseCase(base, u, inputs)),
  }
}

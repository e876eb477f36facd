import {
  defaultPrecision,
  REFERENCE,
  workloadById,
  type AcceleratorSpec,
  type ModelSpec,
  type NumberFormat,
  type ScenarioInput,
  type WorkloadSpec,
} from '@/engine/index'

type WorkloadInput = NonNullable<ScenarioInput['workload']>
export type WorkloadObject = Exclude<WorkloadInput, string>
export type WorkloadNumberKey =
  'inputTokens' | 'outputTokens' | 'minOutputTokensPerSecondPerUser' | 'outputLengthCv'
export type PrecisionKey = 'weights' | 'activations' | 'kvCache'
export type Boundary = 'chip' | 'node' | 'facility'
export type EconomicsMode = 'tco' | 'rental'

/** The workload as an object, whatever form the input holds it in. */
export function workloadObject(scenario: ScenarioInput): WorkloadObject {
  const workload = scenario.workload
  if (workload === undefined) return {}
  return typeof workload === 'string' ? { preset: workload } : workload
}

export function presetIdOf(scenario: ScenarioInput): string {
  return workloadObject(scenario).preset ?? REFERENCE.workload
}

/** Catalogue id of the model, hardware or preset (a customised object reports its base). */
export function catalogueIdOf(
  value: ScenarioInput['model'] | ScenarioInput['hardware'],
  fallback: string,
): string {
  if (value === undefined) return fallback
  return typeof value === 'string' ? value : (value.base ?? fallback)
}

export function isCustomised(value: ScenarioInput['model'] | ScenarioInput['hardware']): boolean {
  return typeof value === 'object'
}

export interface EffectiveWorkload {
  readonly preset: WorkloadSpec | undefined
  readonly inputTokens: number
  readonly outputTokens: number
  readonly minOutputTokensPerSecondPerUser: number
  /** Output lengths' standard deviation ÷ mean. */
  readonly outputLengthCv: number
  readonly batchSize: number | 'max'
  /** True when tokens, the target or the spread differ from the preset. */
  readonly edited: boolean
}

/** What the engine will use for the workload: overrides first, the preset's values otherwise. */
export function effectiveWorkload(scenario: ScenarioInput): EffectiveWorkload {
  const w = workloadObject(scenario)
  const preset = workloadById(presetIdOf(scenario))
  const inputTokens = w.inputTokens ?? preset?.inputTokens ?? Number.NaN
  const outputTokens = w.outputTokens ?? preset?.outputTokens ?? Number.NaN
  const target =
    w.minOutputTokensPerSecondPerUser ?? preset?.minOutputTokensPerSecondPerUser ?? Number.NaN
  const spread = w.outputLengthCv ?? preset?.outputLengthCv ?? Number.NaN
  return {
    preset,
    inputTokens,
    outputTokens,
    minOutputTokensPerSecondPerUser: target,
    outputLengthCv: spread,
    batchSize: w.batchSize ?? 'max',
    edited:
      preset !== undefined &&
      (inputTokens !== preset.inputTokens ||
        outputTokens !== preset.outputTokens ||
        target !== preset.minOutputTokensPerSecondPerUser ||
        spread !== preset.outputLengthCv),
  }
}

/** A new model brings its own number formats: the precision returns to the formats it ships in. */
export function withModel(scenario: ScenarioInput, id: string): ScenarioInput {
  const { precision: _previous, ...rest } = scenario
  // A pinned placement of experts belongs to the model it was pinned for (a dense model has none
  // to place, and the engine refuses the field there); the group stays pinned.
  if (rest.deployment?.expertParallel !== undefined) {
    const { expertParallel: _placement, ...plan } = rest.deployment
    return { ...rest, deployment: plan, model: id }
  }
  return { ...rest, model: id }
}

/** The format the engine uses for one precision field: the user's choice, else the model's own. */
export function effectivePrecision(
  scenario: ScenarioInput,
  key: PrecisionKey,
  model: ModelSpec | undefined,
  hardware: AcceleratorSpec | undefined,
): NumberFormat {
  const chosen = scenario.precision?.[key]
  if (chosen !== undefined) return chosen
  if (model && hardware) return defaultPrecision(model, hardware).precision[key]
  return REFERENCE.precision[key]
}

export const withHardware = (scenario: ScenarioInput, id: string): ScenarioInput => ({
  ...scenario,
  hardware: id,
})

export const withAccelerators = (
  scenario: ScenarioInput,
  accelerators: number | 'auto',
): ScenarioInput => ({ ...scenario, accelerators })

export const withPrecision = (
  scenario: ScenarioInput,
  key: PrecisionKey,
  format: NumberFormat,
): ScenarioInput => ({
  ...scenario,
  precision: { ...scenario.precision, [key]: format },
})

/** A new preset brings its own tokens and target; a batch setting the user chose is kept. */
export function withWorkloadPreset(scenario: ScenarioInput, presetId: string): ScenarioInput {
  const { batchSize } = workloadObject(scenario)
  return {
    ...scenario,
    workload: batchSize === undefined ? presetId : { preset: presetId, batchSize },
  }
}

export function withWorkloadNumber(
  scenario: ScenarioInput,
  key: WorkloadNumberKey,
  value: number,
): ScenarioInput {
  return {
    ...scenario,
    workload: { ...workloadObject(scenario), preset: presetIdOf(scenario), [key]: value },
  }
}

export function withBatch(scenario: ScenarioInput, batchSize: number | 'max'): ScenarioInput {
  const { batchSize: _previous, ...rest } = workloadObject(scenario)
  const next: WorkloadObject = batchSize === 'max' ? rest : { ...rest, batchSize }
  const onlyPreset = Object.keys(next).every((k) => k === 'preset')
  return {
    ...scenario,
    workload: onlyPreset ? presetIdOf(scenario) : { ...next, preset: presetIdOf(scenario) },
  }
}

export const withEconomicsMode = (scenario: ScenarioInput, mode: EconomicsMode): ScenarioInput => ({
  ...scenario,
  economics: { ...scenario.economics, mode },
})

export const withBoundary = (scenario: ScenarioInput, boundary: Boundary): ScenarioInput => ({
  ...scenario,
  energy: { ...scenario.energy, boundary },
})

export type ServingStack = 'tuned' | 'generic'

/** Software maturity: "generic" runs formats below 16 bits as BF16 (no fused low-bit kernels). */
export const withServingStack = (scenario: ScenarioInput, stack: ServingStack): ScenarioInput => ({
  ...scenario,
  serving: { ...scenario.serving, stack },
})

/**
 * The parallelism a pin fixes: the groups, and for a mixture of experts how the plan placed them
 * (expertParallel: the group's size spread, 1 split; engine-model.md §7), read from the plan's label
 * where it is 1, which a dense plan shows too.
 */
export interface PinnedPlan {
  readonly tensorParallel: number
  readonly pipelineParallel: number
  readonly expertParallel?: number
  readonly label?: string
}

/** The expertParallel a pin of `plan` fixes: spread, split, or none (a dense model). */
function pinnedExperts(plan: PinnedPlan): number | undefined {
  if ((plan.expertParallel ?? 1) > 1) return plan.expertParallel
  return plan.label?.includes('(MoE TP') ? 1 : undefined
}

/**
 * Pin a deployment plan: the search stops and the engine serves this plan. The accelerator count
 * stays as it was: 'auto' runs one replica of the pinned size, a fixed count fills it with
 * replicas, so unpinning searches again over the same count.
 */
export const withDeploymentPinned = (scenario: ScenarioInput, plan: PinnedPlan): ScenarioInput => {
  const expertParallel = pinnedExperts(plan)
  return {
    ...scenario,
    deployment: {
      tensorParallel: plan.tensorParallel,
      pipelineParallel: plan.pipelineParallel,
      ...(expertParallel === undefined ? {} : { expertParallel }),
    },
  }
}

/**
 * Where a pinned mixture of experts puts its experts: left to the engine (the cheaper), spread over
 * the group, or split across it.
 */
export type ExpertPlacement = 'auto' | 'spread' | 'split'

/**
 * Place the experts of a pinned plan: "split" cuts every expert across the tensor-parallel group
 * (deployment.expertParallel 1, TensorRT-LLM's and vLLM's default); "spread" gives each rank whole
 * experts (expert parallelism: deployment.expertParallel = tensorParallel); "auto" leaves the field
 * out, and the engine prices both and keeps the cheaper (kernel/plan.ts evaluatePlan).
 */
export function withExpertPlacement(
  scenario: ScenarioInput,
  placement: ExpertPlacement,
): ScenarioInput {
  const pinned = scenario.deployment
  if (pinned?.tensorParallel === undefined) return scenario
  const { expertParallel: _placement, ...plan } = pinned
  return {
    ...scenario,
    deployment:
      placement === 'split'
        ? { ...plan, expertParallel: 1 }
        : placement === 'spread'
          ? { ...plan, expertParallel: pinned.tensorParallel }
          : plan,
  }
}

/** Remove a pinned plan: the deployment search chooses again. */
export function withDeploymentSearched(scenario: ScenarioInput): ScenarioInput {
  const { deployment: _pinned, ...rest } = scenario
  return rest
}

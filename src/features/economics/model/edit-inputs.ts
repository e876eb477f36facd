import type { EconomicsInputs, ServingPoolInput, UseCaseInput } from '@/engine/index'

/** Pure updaters for the economics inputs: each returns a new object and leaves the input untouched. */

export type UseCaseNumberField = {
  [K in keyof UseCaseInput]-?: UseCaseInput[K] extends number ? K : never
}[keyof UseCaseInput]

export function withUseCaseField<K extends keyof UseCaseInput>(
  inputs: EconomicsInputs,
  id: string,
  field: K,
  value: UseCaseInput[K],
): EconomicsInputs {
  return {
    ...inputs,
    useCases: inputs.useCases.map((u) => (u.id === id ? { ...u, [field]: value } : u)),
  }
}

export function withSettings(
  inputs: EconomicsInputs,
  patch: Partial<Pick<EconomicsInputs, 'targetGrossMargin' | 'useCaseModel'>>,
): EconomicsInputs {
  return { ...inputs, ...patch }
}

export function withFleet(
  inputs: EconomicsInputs,
  patch: Partial<EconomicsInputs['fleet']>,
): EconomicsInputs {
  return { ...inputs, fleet: { ...inputs.fleet, ...patch } }
}

export function withSite(
  inputs: EconomicsInputs,
  patch: Partial<EconomicsInputs['site']>,
): EconomicsInputs {
  return { ...inputs, site: { ...inputs.site, ...patch } }
}

export function withServingPool(
  inputs: EconomicsInputs,
  pool: 'prefill' | 'decode',
  patch: Partial<ServingPoolInput>,
): EconomicsInputs {
  return {
    ...inputs,
    serving: { ...inputs.serving, [pool]: { ...inputs.serving[pool], ...patch } },
  }
}

export function withMatureNode(
  inputs: EconomicsInputs,
  patch: Partial<EconomicsInputs['matureNode']>,
): EconomicsInputs {
  return { ...inputs, matureNode: { ...inputs.matureNode, ...patch } }
}

export function withHorizon(
  inputs: EconomicsInputs,
  patch: Partial<EconomicsInputs['horizon']>,
): EconomicsInputs {
  return { ...inputs, horizon: { ...inputs.horizon, ...patch } }
}

/** True when a use case's field differs from its catalogue default (an analyst edit). */
export function isUseCaseFieldEdited(
  current: UseCaseInput,
  defaults: readonly UseCaseInput[],
  field: keyof UseCaseInput,
): boolean {
  const original = defaults.find((u) => u.id === current.id)
  return original !== undefined && original[field] !== current[field]
}

import { analyzeEconomics, defaultEconomicsInputs } from '@/engine/index'
import type { ScenarioInput, EconomicsResult, EconomicsInputs } from '@/engine/index'

/** A real economics result (the engine is not under test here). */
export function economicsResult(
  input: ScenarioInput = {},
  inputs: EconomicsInputs = defaultEconomicsInputs(),
): EconomicsResult {
  const outcome = analyzeEconomics(input, inputs)
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
  return outcome.value
}

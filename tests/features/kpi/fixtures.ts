import { runScenario, type ScenarioInput, type SimulationResult } from '@/engine/index'

/** A real engine result for a scenario input (the engine is not under test here). */
export function engineResult(input: ScenarioInput = {}): SimulationResult {
  const outcome = runScenario(input)
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
  return outcome.result
}

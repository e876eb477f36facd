/** A scenario input resolved as the engine resolves it, or the test stops with the engine's messages. */
import { resolveScenario, type Scenario, type ScenarioInput } from '@/engine/index'

export function scenarioOf(input: ScenarioInput): Scenario {
  const r = resolveScenario(input)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
  return r.scenario
}

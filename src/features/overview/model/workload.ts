import { REFERENCE, workloadById, type ScenarioInput } from '@/engine/index'

/** The interactivity target (output tokens/s per user) the scenario asks for: its own value or its preset's. */
export function interactivityTarget(scenario: ScenarioInput): number | undefined {
  const w = scenario.workload
  const object = typeof w === 'object' ? w : undefined
  const preset = workloadById(typeof w === 'string' ? w : (object?.preset ?? REFERENCE.workload))
  return object?.minOutputTokensPerSecondPerUser ?? preset?.minOutputTokensPerSecondPerUser
}

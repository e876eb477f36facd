import { inputLabel, type ScenarioInput } from '@/engine/index'

/** One line that says what a step's scenario is, for the editor and the handout. */
export function describeScenarioInput(input: ScenarioInput): string {
  const assumptions = input.assumptions === 'evidence' ? 'Evidence' : 'Article'
  return `${inputLabel(input)} · ${assumptions} assumptions`
}

/** Back to the defaults: every assumption edit removed, the scenario basics (levers, year…) kept. */
import type { ScenarioInput } from '@/engine/index'

import type { SectionSpec } from './fields'

export function withoutSectionEdits(
  input: ScenarioInput,
  section: SectionSpec['id'] | 'leverOverrides',
): ScenarioInput {
  if (section === 'hardware' || section === 'model') {
    const value = input[section]
    if (typeof value !== 'object') return input
    const { [section]: _removed, ...rest } = input
    return value.base === undefined ? rest : { ...rest, [section]: value.base }
  }
  const { [section]: _removed, ...rest } = input
  return rest
}

export function withoutAssumptionEdits(input: ScenarioInput): ScenarioInput {
  const sections = [
    'hardware',
    'model',
    'economics',
    'energy',
    'efficiency',
    'serving',
    'leverOverrides',
  ] as const
  return sections.reduce(withoutSectionEdits, input)
}

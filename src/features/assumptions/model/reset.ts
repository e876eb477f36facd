/** Back to the defaults: every assumption edit removed, the scenario basics (levers, year…) kept. */
import { ASSUMPTION_SECTIONS, type ScenarioInput } from '@/engine/index'

import { SECTIONS, SHARED_PATHS, type SectionSpec } from './fields'
import { removeAt } from './paths'

export function withoutSectionEdits(
  input: ScenarioInput,
  section: SectionSpec['id'] | 'leverOverrides',
): ScenarioInput {
  // A field a section shares with another (the accelerator price under prices) is that section's
  // too: its reset clears it wherever the value is held.
  const fields = SECTIONS.find((s) => s.id === section)?.fields ?? []
  const shared = SHARED_PATHS.filter((p) => fields.some((f) => f.path.join('.') === p.join('.')))
  if (shared.length > 0 && section !== 'hardware')
    return withoutOwnEdits(shared.reduce(removeAt, input), section)
  return withoutOwnEdits(input, section)
}

function withoutOwnEdits(
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
  return [...ASSUMPTION_SECTIONS, 'leverOverrides' as const].reduce(withoutSectionEdits, input)
}

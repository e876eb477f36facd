/**
 * The value each assumption would have without the user's edit: the scenario resolved with that
 * section's edits removed (a catalogue entry's figure, a family derate, a price share). Computed
 * once per section, not per field.
 */
import { resolveScenario, type Scenario, type ScenarioInput } from '@/engine/index'

import type { SectionSpec } from './fields'
import { getAt, type Path } from './paths'

function withoutSection(input: ScenarioInput, section: SectionSpec['id']): ScenarioInput {
  if (section === 'hardware' || section === 'model') {
    const value = input[section]
    if (typeof value !== 'object') return input
    return { ...input, [section]: value.base ?? undefined }
  }
  const { [section]: _removed, ...rest } = input
  return rest
}

export type SectionDefaults = Readonly<Record<SectionSpec['id'], Scenario | undefined>>

/** Per section, the resolved scenario without that section's edits (undefined if it cannot resolve). */
export function sectionDefaults(input: ScenarioInput): SectionDefaults {
  const resolve = (section: SectionSpec['id']): Scenario | undefined => {
    const outcome = resolveScenario(withoutSection(input, section))
    return outcome.ok ? outcome.scenario : undefined
  }
  return {
    hardware: resolve('hardware'),
    model: resolve('model'),
    economics: resolve('economics'),
    energy: resolve('energy'),
    efficiency: resolve('efficiency'),
    serving: resolve('serving'),
  }
}

/** The default of one field from its section's resolved scenario. */
export function defaultAt(defaults: SectionDefaults, path: Path): unknown {
  const section = path[0] as SectionSpec['id']
  const resolved = defaults[section]
  return resolved ? getAt(resolved as unknown as ScenarioInput, path) : undefined
}

/** The value in use: the scenario resolved as it is (falls back to the input when it cannot resolve). */
export function currentAt(
  resolved: Scenario | undefined,
  input: ScenarioInput,
  path: Path,
): unknown {
  const edited = getAt(input, path)
  if (edited !== undefined) return edited
  return resolved ? getAt(resolved as unknown as ScenarioInput, path) : undefined
}

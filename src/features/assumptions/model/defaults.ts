/**
 * Each field's value in use and its default, read from the values the engine computed in the worker
 * (engine `assumptionValues`: the scenario resolved, and per section without that section's edits).
 */
import type { AssumptionValues, ScenarioInput } from '@/engine/index'

import type { SectionSpec } from './fields'
import { getAt, type Path } from './paths'

/** The default of one field: the value its section would have without the user's edits. */
export function defaultAt(values: AssumptionValues | undefined, path: Path): unknown {
  const section = path[0] as SectionSpec['id']
  const resolved = values?.defaults[section]
  return resolved ? getAt(resolved as unknown as ScenarioInput, path) : undefined
}

/** The value in use: the user's edit, else the scenario as the engine resolved it. */
export function currentAt(
  values: AssumptionValues | undefined,
  input: ScenarioInput,
  path: Path,
): unknown {
  const edited = getAt(input, path)
  if (edited !== undefined) return edited
  return values?.current ? getAt(values.current as unknown as ScenarioInput, path) : undefined
}

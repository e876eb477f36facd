/**
 * The values behind the assumptions editor, as the engine resolves them: the scenario as it is,
 * and, per section of the input, the scenario without that section's edits, so each field's
 * default is the figure the engine would use without the user's edit (a catalogue entry's figure,
 * a family derate, a price share). Computed once per section, not per field: seven resolutions,
 * run in the worker (engine-api `assumptions`) so the page never resolves a scenario itself.
 */
import { resolveScenario, type Scenario } from './scenario'
import type { ScenarioInput } from './scenario-schema'

/** The input's sections the assumptions editor edits field by field. */
export const ASSUMPTION_SECTIONS = [
  'hardware',
  'model',
  'economics',
  'energy',
  'efficiency',
  'serving',
] as const
export type AssumptionSection = (typeof ASSUMPTION_SECTIONS)[number]

export interface AssumptionValues {
  /** The scenario as resolved; undefined when it cannot resolve (its issues are shown elsewhere). */
  readonly current: Scenario | undefined
  /** Per section, the scenario resolved without that section's edits (undefined if it cannot resolve). */
  readonly defaults: Readonly<Record<AssumptionSection, Scenario | undefined>>
}

/**
 * The input without one section's edits: a custom accelerator or model goes back to the catalogue
 * entry it starts from (the reference one when it names none); the other sections are dropped.
 */
function withoutSection(input: ScenarioInput, section: AssumptionSection): ScenarioInput {
  if (section === 'hardware' || section === 'model') {
    const value = input[section]
    if (typeof value !== 'object') return input
    return { ...input, [section]: value.base ?? undefined }
  }
  const { [section]: _removed, ...rest } = input
  return rest
}

function resolved(input: ScenarioInput): Scenario | undefined {
  const outcome = resolveScenario(input)
  return outcome.ok ? outcome.scenario : undefined
}

export function assumptionValues(input: ScenarioInput): AssumptionValues {
  return {
    current: resolved(input),
    defaults: {
      hardware: resolved(withoutSection(input, 'hardware')),
      model: resolved(withoutSection(input, 'model')),
      economics: resolved(withoutSection(input, 'economics')),
      energy: resolved(withoutSection(input, 'energy')),
      efficiency: resolved(withoutSection(input, 'efficiency')),
      serving: resolved(withoutSection(input, 'serving')),
    },
  }
}

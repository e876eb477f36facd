/**
 * Which assumptions of a scenario input differ from the defaults: a custom accelerator or model
 * (fields over a catalogue entry), prices and energy, efficiencies, serving settings, and lever
 * effect overrides. Pure, on the input only; the views mark these as "edited" wherever they show.
 */
import type { ScenarioInput } from '@/engine/index'

export interface AssumptionEdit {
  /** Dotted input path, e.g. `hardware.memoryBandwidthTBps` or `leverOverrides.hbm.MEMORY_BYTES`. */
  readonly path: string
  readonly value: unknown
}

const SECTIONS = ['economics', 'energy', 'efficiency', 'serving'] as const

function objectEdits(
  prefix: string,
  value: unknown,
  skip: ReadonlySet<string>,
  into: AssumptionEdit[],
): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined || skip.has(key)) continue
    if (child !== null && typeof child === 'object' && !Array.isArray(child))
      objectEdits(`${prefix}.${key}`, child, new Set(), into)
    else into.push({ path: `${prefix}.${key}`, value: child })
  }
}

const BASE_KEY = new Set(['base'])
const NOTHING = new Set<string>()

export function listAssumptionEdits(scenario: ScenarioInput): AssumptionEdit[] {
  const edits: AssumptionEdit[] = []
  if (typeof scenario.hardware === 'object')
    objectEdits('hardware', scenario.hardware, BASE_KEY, edits)
  if (typeof scenario.model === 'object') objectEdits('model', scenario.model, BASE_KEY, edits)
  for (const section of SECTIONS) objectEdits(section, scenario[section], NOTHING, edits)
  for (const [lever, byParam] of Object.entries(scenario.leverOverrides ?? {})) {
    for (const [param, range] of Object.entries(byParam ?? {}))
      edits.push({ path: `leverOverrides.${lever}.${param}`, value: range })
  }
  return edits
}

export function countAssumptionEdits(scenario: ScenarioInput): number {
  return listAssumptionEdits(scenario).length
}

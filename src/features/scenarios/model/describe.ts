/** Plain-words descriptions of saved scenarios for the library list. */
import { inputLabel, resolveScenario, type ScenarioInput } from '@/engine/index'
import type { SavedScenario } from '@/state/library-slice'

export interface ScenarioDescription {
  /** "Llama 3.3 70B Instruct on NVIDIA H100 SXM5 80GB · Chat assistant · 2030 · 5 levers on" */
  readonly summary: string
  /** Why it cannot be opened (empty when it can). */
  readonly problems: readonly string[]
  /** Fields set away from the defaults (custom hardware or model, prices, lever effects). */
  readonly custom: boolean
}

export function describeInput(input: ScenarioInput): ScenarioDescription {
  const resolved = resolveScenario(input)
  const custom =
    typeof input.model === 'object' ||
    typeof input.hardware === 'object' ||
    input.economics !== undefined ||
    input.energy !== undefined ||
    input.efficiency !== undefined ||
    input.serving !== undefined ||
    (input.leverOverrides !== undefined && Object.keys(input.leverOverrides).length > 0)
  return {
    summary: inputLabel(input),
    problems: resolved.ok ? [] : resolved.issues.map((i) => i.message),
    custom,
  }
}

/** Newest first. */
export function byUpdated(a: SavedScenario, b: SavedScenario): number {
  return b.updatedAt.localeCompare(a.updatedAt)
}

export function formatSavedTime(iso: string): string {
  const time = new Date(iso)
  if (Number.isNaN(time.getTime())) return ''
  return time.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
}

/** Plain-words descriptions of saved scenarios for the library list. */
import type { ScenarioCheck } from '@/components/ui/scenario-check'
import { inputLabel, type ScenarioInput } from '@/engine/index'
import type { SavedScenario } from '@/state/library-slice'

export interface ScenarioDescription {
  /** "Llama 3.3 70B Instruct on NVIDIA H100 SXM5 80GB · Chat assistant · 2030 · 5 levers on" */
  readonly summary: string
  /** Fields set away from the defaults (custom hardware or model, prices, lever effects). */
  readonly custom: boolean
}

export function describeInput(input: ScenarioInput): ScenarioDescription {
  const custom =
    typeof input.model === 'object' ||
    typeof input.hardware === 'object' ||
    input.economics !== undefined ||
    input.energy !== undefined ||
    input.efficiency !== undefined ||
    input.serving !== undefined ||
    (input.leverOverrides !== undefined && Object.keys(input.leverOverrides).length > 0)
  return { summary: inputLabel(input), custom }
}

/**
 * Why each saved scenario cannot be opened (an empty list when it can), checked by the engine in the
 * worker through the app's port, one after the other (so a long library does not queue ahead of
 * the key figures). A scenario whose check got no answer is left out.
 */
export async function savedProblems(
  saved: readonly SavedScenario[],
  check: ScenarioCheck,
): Promise<ReadonlyMap<string, readonly string[]>> {
  const problems = new Map<string, readonly string[]>()
  for (const entry of saved) {
    const issues = await check(entry.input, entry.economics ?? undefined)
    if (issues !== undefined)
      problems.set(
        entry.id,
        issues.map((i) => i.message),
      )
  }
  return problems
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

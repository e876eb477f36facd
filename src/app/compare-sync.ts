/**
 * Fills the compare and validation state from the engine (no React). Comparison runs only while the
 * Compare view is open, a short pause after its inputs change (the edited scenario, the saved ones,
 * the selection); the latest request wins. Validation runs once, when a view asks for it.
 */
import type { ScenarioInput } from '@/engine/index'
import { presetById } from '@/engine/index'
import { PRESET_PREFIX } from '@/features/compare/model/rows'
import {
  CURRENT_SCENARIO_ID,
  REFERENCE_SCENARIO_ID,
  type CompareOutcome,
} from '@/state/compare-slice'
import type { AppState, AppStore } from '@/state/store'
import { isStale, type EngineClient } from '@/worker/engine-client'

export const COMPARE_VIEW_ID = 'compare'
export const COMPARE_DEBOUNCE_MS = 150
const REFERENCE_INPUT: ScenarioInput = {}

/** The ids and inputs of the compared scenarios, in selection order (unknown ids dropped). */
export function compareInputs(s: AppState): { ids: string[]; inputs: ScenarioInput[] } {
  const ids: string[] = []
  const inputs: ScenarioInput[] = []
  for (const id of s.compare.selection) {
    const preset = id.startsWith(PRESET_PREFIX)
      ? presetById(id.slice(PRESET_PREFIX.length))
      : undefined
    const input =
      id === CURRENT_SCENARIO_ID
        ? s.scenario
        : id === REFERENCE_SCENARIO_ID
          ? REFERENCE_INPUT
          : preset
            ? { ...s.scenario, ...preset.input }
            : s.library.scenarios.find((x) => x.id === id)?.input
    if (!input) continue
    ids.push(id)
    inputs.push(input)
  }
  return { ids, inputs }
}

export function startCompareSync(store: AppStore, client: EngineClient): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastKey = ''
  let disposed = false

  const run = (): void => {
    const s = store.getState()
    const { ids, inputs } = compareInputs(s)
    const key = JSON.stringify([ids, inputs])
    if (key === lastKey) return
    lastKey = key
    s.compareStarted()
    void client.compare(inputs).then((outcome) => {
      if (disposed || isStale(outcome)) return
      if (outcome.ok) {
        const outcomes: Record<string, CompareOutcome> = {}
        ids.forEach((id, i) => {
          const item = outcome.value[i]
          if (item) outcomes[id] = item
        })
        store.getState().compareSucceeded(outcomes)
      } else {
        lastKey = ''
        store
          .getState()
          .compareFailed(
            outcome.error.kind === 'crash'
              ? outcome.error.message
              : 'a scenario could not be compared',
          )
      }
    })
  }

  const schedule = (): void => {
    clearTimeout(timer)
    if (store.getState().activeView !== COMPARE_VIEW_ID) return
    timer = setTimeout(run, COMPARE_DEBOUNCE_MS)
  }

  const unsubscribeCompare = store.subscribe(
    (s) => [s.compare.selection, s.scenario, s.library.scenarios, s.activeView] as const,
    schedule,
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]), fireImmediately: true },
  )

  const unsubscribeValidation = store.subscribe(
    (s) => s.validation.status,
    (status) => {
      if (status !== 'requested') return
      store.getState().validationStarted()
      client.validation().then(
        (report) => {
          if (!disposed) store.getState().validationSucceeded(report)
        },
        (error: unknown) => {
          if (!disposed)
            store
              .getState()
              .validationFailed(error instanceof Error ? error.message : String(error))
        },
      )
    },
    { fireImmediately: true },
  )

  return () => {
    disposed = true
    clearTimeout(timer)
    unsubscribeCompare()
    unsubscribeValidation()
  }
}

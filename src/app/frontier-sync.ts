/**
 * Fills the frontier state from the engine (no React). Runs only while the Frontier view is open,
 * a short pause after its inputs change (the edited scenario, the added chips); the latest request
 * wins. The frontier is computed in the worker, never on the page's thread.
 */
import type { ScenarioInput } from '@/engine/index'
import type { AppState, AppStore } from '@/state/store'
import { isStale, type EngineClient } from '@/worker/engine-client'

export const FRONTIER_VIEW_ID = 'frontier'
export const FRONTIER_DEBOUNCE_MS = 150

/** The scenario as edited, then the same scenario on each added chip. */
export function frontierInputs(s: AppState): ScenarioInput[] {
  return [s.scenario, ...s.frontier.chips.map((hardware) => ({ ...s.scenario, hardware }))]
}

export function startFrontierSync(store: AppStore, client: EngineClient): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastKey = ''
  let disposed = false

  const run = (): void => {
    const s = store.getState()
    const inputs = frontierInputs(s)
    const key = JSON.stringify(inputs)
    if (key === lastKey) return
    lastKey = key
    s.frontierStarted()
    void client.frontier(inputs).then((outcome) => {
      if (disposed || isStale(outcome)) return
      if (outcome.ok) store.getState().frontierSucceeded(outcome.value)
      else {
        lastKey = ''
        store
          .getState()
          .frontierFailed(
            outcome.error.kind === 'crash'
              ? outcome.error.message
              : 'the frontier could not be computed for this scenario',
          )
      }
    })
  }

  const schedule = (): void => {
    clearTimeout(timer)
    if (store.getState().activeView !== FRONTIER_VIEW_ID) return
    timer = setTimeout(run, FRONTIER_DEBOUNCE_MS)
  }

  const unsubscribe = store.subscribe(
    (s) => [s.scenario, s.frontier.chips, s.activeView] as const,
    schedule,
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]), fireImmediately: true },
  )

  return () => {
    disposed = true
    clearTimeout(timer)
    unsubscribe()
  }
}

/**
 * Wires the economics views to the engine (no React): while one of them is open, every change of the
 * scenario or of the economics inputs runs the economics analyses on their own worker, ~150 ms after
 * the last change (a slider drag emits many), latest reply wins. A view opened after changes elsewhere
 * runs at once. Invalid economics inputs keep the last good result and show the issues; presenter
 * freeze holds replies, like app/engine-sync.ts.
 */
import type { EconomicsInputs, ScenarioInput } from '@/engine/index'
import type { AppStore } from '@/state/store'
import { isStale, type EngineClient } from '@/worker/engine-client'

/** Pause after the last change before the economics run. */
export const ECONOMICS_DEBOUNCE_MS = 150

/** The views that show economics results (src/app/views.ts ids). */
export const ECONOMICS_VIEW_IDS: readonly string[] = ['use-cases', 'fleet', 'hardware']

export function startEconomicsSync(
  store: AppStore,
  client: Pick<EngineClient, 'economics'>,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let disposed = false
  let missedWhileFrozen = false
  /** The scenario and inputs of the last request sent: nothing to do while they are unchanged. */
  let sent:
    { readonly scenario: ScenarioInput; readonly inputs: EconomicsInputs | null } | undefined

  const visible = (): boolean => ECONOMICS_VIEW_IDS.includes(store.getState().activeView)
  const upToDate = (): boolean => {
    const s = store.getState()
    return sent !== undefined && sent.scenario === s.scenario && sent.inputs === s.economics.inputs
  }
  // Freeze holds the figures on screen; a view with none yet gets its first result regardless,
  // so opening a view while frozen never leaves it on "Computing…".
  const held = (): boolean => {
    if (!store.getState().frozen || store.getState().economics.result === undefined) return false
    missedWhileFrozen = true
    return true
  }

  const run = (): void => {
    clearTimeout(timer)
    timer = undefined
    if (disposed || !visible() || upToDate() || held()) return
    const state = store.getState()
    const scenario = state.scenario
    const inputs = state.economics.inputs
    sent = { scenario, inputs }
    state.economicsStarted()
    // null: the defaults, which the worker fills in (so the page never loads them).
    void client.economics(scenario, inputs).then(
      (outcome) => {
        if (disposed || isStale(outcome) || held()) return
        const s = store.getState()
        if (outcome.ok) s.economicsSucceeded(outcome.value, outcome.computeMs)
        else if (outcome.error.kind === 'invalid') {
          const own = outcome.error.issues.filter((i) => i.path.startsWith('economics.'))
          // Scenario issues are shown by the issues banner; here only the economics inputs' own.
          s.economicsRejected(
            own.map((i) => ({ path: i.path.slice('economics.'.length), message: i.message })),
          )
        } else s.economicsFailed(outcome.error.message)
      },
      (error: unknown) => {
        if (!disposed)
          store.getState().economicsFailed(error instanceof Error ? error.message : String(error))
      },
    )
  }

  const schedule = (): void => {
    if (!visible()) return
    clearTimeout(timer)
    timer = setTimeout(run, ECONOMICS_DEBOUNCE_MS)
  }

  const unsubscribers = [
    store.subscribe((s) => s.scenario, schedule),
    store.subscribe((s) => s.economics.inputs, schedule),
    store.subscribe(
      (s) => s.activeView,
      () => {
        if (visible() && !upToDate()) run()
      },
    ),
    store.subscribe(
      (s) => s.frozen,
      (frozen) => {
        if (frozen || !missedWhileFrozen) return
        missedWhileFrozen = false
        sent = undefined
        run()
      },
    ),
  ]
  run()
  return () => {
    disposed = true
    clearTimeout(timer)
    for (const unsubscribe of unsubscribers) unsubscribe()
  }
}

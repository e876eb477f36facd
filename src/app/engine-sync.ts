/**
 * Wires the store to the engine (no React): every scenario change runs the KPI result and the
 * trajectory at once on the fast lane, then the heavy analyses (Monte Carlo, attribution, tornado)
 * after a short pause on the heavy lane. Only the latest reply of each kind is applied; an invalid
 * input keeps the last good result on screen and shows the issues.
 */
import type { AnalysisPart, ScenarioInput } from '@/engine/index'
import type { AppStore } from '@/state/store'
import { isStale, type EngineClient } from '@/worker/engine-client'

/** Pause after the last change before the heavy analyses start (a drag emits many changes). */
export const HEAVY_DEBOUNCE_MS = 120
const HEAVY_PARTS: readonly AnalysisPart[] = ['uncertainty', 'attribution', 'sensitivity']

export function startEngineSync(store: AppStore, client: EngineClient): () => void {
  let heavyTimer: ReturnType<typeof setTimeout> | undefined
  let scheduled = false
  let disposed = false
  // While the presenter freezes the figures, replies are dropped and runs skipped; the latest
  // scenario runs again on unfreeze.
  let missedWhileFrozen = false
  // A part with nothing on screen yet is not held: freeze never leaves a view on "Computing…".
  const held = (
    shown: (s: ReturnType<AppStore['getState']>) => unknown = (s) => s.run.result,
  ): boolean => {
    if (!store.getState().frozen || shown(store.getState()) === undefined) return false
    missedWhileFrozen = true
    return true
  }

  const runHeavy = (scenario: ScenarioInput): void => {
    store.getState().analysisStarted('heavy')
    void client.analyze(scenario, { parts: HEAVY_PARTS }, 'heavy').then((outcome) => {
      if (disposed || isStale(outcome) || held((s) => s.analysis.attribution)) return
      if (outcome.ok) store.getState().analysisSucceeded('heavy', outcome.value, outcome.computeMs)
      else
        store
          .getState()
          .analysisFailed(
            'heavy',
            outcome.error.kind === 'crash' ? outcome.error.message : 'invalid scenario',
          )
    })
  }

  const run = (scenario: ScenarioInput): void => {
    if (held()) return
    const state = store.getState()
    state.runStarted()
    void client.simulate(scenario).then((outcome) => {
      if (disposed || isStale(outcome) || held()) return
      const s = store.getState()
      if (outcome.ok) s.runSucceeded(outcome.value, outcome.computeMs)
      else if (outcome.error.kind === 'invalid') s.runRejected(outcome.error.issues)
      else {
        s.runFailed(outcome.error.message)
        s.notify(
          'error',
          `The engine failed: ${outcome.error.message}. The last good result is still shown.`,
        )
      }
    })
    state.analysisStarted('trajectory')
    // The heavy parts are out of date from this moment, not only once their (debounced) run starts.
    state.analysisStarted('heavy')
    void client.analyze(scenario, { parts: ['trajectory'] }, 'fast').then((outcome) => {
      if (disposed || isStale(outcome) || held((s) => s.analysis.trajectory)) return
      if (outcome.ok)
        store.getState().analysisSucceeded('trajectory', outcome.value, outcome.computeMs)
      else
        store
          .getState()
          .analysisFailed(
            'trajectory',
            outcome.error.kind === 'crash' ? outcome.error.message : 'invalid scenario',
          )
    })
    clearTimeout(heavyTimer)
    heavyTimer = setTimeout(() => runHeavy(scenario), HEAVY_DEBOUNCE_MS)
  }

  const unsubscribe = store.subscribe(
    (s) => s.scenario,
    () => {
      if (scheduled) return
      scheduled = true
      // Coalesce the changes of one event-loop turn (several setters in one handler) into one run.
      queueMicrotask(() => {
        scheduled = false
        if (!disposed) run(store.getState().scenario)
      })
    },
  )
  const unsubscribeFrozen = store.subscribe(
    (s) => s.frozen,
    (frozen) => {
      if (frozen || !missedWhileFrozen || disposed) return
      missedWhileFrozen = false
      run(store.getState().scenario)
    },
  )
  run(store.getState().scenario)
  return () => {
    disposed = true
    unsubscribe()
    unsubscribeFrozen()
    clearTimeout(heavyTimer)
  }
}

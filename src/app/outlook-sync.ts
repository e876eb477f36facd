/**
 * Keeps the 2030 outlook current (no React): for the scenario's model, hardware, workload, prices
 * and energy boundary, the 2026 baseline and the headline presets' 2030 figures, in one batch on
 * the fast worker. The levers, year and assumption set are left out of the key, since those are
 * what the presets set: a slider drag never re-runs it. It starts after the first key figures are
 * on screen, so it never delays the first paint.
 */
import type { ScenarioInput } from '@/engine/index'
import { presetById } from '@/engine/index'
import type { OutlookPoint } from '@/state/outlook-slice'
import type { AppStore } from '@/state/store'
import { isStale, type EngineClient } from '@/worker/engine-client'
import type { BatchItem } from '@/worker/protocol'

/** The presets the outlook shows, from the article's promise to the sceptic's reading. */
export const OUTLOOK_PRESET_IDS: readonly string[] = ['article-all', 'aggressive', 'conservative']

/** Pause after the last change of a model, chip or workload field (typing a number emits many). */
export const OUTLOOK_DEBOUNCE_MS = 200

/** The scenario without what the presets set: the conditions the outlook is computed for. */
export function outlookConditions(scenario: ScenarioInput): ScenarioInput {
  const { levers: _levers, year: _year, assumptions: _assumptions, ...conditions } = scenario
  return conditions
}

/** The batch: the 2026 baseline first, then each outlook preset applied to the conditions. */
export function outlookInputs(conditions: ScenarioInput): ScenarioInput[] {
  return [
    { ...conditions, levers: {}, year: 2026 },
    ...OUTLOOK_PRESET_IDS.map((id) => ({ ...conditions, ...(presetById(id)?.input ?? {}) })),
  ]
}

/** The points the batch's results give, skipping any preset whose scenario could not run. */
export function outlookPoints(items: readonly BatchItem[]): OutlookPoint[] {
  const baseline = items[0]
  if (!baseline?.ok) return []
  const base = baseline.result
  return OUTLOOK_PRESET_IDS.flatMap((id, i): OutlookPoint[] => {
    const item = items[i + 1]
    const preset = presetById(id)
    if (!item?.ok || !preset) return []
    const r = item.result
    return [
      {
        presetId: id,
        presetName: preset.name,
        year: r.scenario.year,
        costPerMillionOutput: r.costPerMillionTokens.output,
        joulesPerOutputToken: r.energyPerToken.joules,
        costFold: base.costPerMillionTokens.output / r.costPerMillionTokens.output,
        energyFold: base.energyPerToken.joules / r.energyPerToken.joules,
      },
    ]
  })
}

export function startOutlookSync(
  store: AppStore,
  client: Pick<EngineClient, 'outlook'>,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let disposed = false
  let sentKey: string | undefined

  const run = (): void => {
    timer = undefined
    if (disposed) return
    const state = store.getState()
    // Nothing on screen yet, or the scenario cannot run: wait for a good result.
    if (!state.run.result || state.run.issues.length > 0) return
    const conditions = outlookConditions(state.scenario)
    const key = JSON.stringify(conditions)
    if (key === sentKey) return
    sentKey = key
    state.outlookLoading()
    void client.outlook(outlookInputs(conditions)).then(
      (outcome) => {
        if (disposed || isStale(outcome)) return
        const s = store.getState()
        if (!outcome.ok) {
          sentKey = undefined
          s.outlookFailed(
            outcome.error.kind === 'crash'
              ? outcome.error.message
              : outcome.error.issues.map((i) => i.message).join('; '),
          )
          return
        }
        s.outlookLoaded(outlookPoints(outcome.value))
      },
      (error: unknown) => {
        sentKey = undefined
        if (!disposed)
          store.getState().outlookFailed(error instanceof Error ? error.message : String(error))
      },
    )
  }

  const schedule = (): void => {
    clearTimeout(timer)
    timer = setTimeout(run, OUTLOOK_DEBOUNCE_MS)
  }

  // A new result arrives after every change that can move the outlook (and after the first paint).
  const unsubscribe = store.subscribe((s) => s.run.result, schedule, { fireImmediately: true })
  return () => {
    disposed = true
    clearTimeout(timer)
    unsubscribe()
  }
}

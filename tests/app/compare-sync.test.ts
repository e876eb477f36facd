import { afterEach, describe, expect, it, vi } from 'vitest'

import { COMPARE_DEBOUNCE_MS, compareInputs, startCompareSync } from '@/app/compare-sync'
import { presetById } from '@/engine/index'
import { PRESET_PREFIX } from '@/features/compare/model/rows'
import { CURRENT_SCENARIO_ID, REFERENCE_SCENARIO_ID } from '@/state/compare-slice'
import { createAppStore } from '@/state/store'
import { engineApi } from '@/worker/engine-api'
import { createEngineClient } from '@/worker/engine-client'

const flush = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await Promise.resolve()
}

describe('compare sync', () => {
  let stop: (() => void) | undefined
  afterEach(() => {
    stop?.()
    stop = undefined
    vi.useRealTimers()
  })

  it('maps the selection to inputs: current, reference, presets on the current scenario, saved ones', () => {
    const store = createAppStore()
    store.getState().updateScenario(() => ({ model: 'llama-3.1-8b' }))
    const id = store.getState().saveScenarioAs('Saved')
    store.getState().toggleCompared(`${PRESET_PREFIX}aggressive`)
    store.getState().toggleCompared(`${PRESET_PREFIX}no-such-preset`)
    store.getState().toggleCompared(id)
    store.getState().toggleCompared('deleted-id')
    const { ids, inputs } = compareInputs(store.getState())
    expect(ids).toEqual([
      REFERENCE_SCENARIO_ID,
      CURRENT_SCENARIO_ID,
      `${PRESET_PREFIX}aggressive`,
      id,
    ])
    expect(inputs[0]).toEqual({})
    expect(inputs[1]).toEqual({ model: 'llama-3.1-8b' })
    expect(inputs[2]).toEqual({ model: 'llama-3.1-8b', ...presetById('aggressive')!.input })
    expect(inputs.at(-1)).toEqual({ model: 'llama-3.1-8b' })
  })

  it('runs only while the Compare view is open, and fills the outcomes', async () => {
    vi.useFakeTimers()
    const store = createAppStore()
    const client = createEngineClient({ loadInThread: () => Promise.resolve(engineApi) })
    const compare = vi.spyOn(client, 'compare')
    stop = startCompareSync(store, client)
    vi.advanceTimersByTime(COMPARE_DEBOUNCE_MS + 1)
    expect(compare).not.toHaveBeenCalled()
    store.getState().setActiveView('compare')
    store.getState().updateScenario(() => ({ year: 2030, levers: { hbm: 1 } }))
    vi.advanceTimersByTime(COMPARE_DEBOUNCE_MS + 1)
    expect(compare).toHaveBeenCalledTimes(1)
    vi.useRealTimers()
    await vi.waitFor(() => expect(store.getState().compare.status).toBe('done'))
    const outcomes = store.getState().compare.outcomes
    expect(Object.keys(outcomes).sort()).toEqual(
      [CURRENT_SCENARIO_ID, REFERENCE_SCENARIO_ID].sort(),
    )
    const current = outcomes[CURRENT_SCENARIO_ID]
    expect(current?.ok && current.trajectory).toHaveLength(5)
    expect(current?.ok && current.result.scenario.year).toBe(2030)
    client.dispose()
  })

  it('reports a scenario that cannot run as issues, not as a failure', async () => {
    const store = createAppStore()
    const client = createEngineClient({ loadInThread: () => Promise.resolve(engineApi) })
    store.getState().setActiveView('compare')
    store.getState().updateScenario(() => ({ accelerators: 1, model: 'llama-3.1-405b' }))
    stop = startCompareSync(store, client)
    await vi.waitFor(() => expect(store.getState().compare.status).toBe('done'), { timeout: 3000 })
    const current = store.getState().compare.outcomes[CURRENT_SCENARIO_ID]
    expect(current).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringMatching(/does not fit|not in the catalogue/) as unknown }],
    })
    client.dispose()
  })

  it('runs the validation cases when asked', async () => {
    const store = createAppStore()
    const client = createEngineClient({ loadInThread: () => Promise.resolve(engineApi) })
    stop = startCompareSync(store, client)
    store.getState().requestValidation()
    await flush()
    await vi.waitFor(() => expect(store.getState().validation.status).toBe('done'), {
      timeout: 5000,
    })
    expect(store.getState().validation.report?.rows.length).toBeGreaterThan(10)
    client.dispose()
  })
})

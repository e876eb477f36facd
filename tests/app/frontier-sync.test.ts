import { afterEach, describe, expect, it, vi } from 'vitest'

import { FRONTIER_DEBOUNCE_MS, frontierInputs, startFrontierSync } from '@/app/frontier-sync'
import { MAX_FRONTIER_CHIPS } from '@/state/frontier-slice'
import { createAppStore } from '@/state/store'
import { engineApi } from '@/worker/engine-api'
import { createEngineClient } from '@/worker/engine-client'

describe('frontier sync', () => {
  let stop: (() => void) | undefined
  afterEach(() => {
    stop?.()
    stop = undefined
    vi.useRealTimers()
  })

  it('asks for the scenario, then the same scenario on each added chip', () => {
    const store = createAppStore()
    store.getState().updateScenario(() => ({ model: 'llama-3.1-8b' }))
    store.getState().addFrontierChip('b200')
    store.getState().addFrontierChip('b200')
    store.getState().addFrontierChip('mi300x')
    expect(frontierInputs(store.getState())).toEqual([
      { model: 'llama-3.1-8b' },
      { model: 'llama-3.1-8b', hardware: 'b200' },
      { model: 'llama-3.1-8b', hardware: 'mi300x' },
    ])
    store.getState().removeFrontierChip('b200')
    expect(store.getState().frontier.chips).toEqual(['mi300x'])
    for (const id of ['a', 'b', 'c', 'd', 'e']) store.getState().addFrontierChip(id)
    expect(store.getState().frontier.chips).toHaveLength(MAX_FRONTIER_CHIPS)
  })

  it('runs only while the Frontier view is open, and fills the items', async () => {
    vi.useFakeTimers()
    const store = createAppStore()
    const client = createEngineClient({ loadInThread: () => Promise.resolve(engineApi) })
    const frontier = vi.spyOn(client, 'frontier')
    stop = startFrontierSync(store, client)
    vi.advanceTimersByTime(FRONTIER_DEBOUNCE_MS + 1)
    expect(frontier).not.toHaveBeenCalled()
    store.getState().setActiveView('frontier')
    store.getState().addFrontierChip('b200')
    vi.advanceTimersByTime(FRONTIER_DEBOUNCE_MS + 1)
    expect(frontier).toHaveBeenCalledTimes(1)
    vi.useRealTimers()
    await vi.waitFor(() => expect(store.getState().frontier.status).toBe('done'), {
      timeout: 5000,
    })
    const items = store.getState().frontier.items
    expect(items.map((i) => i.ok && i.hardware)).toEqual(['h100-sxm', 'b200'])
    client.dispose()
  })
})

import { describe, expect, it } from 'vitest'

import { startEngineSync } from '@/app/engine-sync'
import type { AnalysisResult, ScenarioInput, SimulationResult } from '@/engine/index'
import { createAppStore } from '@/state/store'
import type { EngineClient, Outcome } from '@/worker/engine-client'

import { resultOf } from './fixtures'

/** An engine client whose simulate answers come from the real engine, one microtask later. */
function fakeClient() {
  const simulated: ScenarioInput[] = []
  const client = {
    simulate: async (input) => {
      simulated.push(input)
      await Promise.resolve()
      return {
        runId: simulated.length,
        ok: true,
        value: resultOf(input),
        computeMs: 1,
      } satisfies Outcome<SimulationResult>
    },
    simulateMany: () => Promise.resolve({ stale: true }),
    analyze: async () => {
      await Promise.resolve()
      return { runId: 0, ok: true, value: {}, computeMs: 1 } satisfies Outcome<AnalysisResult>
    },
    claims: () => Promise.resolve([]),
    validation: () => Promise.reject(new Error('not used')),
    inThread: () => true,
    dispose: () => undefined,
  } satisfies Partial<EngineClient>
  // Only what engine-sync calls; other engine methods are not used here.
  return { client: client as Partial<EngineClient> as EngineClient, simulated }
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve()
}

describe('freeze', () => {
  it('holds the figures still while frozen, then applies the latest scenario on release', async () => {
    const store = createAppStore()
    const { client } = fakeClient()
    const stop = startEngineSync(store, client)
    await flush()
    const before = store.getState().run.result
    expect(before?.scenario.year).toBe(2026)

    store.getState().setFrozen(true)
    store.getState().setScenario({ year: 2030, levers: { hbm: 1 } })
    await flush()
    store.getState().setScenario({ year: 2029, levers: { hbm: 1, scaleUp: 1 } })
    await flush()
    expect(store.getState().run.result).toBe(before)

    store.getState().setFrozen(false)
    await flush()
    const after = store.getState().run.result
    expect(after?.scenario.year).toBe(2029)
    expect(after?.costPerMillionTokens.output).toBe(
      resultOf({ year: 2029, levers: { hbm: 1, scaleUp: 1 } }).costPerMillionTokens.output,
    )
    stop()
  })

  it('drops a reply that arrives after the freeze started', async () => {
    const store = createAppStore()
    const { client } = fakeClient()
    const stop = startEngineSync(store, client)
    await flush()
    const before = store.getState().run.result
    store.getState().setScenario({ year: 2030, levers: { hbm: 1 } })
    await Promise.resolve() // the run starts (microtask) …
    store.getState().setFrozen(true) // … and the freeze lands before its reply
    await flush()
    expect(store.getState().run.result).toBe(before)
    store.getState().setFrozen(false)
    await flush()
    expect(store.getState().run.result?.scenario.year).toBe(2030)
    stop()
  })
})

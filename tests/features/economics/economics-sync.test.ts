import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { ECONOMICS_DEBOUNCE_MS, startEconomicsSync } from '@/app/economics-sync'
import { defaultEconomicsInputs } from '@/engine/index'
import type { EconomicsResult, EconomicsInputs, ScenarioInput } from '@/engine/index'
import { createAppStore } from '@/state/store'
import type { Outcome } from '@/worker/engine-client'

import { economicsResult } from './fixtures'

const result = economicsResult()

type Call = { readonly scenario: ScenarioInput; readonly inputs: EconomicsInputs }

function stubClient(
  reply: (call: Call, index: number) => Outcome<EconomicsResult> = (_c, i) => ({
    runId: i,
    ok: true,
    value: result,
    computeMs: 1,
  }),
) {
  const calls: Call[] = []
  return {
    calls,
    client: {
      economics: (scenario: ScenarioInput, inputs: EconomicsInputs) => {
        calls.push({ scenario, inputs })
        return Promise.resolve(reply({ scenario, inputs }, calls.length))
      },
    },
  }
}

const flush = async () => {
  await Promise.resolve()
  await Promise.resolve()
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('economics sync', () => {
  it('does nothing while no economics view is open, then runs at once when one opens', async () => {
    const store = createAppStore()
    const { calls, client } = stubClient()
    const stop = startEconomicsSync(store, client)
    store.getState().updateScenario((s) => ({ ...s, year: 2028 }))
    vi.advanceTimersByTime(ECONOMICS_DEBOUNCE_MS * 2)
    expect(calls).toHaveLength(0)
    store.getState().setActiveView('use-cases')
    expect(calls).toHaveLength(1)
    expect(calls[0]?.scenario.year).toBe(2028)
    await flush()
    expect(store.getState().economics.result).toBe(result)
    expect(store.getState().economics.status).toBe('done')
    // Back and forth without changes: no new run.
    store.getState().setActiveView('overview')
    store.getState().setActiveView('fleet')
    expect(calls).toHaveLength(1)
    stop()
  })

  it('debounces a drag into one run with the latest scenario and inputs', () => {
    const store = createAppStore()
    store.getState().setActiveView('fleet')
    const { calls, client } = stubClient()
    const stop = startEconomicsSync(store, client)
    expect(calls).toHaveLength(1)
    for (let i = 1; i <= 5; i++) {
      store.getState().setLever('hbm', i / 5)
      vi.advanceTimersByTime(ECONOMICS_DEBOUNCE_MS / 3)
    }
    expect(calls).toHaveLength(1)
    vi.advanceTimersByTime(ECONOMICS_DEBOUNCE_MS)
    expect(calls).toHaveLength(2)
    expect(calls[1]?.scenario.levers?.hbm).toBe(1)
    stop()
  })

  it('keeps the last good result and shows only the economics inputs’ own issues', async () => {
    const store = createAppStore()
    store.getState().setActiveView('hardware')
    let n = 0
    const { client } = stubClient((_c, i) =>
      n++ === 0
        ? { runId: i, ok: true, value: result, computeMs: 1 }
        : {
            runId: i,
            ok: false,
            error: {
              kind: 'invalid',
              issues: [
                {
                  path: 'economics.site.megawatts',
                  message: 'site.megawatts must be greater than 0 (got 0)',
                },
                { path: 'hardware', message: 'scenario issue shown elsewhere' },
              ],
            },
            computeMs: 1,
          },
    )
    const stop = startEconomicsSync(store, client)
    await flush()
    store.getState().setEconomicsInputs({
      ...defaultEconomicsInputs(),
      site: { megawatts: 0, year: 2030, tokenPriceUsdPerMillion: 1 },
    })
    vi.advanceTimersByTime(ECONOMICS_DEBOUNCE_MS)
    await flush()
    const e = store.getState().economics
    expect(e.result).toBe(result)
    expect(e.issues).toEqual([
      { path: 'site.megawatts', message: 'site.megawatts must be greater than 0 (got 0)' },
    ])
    stop()
  })

  it('drops stale replies and holds replies while the presenter freezes the figures', async () => {
    const store = createAppStore()
    store.getState().setActiveView('use-cases')
    const first = economicsResult()
    const { calls, client } = stubClient((_c, i) =>
      i === 1 ? { runId: i, ok: true, value: first, computeMs: 1 } : { stale: true },
    )
    const stop = startEconomicsSync(store, client)
    await flush()
    expect(store.getState().economics.result).toBe(first)
    store.getState().setFrozen(true)
    store.getState().setLever('hbm', 1)
    vi.advanceTimersByTime(ECONOMICS_DEBOUNCE_MS)
    expect(calls).toHaveLength(1)
    store.getState().setFrozen(false)
    expect(calls).toHaveLength(2)
    await flush()
    // The stale reply is dropped: the last good result stays.
    expect(store.getState().economics.result).toBe(first)
    stop()
  })
})

describe('the worker method (in-thread)', () => {
  it('an economics view first opened while frozen still gets its first result (never stuck on Computing)', async () => {
    const store = createAppStore()
    const { calls, client } = stubClient()
    const stop = startEconomicsSync(store, client)
    store.getState().setFrozen(true)
    store.getState().setActiveView('fleet')
    expect(calls).toHaveLength(1)
    await flush()
    expect(store.getState().economics.result).toBe(result)
    // From then on the freeze holds the figure still.
    store.getState().updateScenario((s) => ({ ...s, year: 2029 }))
    vi.advanceTimersByTime(ECONOMICS_DEBOUNCE_MS * 2)
    expect(calls).toHaveLength(1)
    stop()
  })

  it('answers with the result, or with economics issues under `economics.*`', async () => {
    const { engineApi } = await import('@/worker/engine-api')
    const ok = engineApi.economics({
      runId: 7,
      input: {},
      inputs: defaultEconomicsInputs(),
      parts: ['fleet'],
    })
    expect(ok.runId).toBe(7)
    expect(ok.ok && ok.value.fleet?.years).toHaveLength(5)
    const bad = engineApi.economics({
      runId: 8,
      input: {},
      inputs: { ...defaultEconomicsInputs(), targetGrossMargin: -1 },
    })
    expect(!bad.ok && bad.error.kind === 'invalid' && bad.error.issues[0]?.path).toBe(
      'economics.targetGrossMargin',
    )
    const badScenario = engineApi.economics({
      runId: 9,
      input: { year: 2040 },
      inputs: defaultEconomicsInputs(),
    })
    expect(
      !badScenario.ok && badScenario.error.kind === 'invalid' && badScenario.error.issues[0]?.path,
    ).toBe('year')
  })
})

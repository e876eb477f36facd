import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { startUrlSync, URL_WRITE_DEBOUNCE_MS, type ScenarioCheck } from '@/app/url-sync'
import { defaultEconomicsInputs, resolveScenario, validateEconomicsInputs } from '@/engine/index'
import { encodeShareState, readShareParam } from '@/features/scenarios/model/share-link'
import { createAppStore, type AppStore } from '@/state/store'

import { decodeShareState } from '../helpers/share-link'

/** The engine's check, as the worker runs it (here in-thread). */
const engineCheck: ScenarioCheck = (input, economics) => {
  const resolved = resolveScenario(input)
  const checked = economics === undefined ? undefined : validateEconomicsInputs(economics)
  return Promise.resolve([
    ...(resolved.ok ? [] : resolved.issues),
    // As the worker words them (worker/engine-api.ts check).
    ...(checked && !checked.ok
      ? checked.issues.map((i) => ({ ...i, message: `economics inputs: ${i.message}` }))
      : []),
  ])
}

/** Start the sync and wait until the address's link has been applied or refused. */
async function started(store: AppStore, check: ScenarioCheck = engineCheck): Promise<() => void> {
  const sync = startUrlSync(store, check)
  await sync.ready
  return sync.stop
}

function setHash(hash: string): void {
  window.history.replaceState(null, '', `/${hash}`)
}

describe('URL sync', () => {
  let stop: (() => void) | undefined

  beforeEach(() => {
    setHash('')
  })

  afterEach(() => {
    stop?.()
    stop = undefined
    vi.useRealTimers()
  })

  it('opens a shared link: the scenario and the view are applied', async () => {
    setHash(
      `#s=${encodeShareState({ input: { year: 2029, levers: { hbm: 1 } }, view: { tab: 'compare' } })}`,
    )
    const store = createAppStore()
    stop = await started(store)
    expect(store.getState().scenario).toEqual({ year: 2029, levers: { hbm: 1 } })
    expect(store.getState().activeView).toBe('compare')
    expect(store.getState().notices).toEqual([])
  })

  it('on a garbage link shows a notice, keeps the defaults, and leaves saved scenarios alone', async () => {
    const store = createAppStore()
    const id = store.getState().saveScenarioAs('Mine')
    const library = store.getState().library
    setHash('#s=garbage-that-is-not-a-link')
    stop = await started(store)
    expect(store.getState().scenario).toEqual({})
    expect(store.getState().library).toBe(library)
    expect(store.getState().library.scenarios[0]?.id).toBe(id)
    expect(
      store
        .getState()
        .notices.map((n) => n.message)
        .join(' '),
    ).toMatch(/damaged or incomplete.*saved scenarios are untouched/)
    expect(window.location.hash).toBe('')
  })

  it('ignores an unknown view in a link but applies its scenario', async () => {
    setHash(`#s=${encodeShareState({ input: { year: 2027 }, view: { tab: 'no-such-view' } })}`)
    const store = createAppStore()
    stop = await started(store)
    expect(store.getState().scenario).toEqual({ year: 2027 })
    expect(store.getState().activeView).toBe('overview')
  })

  it('keeps the address in step with the scenario and view, and clears it at the defaults', async () => {
    vi.useFakeTimers()
    const store = createAppStore()
    stop = await started(store)
    store.getState().setLever('hbm', 0.5)
    store.getState().setActiveView('trajectory')
    expect(window.location.hash).toBe('')
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS + 1)
    const encoded = readShareParam(window.location.hash, window.location.search)
    expect(encoded && decodeShareState(encoded)).toEqual({
      ok: true,
      state: { input: { levers: { hbm: 0.5 } }, view: { tab: 'trajectory' } },
    })
    store.getState().resetScenario()
    store.getState().setActiveView('overview')
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS + 1)
    expect(window.location.hash).toBe('')
  })

  it("carries the economics views' edits in the address and in a link (they were lost)", async () => {
    vi.useFakeTimers()
    const store = createAppStore()
    stop = await started(store)
    const edited = { ...defaultEconomicsInputs(), targetGrossMargin: 0.7 }
    store.getState().setEconomicsInputs(edited)
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS + 1)
    const encoded = readShareParam(window.location.hash, window.location.search)
    const decoded = encoded ? decodeShareState(encoded) : undefined
    expect(decoded?.ok && decoded.state.economics).toEqual(edited)
    stop()
    // Opened elsewhere: the scenario, the view and the economics edits.
    const other = createAppStore()
    stop = await started(other)
    expect(other.getState().economics.inputs).toEqual(edited)
    // Back at the defaults, the address carries nothing.
    other.getState().setEconomicsInputs(null)
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS + 1)
    expect(window.location.hash).toBe('')
  })

  it("a link without economics inputs keeps the analyst's own (nothing else keeps them)", async () => {
    const store = createAppStore()
    stop = await started(store)
    const edited = { ...defaultEconomicsInputs(), targetGrossMargin: 0.7 }
    store.getState().setEconomicsInputs(edited)
    window.location.hash = `#s=${encodeShareState({ input: { year: 2028 } })}`
    await vi.waitFor(() => expect(store.getState().scenario).toEqual({ year: 2028 }))
    expect(store.getState().economics.inputs).toEqual(edited)
  })

  it('refuses a link whose economics inputs the engine cannot use, and changes nothing', async () => {
    setHash(
      `#s=${encodeShareState({
        input: { year: 2029 },
        economics: { targetGrossMargin: 'high' } as never,
      })}`,
    )
    const store = createAppStore()
    stop = await started(store)
    expect(store.getState().scenario).toEqual({})
    expect(store.getState().economics.inputs).toBeNull()
    expect(store.getState().notices[0]?.message).toMatch(
      /^This link's economics inputs cannot be used: economics inputs: /,
    )
  })

  it('applies a link pasted into the same tab (hashchange)', async () => {
    const store = createAppStore()
    stop = await started(store)
    setHash(`#s=${encodeShareState({ input: { year: 2030 } })}`)
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    await vi.waitFor(() => expect(store.getState().scenario).toEqual({ year: 2030 }))
  })

  it('refuses a link the engine rejects, naming the problem, and changes nothing', async () => {
    setHash(`#s=${encodeShareState({ input: { year: 2045 } })}`)
    const store = createAppStore()
    stop = await started(store)
    expect(store.getState().scenario).toEqual({})
    expect(
      store
        .getState()
        .notices.map((n) => n.message)
        .join(' '),
    ).toMatch(/This link's scenario cannot be used: .*2045/)
    expect(window.location.hash).toBe('')
  })

  it('refuses a link when the engine cannot check it, and says so', async () => {
    setHash(`#s=${encodeShareState({ input: { year: 2027 } })}`)
    const store = createAppStore()
    stop = await started(store, () => Promise.reject(new Error('worker gone')))
    expect(store.getState().scenario).toEqual({})
    expect(
      store
        .getState()
        .notices.map((n) => n.message)
        .join(' '),
    ).toMatch(/could not be checked \(worker gone\)/)
  })

  it('applies only the latest of two links pasted one after the other', async () => {
    const store = createAppStore()
    let release: (() => void) | undefined
    const slowFirst: ScenarioCheck = (input) =>
      input.year === 2027
        ? new Promise((resolve) => (release = () => resolve([])))
        : engineCheck(input)
    stop = await started(store, slowFirst)
    setHash(`#s=${encodeShareState({ input: { year: 2027 } })}`)
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    setHash(`#s=${encodeShareState({ input: { year: 2029 } })}`)
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    await vi.waitFor(() => expect(store.getState().scenario).toEqual({ year: 2029 }))
    release?.()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(store.getState().scenario).toEqual({ year: 2029 })
  })

  it('keeps other hash parameters (a shared story) when it writes the address', async () => {
    vi.useFakeTimers()
    setHash('#story=abc%2Bdef')
    const store = createAppStore()
    stop = await started(store)
    store.getState().setLever('hbm', 1)
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS + 1)
    expect(window.location.hash).toMatch(/^#s=[^&]+&story=abc%2Bdef$/)
    store.getState().resetScenario()
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS + 1)
    expect(window.location.hash).toBe('#story=abc%2Bdef')
  })
})

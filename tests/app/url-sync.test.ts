import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { startUrlSync, URL_WRITE_DEBOUNCE_MS } from '@/app/url-sync'
import { decodeShareState, encodeShareState, readShareParam } from '@/features/scenarios/model/share-link'
import { createAppStore } from '@/state/store'

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

  it('opens a shared link: the scenario and the view are applied', () => {
    setHash(`#s=${encodeShareState({ input: { year: 2029, levers: { hbm: 1 } }, view: { tab: 'compare' } })}`)
    const store = createAppStore()
    stop = startUrlSync(store)
    expect(store.getState().scenario).toEqual({ year: 2029, levers: { hbm: 1 } })
    expect(store.getState().activeView).toBe('compare')
    expect(store.getState().notices).toEqual([])
  })

  it('on a garbage link shows a notice, keeps the defaults, and leaves saved scenarios alone', () => {
    const store = createAppStore()
    const id = store.getState().saveScenarioAs('Mine')
    const library = store.getState().library
    setHash('#s=garbage-that-is-not-a-link')
    stop = startUrlSync(store)
    expect(store.getState().scenario).toEqual({})
    expect(store.getState().library).toBe(library)
    expect(store.getState().library.scenarios[0]?.id).toBe(id)
    expect(store.getState().notices.map((n) => n.message).join(' ')).toMatch(/damaged or incomplete.*saved scenarios are untouched/)
    expect(window.location.hash).toBe('')
  })

  it('ignores an unknown view in a link but applies its scenario', () => {
    setHash(`#s=${encodeShareState({ input: { year: 2027 }, view: { tab: 'no-such-view' } })}`)
    const store = createAppStore()
    stop = startUrlSync(store)
    expect(store.getState().scenario).toEqual({ year: 2027 })
    expect(store.getState().activeView).toBe('overview')
  })

  it('keeps the address in step with the scenario and view, and clears it at the defaults', () => {
    vi.useFakeTimers()
    const store = createAppStore()
    stop = startUrlSync(store)
    store.getState().setLever('hbm', 0.5)
    store.getState().setActiveView('trajectory')
    expect(window.location.hash).toBe('')
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS + 1)
    const encoded = readShareParam(window.location.hash, window.location.search)
    expect(encoded && decodeShareState(encoded)).toEqual({ ok: true, state: { input: { levers: { hbm: 0.5 } }, view: { tab: 'trajectory' } } })
    store.getState().resetScenario()
    store.getState().setActiveView('overview')
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS + 1)
    expect(window.location.hash).toBe('')
  })

  it('applies a link pasted into the same tab (hashchange)', () => {
    const store = createAppStore()
    stop = startUrlSync(store)
    setHash(`#s=${encodeShareState({ input: { year: 2030 } })}`)
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    expect(store.getState().scenario).toEqual({ year: 2030 })
  })

  it('keeps other hash parameters (a shared story) when it writes the address', () => {
    vi.useFakeTimers()
    setHash('#story=abc%2Bdef')
    const store = createAppStore()
    stop = startUrlSync(store)
    store.getState().setLever('hbm', 1)
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS + 1)
    expect(window.location.hash).toMatch(/^#s=[^&]+&story=abc%2Bdef$/)
    store.getState().resetScenario()
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS + 1)
    expect(window.location.hash).toBe('#story=abc%2Bdef')
  })
})

import { describe, expect, it } from 'vitest'

import { e2eEngineTimeouts, e2eHooksEnabled, installE2eHooks } from '@/app/e2e-hooks'
import { createAppStore } from '@/state/store'
import { createEngineClient } from '@/worker/engine-client'

describe('test hooks (e2e-hooks)', () => {
  it('are off unless the address asks for them', () => {
    expect(e2eHooksEnabled('')).toBe(false)
    expect(e2eHooksEnabled('?s=abc&e2e=1')).toBe(false)
    expect(e2eHooksEnabled('?e2e-hooks')).toBe(true)
    expect(e2eHooksEnabled('?lang=en&e2e-hooks=1')).toBe(true)
  })

  it('shorten the engine stall timeout only with the hooks on and a sane value', () => {
    expect(e2eEngineTimeouts('?engine-timeout-ms=1500')).toBeUndefined()
    expect(e2eEngineTimeouts('?e2e-hooks&engine-timeout-ms=1500')).toEqual({
      fast: 1500,
      heavy: 1500,
    })
    expect(e2eEngineTimeouts('?e2e-hooks&engine-timeout-ms=5')).toBeUndefined()
    expect(e2eEngineTimeouts('?e2e-hooks&engine-timeout-ms=abc')).toBeUndefined()
    expect(e2eEngineTimeouts('?e2e-hooks')).toBeUndefined()
  })

  it('give the heavy lane its own timeout when asked, over the shared one', () => {
    expect(e2eEngineTimeouts('?e2e-hooks&engine-timeout-ms=1500&heavy-timeout-ms=6000')).toEqual({
      fast: 1500,
      heavy: 6000,
    })
    expect(e2eEngineTimeouts('?e2e-hooks&heavy-timeout-ms=6000')).toEqual({ heavy: 6000 })
    // An unusable heavy value falls back to the shared one.
    expect(e2eEngineTimeouts('?e2e-hooks&engine-timeout-ms=1500&heavy-timeout-ms=1')).toEqual({
      fast: 1500,
      heavy: 1500,
    })
    expect(e2eEngineTimeouts('?heavy-timeout-ms=6000')).toBeUndefined()
  })

  it('put the store and the engine client on window only when asked', () => {
    const store = createAppStore()
    const engine = createEngineClient()
    const win = { location: { search: '' } } as unknown as Window
    installE2eHooks(store, engine, win)
    expect(win.__lab).toBeUndefined()
    const hooked = { location: { search: '?e2e-hooks' } } as unknown as Window
    installE2eHooks(store, engine, hooked)
    expect(hooked.__lab?.store).toBe(store)
    expect(hooked.__lab?.engine).toBe(engine)
    engine.dispose()
  })
})

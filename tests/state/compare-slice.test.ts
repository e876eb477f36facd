import { describe, expect, it } from 'vitest'

import { CURRENT_SCENARIO_ID, MAX_COMPARED, REFERENCE_SCENARIO_ID } from '@/state/compare-slice'
import { createAppStore } from '@/state/store'

describe('compare slice', () => {
  it('starts with the reference and the current scenario, deltas against the reference', () => {
    const { compare } = createAppStore().getState()
    expect(compare.selection).toEqual([REFERENCE_SCENARIO_ID, CURRENT_SCENARIO_ID])
    expect(compare.referenceId).toBe(REFERENCE_SCENARIO_ID)
  })

  it('toggles scenarios in and out, caps the list, and moves the reference when it is removed', () => {
    const store = createAppStore()
    for (let i = 0; i < MAX_COMPARED + 3; i++) store.getState().toggleCompared(`s${i}`)
    expect(store.getState().compare.selection).toHaveLength(MAX_COMPARED)
    store.getState().toggleCompared(REFERENCE_SCENARIO_ID)
    expect(store.getState().compare.selection).not.toContain(REFERENCE_SCENARIO_ID)
    expect(store.getState().compare.referenceId).toBe(CURRENT_SCENARIO_ID)
  })

  it('records run status and outcomes', () => {
    const store = createAppStore()
    store.getState().compareStarted()
    expect(store.getState().compare.status).toBe('running')
    store.getState().compareFailed('boom')
    expect(store.getState().compare).toMatchObject({ status: 'error', failure: 'boom' })
    store
      .getState()
      .compareSucceeded({ x: { ok: false, issues: [{ path: 'year', message: 'bad' }] } })
    expect(store.getState().compare).toMatchObject({ status: 'done', failure: undefined })
  })

  it('asks for validation once, and again only after a failure', () => {
    const store = createAppStore()
    store.getState().requestValidation()
    expect(store.getState().validation.status).toBe('requested')
    store.getState().validationStarted()
    store.getState().requestValidation()
    expect(store.getState().validation.status).toBe('running')
    store.getState().validationFailed('worker died')
    store.getState().requestValidation()
    expect(store.getState().validation.status).toBe('requested')
  })
})

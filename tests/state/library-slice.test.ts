import { describe, expect, it } from 'vitest'

import { defaultEconomicsInputs } from '@/engine/index'
import { cleanName, uniqueName, type SavedScenario } from '@/state/library-slice'
import { createAppStore } from '@/state/store'

describe('library slice', () => {
  it('saves the current inputs and view under a unique name, and marks it active', () => {
    const store = createAppStore()
    store.getState().updateScenario(() => ({ year: 2028 }))
    store.getState().setActiveView('trajectory')
    const id = store.getState().saveScenarioAs('  My   case ')
    const saved = store.getState().library.scenarios[0]
    expect(saved).toMatchObject({
      id,
      name: 'My case',
      input: { year: 2028 },
      view: { tab: 'trajectory' },
      schemaVersion: 1,
    })
    expect(saved?.createdAt).toBe(saved?.updatedAt)
    expect(store.getState().library.activeId).toBe(id)
    const second = store.getState().saveScenarioAs('my case')
    expect(store.getState().library.scenarios.find((s) => s.id === second)?.name).toBe(
      'my case (2)',
    )
  })

  it('Save overwrites the active scenario; without one it reports false', () => {
    const store = createAppStore()
    expect(store.getState().saveActiveScenario()).toBe(false)
    const id = store.getState().saveScenarioAs('A')
    store.getState().setLever('hbm', 1)
    expect(store.getState().saveActiveScenario()).toBe(true)
    expect(store.getState().library.scenarios.find((s) => s.id === id)?.input.levers).toEqual({
      hbm: 1,
    })
  })

  it('renames (unique, cleaned), duplicates next to the original, deletes and restores', () => {
    const store = createAppStore()
    const a = store.getState().saveScenarioAs('A')
    const b = store.getState().saveScenarioAs('B')
    store.getState().renameScenario(b, 'A')
    expect(store.getState().library.scenarios.map((s) => s.name)).toEqual(['A', 'A (2)'])
    const copy = store.getState().duplicateScenario(a)
    expect(store.getState().library.scenarios.map((s) => s.name)).toEqual([
      'A',
      'A (copy)',
      'A (2)',
    ])
    const removed = store.getState().deleteScenario(copy!)
    expect(store.getState().library.scenarios).toHaveLength(2)
    store.getState().restoreScenario(removed!, 1)
    expect(store.getState().library.scenarios.map((s) => s.id)).toEqual([a, copy, b])
    expect(store.getState().deleteScenario('nope')).toBeUndefined()
  })

  it('opening a saved scenario loads its inputs and view; deleting it clears the active id', () => {
    const store = createAppStore()
    store.getState().updateScenario(() => ({ year: 2030 }))
    store.getState().setActiveView('compare')
    const id = store.getState().saveScenarioAs('Later')
    store.getState().resetScenario()
    store.getState().setActiveView('overview')
    expect(store.getState().openScenario(id)).toBe(true)
    expect(store.getState().scenario).toEqual({ year: 2030 })
    expect(store.getState().activeView).toBe('compare')
    expect(store.getState().presetId).toBeNull()
    store.getState().deleteScenario(id)
    expect(store.getState().library.activeId).toBeNull()
    expect(store.getState().openScenario(id)).toBe(false)
  })

  it('keeps the economics inputs with a saved scenario and brings them back when it is opened', () => {
    const store = createAppStore()
    const edited = { ...defaultEconomicsInputs(), targetGrossMargin: 0.61 }
    store.getState().setEconomicsInputs(edited)
    const withEdits = store.getState().saveScenarioAs('Priced')
    expect(store.getState().library.scenarios[0]?.economics).toEqual(edited)
    // Saved with the defaults: null, and opening it puts the defaults back over an edit.
    store.getState().setEconomicsInputs(null)
    const withDefaults = store.getState().saveScenarioAs('Defaults')
    expect(store.getState().library.scenarios[1]?.economics).toBeNull()
    expect(store.getState().openScenario(withEdits)).toBe(true)
    expect(store.getState().economics.inputs?.targetGrossMargin).toBe(0.61)
    expect(store.getState().openScenario(withDefaults)).toBe(true)
    expect(store.getState().economics.inputs).toBeNull()
    // Save overwrites them with the current ones.
    store.getState().setEconomicsInputs({ ...edited, targetGrossMargin: 0.4 })
    expect(store.getState().saveActiveScenario()).toBe(true)
    expect(
      store.getState().library.scenarios.find((s) => s.id === withDefaults)?.economics
        ?.targetGrossMargin,
    ).toBe(0.4)
  })

  it('opening a scenario saved before economics were kept leaves the economics inputs as they are', () => {
    const store = createAppStore()
    const older: SavedScenario = {
      id: 'old',
      name: 'Old',
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
      input: { year: 2027 },
      schemaVersion: 1,
    }
    store.getState().libraryLoaded([older], { status: 'ok' })
    const edited = { ...defaultEconomicsInputs(), targetGrossMargin: 0.55 }
    store.getState().setEconomicsInputs(edited)
    expect(store.getState().openScenario('old')).toBe(true)
    expect(store.getState().scenario).toEqual({ year: 2027 })
    expect(store.getState().economics.inputs).toEqual(edited)
  })

  it('deleting a compared scenario frees its slot and moves the deltas to a row still there', () => {
    const store = createAppStore()
    const a = store.getState().saveScenarioAs('A')
    const b = store.getState().saveScenarioAs('B')
    store.getState().toggleCompared(a)
    store.getState().toggleCompared(b)
    store.getState().setCompareReference(a)
    store.getState().deleteScenario(a)
    expect(store.getState().compare.selection).toEqual(['reference', 'current', b])
    expect(store.getState().compare.referenceId).toBe('reference')
    // Deleting one that is compared but not the reference keeps the reference.
    store.getState().setCompareReference(b)
    const c = store.getState().saveScenarioAs('C')
    store.getState().toggleCompared(c)
    store.getState().deleteScenario(c)
    expect(store.getState().compare.selection).toEqual(['reference', 'current', b])
    expect(store.getState().compare.referenceId).toBe(b)
  })

  it('adds imported scenarios without touching the current inputs', () => {
    const store = createAppStore()
    store.getState().saveScenarioAs('Imported')
    const ids = store.getState().addSavedScenarios([
      { name: 'Imported', input: { year: 2027 } },
      { name: 'Other', input: {} },
    ])
    expect(ids).toHaveLength(2)
    expect(store.getState().library.scenarios.map((s) => s.name)).toEqual([
      'Imported',
      'Imported (2)',
      'Other',
    ])
    expect(store.getState().scenario).toEqual({})
  })

  it('keeps the active id across a reload only if the scenario still exists', () => {
    const store = createAppStore()
    const id = store.getState().saveScenarioAs('A')
    const saved = store.getState().library.scenarios
    store.getState().libraryLoaded(saved, { status: 'ok' })
    expect(store.getState().library.activeId).toBe(id)
    store.getState().libraryLoaded([], { status: 'read-only', message: 'newer' })
    expect(store.getState().library).toMatchObject({
      activeId: null,
      loaded: true,
      persistence: { status: 'read-only' },
    })
  })
})

describe('names', () => {
  it('cleans control characters and blanks, with a fallback', () => {
    expect(cleanName('a\tb\u0007c')).toBe('a b c')
    expect(cleanName('   ')).toBe('Untitled scenario')
    expect([...cleanName('é'.repeat(500))]).toHaveLength(120)
  })

  it('numbers duplicates case-insensitively', () => {
    expect(uniqueName('Base', ['base', 'Base (2)'])).toBe('Base (3)')
    expect(uniqueName('Base (2)', ['Base (2)'])).toBe('Base (3)')
  })
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { ACTIVE_KEY, startLibrarySync } from '@/app/library-sync'
import { LEGACY_V0_KEY, LIBRARY_KEY } from '@/features/scenarios/model/library-format'
import { createAppStore } from '@/state/store'

import { MemoryStorage } from '../lib/persistence/memory-storage'

const fixture = (name: string): string =>
  readFileSync(join(import.meta.dirname, '../fixtures/library', name), 'utf8')

describe('library sync', () => {
  let stop: (() => void) | undefined
  afterEach(() => {
    stop?.()
    stop = undefined
  })

  it('loads and migrates the stored library before anything renders, with a notice', () => {
    const storage = new MemoryStorage()
    storage.setItem(LEGACY_V0_KEY, fixture('v0-prerelease.json'))
    const store = createAppStore()
    stop = startLibrarySync(store, storage, window, new MemoryStorage())
    expect(store.getState().library.loaded).toBe(true)
    expect(store.getState().library.scenarios.map((s) => s.name)).toEqual([
      'Board deck: H100 today',
      'All levers, 2030',
    ])
    expect(store.getState().notices[0]).toMatchObject({ tone: 'info' })
    expect(storage.getItem(LIBRARY_KEY)).toBeNull()
  })

  it('saves every change to storage', () => {
    const storage = new MemoryStorage()
    const store = createAppStore()
    stop = startLibrarySync(store, storage, window, new MemoryStorage())
    store.getState().saveScenarioAs('Kept')
    const stored = JSON.parse(storage.getItem(LIBRARY_KEY)!) as {
      schemaVersion: number
      data: { scenarios: { name: string }[] }
    }
    expect(stored.schemaVersion).toBe(1)
    expect(stored.data.scenarios.map((s) => s.name)).toEqual(['Kept'])
  })

  it('when storage is full, keeps the scenarios in memory and says so', () => {
    const storage = new MemoryStorage(400)
    const store = createAppStore()
    stop = startLibrarySync(store, storage, window, new MemoryStorage())
    store.getState().updateScenario(() => ({ name: 'x'.repeat(150) }))
    store.getState().saveScenarioAs('A')
    store.getState().saveScenarioAs('B')
    expect(store.getState().library.scenarios).toHaveLength(2)
    expect(store.getState().library.persistence.status).toBe('failed')
    expect(store.getState().notices.at(-1)).toMatchObject({ tone: 'error' })
    expect(store.getState().notices.at(-1)?.message).toMatch(/storage is full/)
  })

  it('never overwrites a newer version’s library', () => {
    const storage = new MemoryStorage()
    storage.setItem(LIBRARY_KEY, fixture('v2-future.json'))
    const store = createAppStore()
    stop = startLibrarySync(store, storage, window, new MemoryStorage())
    expect(store.getState().library.persistence.status).toBe('read-only')
    store.getState().saveScenarioAs('Would overwrite')
    expect(storage.getItem(LIBRARY_KEY)).toBe(fixture('v2-future.json'))
  })

  it('reloads when another tab changes the library', () => {
    const storage = new MemoryStorage()
    const store = createAppStore()
    stop = startLibrarySync(store, storage, window, new MemoryStorage())
    storage.setItem(LIBRARY_KEY, fixture('v1-library.json'))
    window.dispatchEvent(new StorageEvent('storage', { key: LIBRARY_KEY }))
    expect(store.getState().library.scenarios.map((s) => s.name)).toEqual([
      'B200, fp8, 2028',
      'Cheap power, faster HBM',
    ])
    // The reload itself is not written back.
    expect(storage.getItem(LIBRARY_KEY)).toBe(fixture('v1-library.json'))
  })

  it('remembers in this tab which saved scenario is open, across a reload', () => {
    const storage = new MemoryStorage()
    const session = new MemoryStorage()
    const first = createAppStore()
    stop = startLibrarySync(first, storage, window, session)
    const id = first.getState().saveScenarioAs('Open one')
    expect(session.getItem(ACTIVE_KEY)).toBe(id)
    stop()
    const reloaded = createAppStore()
    stop = startLibrarySync(reloaded, storage, window, session)
    expect(reloaded.getState().library.activeId).toBe(id)
  })
})

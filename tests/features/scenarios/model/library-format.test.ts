import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { resolveScenario } from '@/engine/index'
import {
  LEGACY_V0_KEY,
  LIBRARY_FORMAT,
  LIBRARY_KEY,
  migrateV0,
  validateLibrary,
} from '@/features/scenarios/model/library-format'
import { createVersionedStorage } from '@/lib/persistence/versioned-storage'

import { MemoryStorage } from '../../../lib/persistence/memory-storage'

const FIXTURES = join(import.meta.dirname, '../../../fixtures/library')
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8')
const clock = () => new Date('2026-03-02T09:30:00.000Z')

describe('library format: migrations from old fixtures', () => {
  it('reads the pre-release (v0) library: ids, ISO times, adoption as a share, renamed fields, view', () => {
    const storage = new MemoryStorage()
    storage.setItem(LEGACY_V0_KEY, fixture('v0-prerelease.json'))
    const outcome = createVersionedStorage(LIBRARY_FORMAT, storage, clock).load()
    expect(outcome.status).toBe('migrated')
    expect(outcome.writable).toBe(true)
    const [first, second] = outcome.value.scenarios
    expect(outcome.value.scenarios).toHaveLength(2)
    expect(first).toMatchObject({
      name: 'Board deck: H100 today',
      createdAt: '2026-01-01T00:00:00.000Z',
      input: {
        model: 'llama-3.3-70b',
        hardware: 'h100-sxm',
        year: 2026,
        assumptions: 'evidence',
        levers: { hbm: 0.5, inferenceEngine: 1 },
      },
      view: { tab: 'trajectory' },
      schemaVersion: 1,
    })
    expect(first?.input).not.toHaveProperty('assumptionSet')
    expect(second?.input.levers).toEqual({ customSilicon: 1, hbm: 1, modelOptimization: 0.75 })
    expect(new Set(outcome.value.scenarios.map((s) => s.id)).size).toBe(2)
    // Every migrated scenario is one the engine accepts.
    for (const s of outcome.value.scenarios) expect(resolveScenario(s.input).ok).toBe(true)
  })

  it('saves the migrated library under the new key and reads it back unchanged', () => {
    const storage = new MemoryStorage()
    storage.setItem(LEGACY_V0_KEY, fixture('v0-prerelease.json'))
    const store = createVersionedStorage(LIBRARY_FORMAT, storage, clock)
    const migrated = store.load().value
    expect(store.save(migrated)).toEqual({ ok: true })
    const again = createVersionedStorage(LIBRARY_FORMAT, storage, clock).load()
    expect(again.status).toBe('loaded')
    expect(again.value).toEqual(migrated)
    expect(storage.getItem(LEGACY_V0_KEY)).toBe(fixture('v0-prerelease.json'))
  })

  it('loads a version-1 library as it is', () => {
    const storage = new MemoryStorage()
    storage.setItem(LIBRARY_KEY, fixture('v1-library.json'))
    const outcome = createVersionedStorage(LIBRARY_FORMAT, storage, clock).load()
    expect(outcome).toMatchObject({ status: 'loaded', messages: [] })
    const expected = (JSON.parse(fixture('v1-library.json')) as { data: unknown }).data
    expect(outcome.value).toEqual(expected)
  })

  it('sets unreadable entries aside with a message, keeps a backup, and repairs ids and dates', () => {
    const storage = new MemoryStorage()
    storage.setItem(LIBRARY_KEY, fixture('v1-damaged-entries.json'))
    const outcome = createVersionedStorage(LIBRARY_FORMAT, storage, clock).load()
    expect(outcome.value.scenarios.map((s) => s.name)).toEqual(['Good one', 'Same id, bad dates'])
    expect(outcome.value.scenarios[1]?.id).not.toBe('a')
    expect(outcome.value.scenarios[1]?.createdAt).toBe(new Date(0).toISOString())
    expect(outcome.messages.join(' ')).toMatch(/2 saved entries were unreadable and set aside/)
    expect(storage.getItem(`${LIBRARY_KEY}:backup:2026-03-02T09:30:00.000Z`)).toBe(
      fixture('v1-damaged-entries.json'),
    )
  })

  it('keeps each saved scenario’s economics inputs (an object or null) and drops a value of the wrong kind', () => {
    const entry = (id: string, economics: unknown) => ({
      id,
      name: id,
      createdAt: '2026-12-01T00:00:00.000Z',
      updatedAt: '2026-12-01T00:00:00.000Z',
      input: {},
      economics,
      schemaVersion: 1,
    })
    const outcome = validateLibrary({
      scenarios: [
        entry('edited', { targetGrossMargin: 0.6 }),
        entry('defaults', null),
        entry('junk', 42),
      ],
    })
    if (!outcome.ok) throw new Error(outcome.error)
    expect(outcome.value.scenarios.map((s) => s.economics)).toEqual([
      { targetGrossMargin: 0.6 },
      null,
      undefined,
    ])
    expect('economics' in outcome.value.scenarios[2]!).toBe(false)
  })

  it('leaves a library from a newer version untouched', () => {
    const storage = new MemoryStorage()
    storage.setItem(LIBRARY_KEY, fixture('v2-future.json'))
    const store = createVersionedStorage(LIBRARY_FORMAT, storage, clock)
    expect(store.load()).toMatchObject({
      status: 'newer',
      writable: false,
      value: { scenarios: [] },
    })
    expect(store.save({ scenarios: [] }).ok).toBe(false)
    expect(storage.getItem(LIBRARY_KEY)).toBe(fixture('v2-future.json'))
  })
})

describe('migrateV0 and validateLibrary', () => {
  it('refuses a v0 value without scenarios, naming the problem', () => {
    expect(() => migrateV0({ items: [] })).toThrow(/no "scenarios" object/)
    expect(() => migrateV0({ scenarios: { x: { saved: 1 } } })).toThrow(/entry "x" has no scenario/)
  })

  it('cleans names (control characters, length) and fails on a value with no list', () => {
    const checked = validateLibrary({
      scenarios: [{ id: 'x', name: `a\u0000b${'c'.repeat(300)}`, input: {} }],
    })
    const name = checked.ok ? checked.value.scenarios[0]?.name : undefined
    expect(name).toMatch(/^a bc+$/)
    expect(name).toHaveLength(120)
    expect(validateLibrary({}).ok).toBe(false)
  })
})

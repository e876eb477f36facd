import { describe, expect, it } from 'vitest'

import {
  createVersionedStorage,
  isQuotaError,
  migrate,
  type VersionedFormat,
} from '@/lib/persistence/versioned-storage'

import { MemoryStorage } from './memory-storage'

/** A toy format: version 0 stored a bare array of words; version 1 stores { words }. */
interface Words {
  readonly words: readonly string[]
}

const FORMAT: VersionedFormat<Words> = {
  key: 'test:words',
  version: 1,
  migrations: { 0: (data) => ({ words: data }) },
  legacyKeys: [{ key: 'test-words-v0', version: 0 }],
  validate: (data) => {
    if (typeof data !== 'object' || data === null || !Array.isArray((data as Words).words))
      return { ok: false, error: 'no words' }
    const words = (data as Words).words
    const kept = words.filter((w) => typeof w === 'string')
    return {
      ok: true,
      value: { words: kept },
      warnings: kept.length < words.length ? [`${words.length - kept.length} set aside`] : [],
    }
  },
  empty: () => ({ words: [] }),
  noun: 'your words',
}

const clock = () => new Date('2026-03-02T09:30:00.000Z')

describe('createVersionedStorage', () => {
  it('starts empty and round-trips a saved value in a versioned envelope', () => {
    const storage = new MemoryStorage()
    const store = createVersionedStorage(FORMAT, storage, clock)
    expect(store.load()).toMatchObject({
      status: 'empty',
      value: { words: [] },
      messages: [],
      writable: true,
    })
    expect(store.save({ words: ['a', 'b'] })).toEqual({ ok: true })
    expect(JSON.parse(storage.getItem('test:words')!)).toEqual({
      schemaVersion: 1,
      savedAt: '2026-03-02T09:30:00.000Z',
      data: { words: ['a', 'b'] },
    })
    expect(createVersionedStorage(FORMAT, storage, clock).load()).toMatchObject({
      status: 'loaded',
      value: { words: ['a', 'b'] },
    })
  })

  it('migrates data under a legacy key, says so, and leaves the legacy key in place', () => {
    const storage = new MemoryStorage()
    storage.setItem('test-words-v0', JSON.stringify(['old', 'words']))
    const outcome = createVersionedStorage(FORMAT, storage, clock).load()
    expect(outcome.status).toBe('migrated')
    expect(outcome.value).toEqual({ words: ['old', 'words'] })
    expect(outcome.messages.join(' ')).toMatch(/upgraded from an earlier version/)
    expect(storage.getItem('test-words-v0')).not.toBeNull()
  })

  it('keeps a copy of unreadable data before starting empty, and names where it went', () => {
    const storage = new MemoryStorage()
    storage.setItem('test:words', '{"schemaVersion":1,"data":{"wor')
    const store = createVersionedStorage(FORMAT, storage, clock)
    const outcome = store.load()
    expect(outcome.status).toBe('recovered')
    expect(outcome.writable).toBe(true)
    const backupKey = 'test:words:backup:2026-03-02T09:30:00.000Z'
    expect(storage.getItem(backupKey)).toBe('{"schemaVersion":1,"data":{"wor')
    expect(outcome.messages[0]).toContain(backupKey)
    expect(outcome.messages[0]).toMatch(/not valid JSON/)
  })

  it('pauses saving when it cannot keep a copy of unreadable data, so nothing is overwritten', () => {
    const damaged = 'x'.repeat(60)
    const storage = new MemoryStorage(100)
    storage.setItem('test:words', damaged)
    const store = createVersionedStorage(FORMAT, storage, clock)
    const outcome = store.load()
    expect(outcome.writable).toBe(false)
    expect(outcome.messages[0]).toMatch(/saving is paused/)
    expect(store.save({ words: ['new'] })).toMatchObject({ ok: false, reason: 'read-only' })
    expect(storage.getItem('test:words')).toBe(damaged)
  })

  it('never overwrites data written by a newer version', () => {
    const storage = new MemoryStorage()
    const future = JSON.stringify({ schemaVersion: 2, data: { folders: [] } })
    storage.setItem('test:words', future)
    const store = createVersionedStorage(FORMAT, storage, clock)
    const outcome = store.load()
    expect(outcome).toMatchObject({ status: 'newer', writable: false })
    expect(outcome.messages[0]).toMatch(
      /newer version of this app \(format 2; this one reads up to 1\)/,
    )
    expect(store.save({ words: ['x'] })).toMatchObject({ ok: false, reason: 'read-only' })
    expect(storage.getItem('test:words')).toBe(future)
  })

  it('keeps the original before a repair drops entries', () => {
    const storage = new MemoryStorage()
    const raw = JSON.stringify({ schemaVersion: 1, data: { words: ['ok', 7] } })
    storage.setItem('test:words', raw)
    const outcome = createVersionedStorage(FORMAT, storage, clock).load()
    expect(outcome.value).toEqual({ words: ['ok'] })
    expect(outcome.messages.join(' ')).toMatch(
      /1 set aside.*kept in this browser's storage under "test:words:backup:/,
    )
    expect(storage.getItem('test:words:backup:2026-03-02T09:30:00.000Z')).toBe(raw)
  })

  it('reports a full storage instead of throwing, and keeps what was there', () => {
    const storage = new MemoryStorage(120)
    const store = createVersionedStorage(FORMAT, storage, clock)
    store.load()
    expect(store.save({ words: ['short'] })).toEqual({ ok: true })
    const before = storage.getItem('test:words')
    const outcome = store.save({ words: ['x'.repeat(200)] })
    expect(outcome).toMatchObject({
      ok: false,
      reason: 'quota',
      message: expect.stringMatching(/storage is full.*export to a file/i) as unknown,
    })
    expect(storage.getItem('test:words')).toBe(before)
  })

  it('works without storage (switched off), with a message', () => {
    const store = createVersionedStorage(FORMAT, undefined, clock)
    expect(store.load()).toMatchObject({ status: 'unavailable', writable: false })
    expect(store.save({ words: [] })).toMatchObject({ ok: false, reason: 'unavailable' })
  })

  it('survives a storage whose reads throw', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    }
    const outcome = createVersionedStorage(FORMAT, throwing, clock).load()
    expect(outcome).toMatchObject({ status: 'unavailable', writable: false })
  })
})

describe('migrate', () => {
  it('runs each step in order and names a missing or failing step', () => {
    const steps = { 0: (d: unknown) => [d], 1: (d: unknown) => ({ wrapped: d }) }
    expect(migrate('x', 0, 2, steps)).toEqual({ wrapped: ['x'] })
    expect(() => migrate('x', 0, 3, steps)).toThrow(/no migration from version 2 to 3/)
    expect(() =>
      migrate('x', 0, 1, {
        0: () => {
          throw new Error('bad shape')
        },
      }),
    ).toThrow(/migration from version 0 to 1 failed: bad shape/)
  })
})

describe('isQuotaError', () => {
  it('recognises the browsers’ quota errors only', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true)
    expect(isQuotaError(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true)
    expect(isQuotaError(new Error('other'))).toBe(false)
    expect(isQuotaError('QuotaExceededError')).toBe(false)
  })
})

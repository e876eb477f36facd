/**
 * The saved-scenario library in browser storage: its key, format versions and migrations.
 *
 * Version 0 ("the pre-release format", key `iel-saved-scenarios`, no envelope) was an object keyed
 * by scenario name: `{ scenarios: { [name]: { savedAt: <epoch ms>, scenario, tab? } } }`, where the
 * scenario kept lever adoption in percent (0–100) and called the assumption set `assumptionSet`.
 * Version 1 (key `iel:library`, envelope `{ schemaVersion: 1, savedAt, data }`) holds
 * `{ scenarios: SavedScenario[] }` with ids, ISO times and adoption as a share (0–1).
 * Fixtures of each version live in tests/fixtures/library/.
 */
import type { EconomicsInputs } from '@/engine/index'
import type { VersionedFormat } from '@/lib/persistence/versioned-storage'
import {
  cleanName,
  SAVED_SCENARIO_VERSION,
  type SavedScenario,
  type SavedView,
} from '@/state/library-slice'

import { isPlainObject } from './untrusted-json'

export const LIBRARY_KEY = 'iel:library'
export const LEGACY_V0_KEY = 'iel-saved-scenarios'
export const LIBRARY_VERSION = 1

export interface LibraryData {
  readonly scenarios: readonly SavedScenario[]
}

const PERCENT = 100 // v0 stored adoption in percent

function isoOrUndefined(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  const time = new Date(value)
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString()
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'scenario'
  )
}

/** v0 → v1: name-keyed map → list with ids; percent → share; `assumptionSet` → `assumptions`. */
export function migrateV0(data: unknown): unknown {
  if (!isPlainObject(data) || !isPlainObject(data.scenarios))
    throw new Error('version 0 data has no "scenarios" object')
  const scenarios = Object.entries(data.scenarios).map(([name, entry], i) => {
    if (!isPlainObject(entry) || !isPlainObject(entry.scenario))
      throw new Error(`version 0 entry "${name}" has no scenario`)
    const { assumptionSet, levers, ...rest } = entry.scenario
    const input: Record<string, unknown> = { ...rest }
    if (isPlainObject(levers)) {
      input.levers = Object.fromEntries(
        Object.entries(levers).map(([id, percent]) => [
          id,
          typeof percent === 'number' ? percent / PERCENT : percent,
        ]),
      )
    }
    if (assumptionSet !== undefined) input.assumptions = assumptionSet
    const time = isoOrUndefined(entry.savedAt) ?? new Date(0).toISOString()
    return {
      id: `v0-${i + 1}-${slug(name)}`,
      name,
      createdAt: time,
      updatedAt: time,
      input,
      ...(typeof entry.tab === 'string' ? { view: { tab: entry.tab } } : {}),
      schemaVersion: 1,
    }
  })
  return { scenarios }
}

function savedView(value: unknown): SavedView | undefined {
  if (!isPlainObject(value) || typeof value.tab !== 'string' || value.tab.length > 40)
    return undefined
  return { tab: value.tab }
}

/** Shape check of version-1 data; repairs what it can and reports what it set aside. */
export function validateLibrary(
  data: unknown,
): { ok: true; value: LibraryData; warnings: string[] } | { ok: false; error: string } {
  if (!isPlainObject(data) || !Array.isArray(data.scenarios))
    return { ok: false, error: 'the data has no list of scenarios' }
  const warnings: string[] = []
  const ids = new Set<string>()
  const scenarios: SavedScenario[] = []
  let setAside = 0
  data.scenarios.forEach((item: unknown, i) => {
    if (!isPlainObject(item) || !isPlainObject(item.input)) {
      setAside++
      return
    }
    let id =
      typeof item.id === 'string' && item.id.length > 0 && item.id.length <= 80
        ? item.id
        : `recovered-${i + 1}`
    while (ids.has(id)) id = `${id}-dup`
    ids.add(id)
    const createdAt = isoOrUndefined(item.createdAt) ?? new Date(0).toISOString()
    const view = savedView(item.view)
    // Economics inputs saved with it: an object, or null for the defaults; anything else is dropped
    // (the scenario then opens with the economics inputs as they are). The engine checks the object
    // when they run, and the economics views show its issues by field.
    const economics =
      item.economics === null || isPlainObject(item.economics)
        ? { economics: item.economics as unknown as EconomicsInputs | null }
        : {}
    scenarios.push({
      id,
      name: cleanName(typeof item.name === 'string' ? item.name : ''),
      createdAt,
      updatedAt: isoOrUndefined(item.updatedAt) ?? createdAt,
      input: item.input,
      ...(view ? { view } : {}),
      ...economics,
      schemaVersion: SAVED_SCENARIO_VERSION,
    })
  })
  if (setAside > 0) {
    warnings.push(
      `${setAside} saved ${setAside === 1 ? 'entry was' : 'entries were'} unreadable and set aside.`,
    )
  }
  return { ok: true, value: { scenarios }, warnings }
}

export const LIBRARY_FORMAT: VersionedFormat<LibraryData> = {
  key: LIBRARY_KEY,
  version: LIBRARY_VERSION,
  migrations: { 0: migrateV0 },
  legacyKeys: [{ key: LEGACY_V0_KEY, version: 0 }],
  validate: validateLibrary,
  empty: () => ({ scenarios: [] }),
  noun: 'your saved scenarios',
}
